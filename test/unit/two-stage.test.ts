// The gate and the manager (issue 10): what a visit fetches, and what the API promises
// while the manager is still on its way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetService } from '../../src/gate/presets';
import type { StartManager } from '../../src/gate/seams';
import { configHash, trustedConfig } from '../../src/gate/trusted-config';
import { startManager } from '../../src/manager/manager';
import { withDetails } from '../../src/manager/preset-details';
import { normalizeConfig } from '../../src/manager/validate';
import { startGate } from '../../src/gate/gate';
import type { Consentry } from '../../src/types';
import { testEnv, tick } from '../helpers/env';

let live: Consentry[] = [];
afterEach(() => {
  for (const cmp of live) cmp.destroy();
  live = [];
  localStorage.clear();
});

const CONFIG = { autoShow: false, services: { ga: 'google-analytics' }, categories: { analytical: {}, other: {} } };

/** An instance whose manager arrives only when the test lets it (a chunk on its way). */
function lazy(config: unknown = CONFIG) {
  const loads: (() => void)[] = [];
  const loadManager = vi.fn(() => new Promise<StartManager>((resolve) => loads.push(() => resolve(startManager))));
  const cmp = startGate(config, { env: testEnv(), loadManager });
  live.push(cmp);
  // The gate asks for its chunk in a task after its own (out of the parser's): let that task run first.
  const arrive = async () => {
    await tick();
    for (const load of loads.splice(0)) load();
    await tick();
  };
  return { cmp, loadManager, arrive };
}

/** A first visit, with the manager: it checks the config, the visitor accepts, the page is left. */
async function firstVisit(config: unknown = CONFIG) {
  const { cmp, arrive } = lazy(config);
  await arrive();
  cmp.acceptAll();
  await tick();
  cmp.destroy();
  live = [];
}

describe('the gate alone', () => {
  it('serves a returning visitor with a valid config and choice: no manager, the choice in force, ready and consent', async () => {
    await firstVisit();
    const { cmp, loadManager } = lazy();
    const consent = vi.fn();
    cmp.on('consent', consent);
    expect(cmp.accepted('analytical')).toBe(true);
    expect(cmp.acceptedService('ga')).toBe(true);
    await tick();
    expect(consent).toHaveBeenCalledWith(cmp.get());
    expect(loadManager).not.toHaveBeenCalled();
  });

  it('trusts a config only as the manager last found it: any edit, or another release, means a full check', async () => {
    await firstVisit();
    const env = testEnv();
    const checked = normalizeConfig(CONFIG, withDetails(presetService)).config;
    expect(trustedConfig(env, CONFIG)).toEqual({ ...checked, nonce: undefined, region: undefined });
    expect(trustedConfig(env, { ...CONFIG, revision: 1 })).toBeUndefined();
    // The per-response parts do not count, but must still look right, and are put back.
    expect(trustedConfig(env, { ...CONFIG, nonce: 'abc123', region: 'EU' })).toMatchObject({ nonce: 'abc123', region: 'EU' });
    expect(trustedConfig(env, { ...CONFIG, nonce: '"><script>' })).toBeUndefined();
    expect(configHash({ a: 1 })).not.toBe(configHash({ a: 2 }));
    // A stored value that is not the manager's: checked in full.
    localStorage.setItem('consentry:valid-config', '{"hash":1');
    expect(trustedConfig(env, CONFIG)).toBeUndefined();
  });

  it('takes the mode for this page’s region from the stored mode map', async () => {
    const config = { autoShow: false, mode: { default: 'opt-in', 'US-CA': 'opt-out' } };
    await firstVisit({ ...config, region: 'DE' });
    expect(trustedConfig(testEnv(), { ...config, region: 'US-CA' })?.mode).toBe('opt-out');
    expect(trustedConfig(testEnv(), { ...config, region: 'FR' })?.mode).toBe('opt-in');
  });

  it('does not look for a checked config on a visit that will ask anyway: the manager comes for the banner', async () => {
    await firstVisit({ ...CONFIG, autoShow: true });
    const read = vi.spyOn(Storage.prototype, 'getItem');
    const asked = startGate({ ...CONFIG, autoShow: true, cookie: { name: 'other_name' } }, { env: testEnv() });
    asked.destroy();
    expect(read).not.toHaveBeenCalledWith('consentry:valid-config');
    const returning = startGate({ ...CONFIG, autoShow: true }, { env: testEnv() });
    live.push(returning);
    expect(read).toHaveBeenCalledWith('consentry:valid-config');
    expect(returning.accepted('analytical')).toBe(true);
    read.mockRestore();
  });

  it('never trusts a config with a problem: its messages print on every page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = { ...CONFIG, revision: -1 };
    await firstVisit(bad);
    const { loadManager, arrive } = lazy(bad);
    await tick();
    expect(loadManager).toHaveBeenCalledOnce();
    await arrive();
    expect(error.mock.calls.filter(([text]) => String(text).includes('config.revision'))).toHaveLength(2);
    error.mockRestore();
  });
});

describe('the manager', () => {
  it('comes for a config it has not checked, and until then nothing is granted and the named hosts are held', async () => {
    const { cmp, loadManager, arrive } = lazy();
    const ready = vi.fn();
    cmp.on('ready', ready);
    await tick();
    expect(loadManager).toHaveBeenCalledOnce();
    const tag = document.createElement('script');
    tag.src = 'https://region1.google-analytics.com/g/collect.js';
    document.head.append(tag);
    expect(tag.type).toBe('text/plain');
    expect(cmp.accepted('analytical')).toBe(false);
    await tick();
    expect(ready).not.toHaveBeenCalled();
    await arrive();
    expect(ready).toHaveBeenCalledWith({ record: null });
    expect(cmp.config.services.ga!.preset).toBe('google-analytics');
  });

  it('comes for a stored value that is not one valid choice, and removes it', async () => {
    await firstVisit();
    document.cookie = 'consentry=1~garbage; path=/';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { cmp, loadManager, arrive } = lazy();
    expect(cmp.get()).toBeNull();
    await tick();
    expect(loadManager).toHaveBeenCalledOnce();
    await arrive();
    expect(document.cookie).toBe('');
    expect(warn).toHaveBeenCalledWith('consentry: cookie "consentry": not a valid choice (edited, expired or another revision); removed, asking again');
    warn.mockRestore();
  });

  it('keeps a choice stored twice, identically (host and parent domain, two paths), and leaves one cookie', async () => {
    await firstVisit();
    const value = document.cookie.slice('consentry='.length);
    history.replaceState(null, '', '/shop/cart');
    document.cookie = `consentry=${value}; path=/shop`;
    expect(document.cookie.split('; ')).toHaveLength(2);
    const { cmp, arrive } = lazy();
    expect(cmp.accepted('analytical')).toBe(true);
    await arrive();
    expect(document.cookie).toBe(`consentry=${value}`);
    history.replaceState(null, '', '/');
  });

  it('is not needed for a grant on a checked config: it is in force, written and announced at once', async () => {
    await firstVisit();
    lazy().cmp.set({ other: false });
    await tick();
    live.pop()!.destroy();
    const { cmp, loadManager } = lazy();
    const change = vi.fn();
    cmp.on('change', change);
    cmp.set({ other: true });
    expect(cmp.accepted('other')).toBe(true);
    expect(change).toHaveBeenCalledWith({ record: cmp.get(), changed: ['other'] });
    expect(document.cookie).not.toContain('!other');
    await tick();
    expect(loadManager).not.toHaveBeenCalled();
  });

  it('comes for a choice’s side effects: a withdrawal’s declared cookies are deleted when it arrives', async () => {
    const config = { ...CONFIG, categories: { analytical: { cookies: [{ name: '_stats' }] }, other: {} } };
    await firstVisit(config);
    document.cookie = '_stats=1; path=/';
    const { cmp, loadManager, arrive } = lazy(config);
    cmp.set({ analytical: false });
    expect(cmp.accepted('analytical')).toBe(false);
    expect(document.cookie).toContain('_stats=1');
    await tick();
    expect(loadManager).toHaveBeenCalledOnce();
    await arrive();
    expect(document.cookie).not.toContain('_stats');
  });

  it('gives scripts released after it checked the config the config’s nonce', async () => {
    document.body.innerHTML = '<script type="text/plain" data-consent="analytical" id="gated">1</script>';
    const { cmp, arrive } = lazy({ ...CONFIG, nonce: 'r4nd0m' });
    await arrive();
    cmp.acceptAll();
    await tick();
    expect((document.querySelector('script#gated') as HTMLScriptElement).nonce).toBe('r4nd0m');
  });

  it('starts on a config whose getters throw: nothing granted, and the manager says what is wrong', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = (): never => {
      throw new Error('boom');
    };
    const config = {
      ...CONFIG,
      get autoShow() {
        return boom();
      },
      get googleConsentMode() {
        return boom();
      },
      autoblock: {
        get analytical() {
          return boom();
        },
        other: ['ads.example'],
      },
      services: {
        ga: 'google-analytics',
        s: {
          hosts: ['s.example'],
          get category() {
            return boom();
          },
        },
      },
    };
    const { cmp, loadManager, arrive } = lazy(config);
    await tick();
    expect(loadManager).toHaveBeenCalledOnce();
    expect(cmp.accepted('analytical')).toBe(false);
    await arrive();
    expect(cmp.get()).toBeNull();
    for (const key of ['autoShow', 'googleConsentMode', 'autoblock.analytical', 'services.s.category']) expect(error).toHaveBeenCalledWith(`consentry: config.${key}: boom; ignored`);
    const tag = (host: string) => {
      const script = document.createElement('script');
      script.src = `https://${host}/tag.js`;
      document.head.append(script);
      return script;
    };
    expect(tag('ads.example').type).toBe('text/plain');
    cmp.acceptAll();
    expect(tag('ads.example').type).toBe('');
    expect(tag('s.example').type).toBe('text/plain');
    error.mockRestore();
  });

  it('failing to load leaves the page working and grants nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cmp = startGate(CONFIG, { env: testEnv(), loadManager: () => Promise.reject(new Error('offline')) });
    live.push(cmp);
    await tick();
    cmp.acceptAll();
    expect(cmp.accepted('analytical')).toBe(false);
    expect(error).toHaveBeenCalledWith('consentry: the manager did not load; nothing more is granted, and choices hold for this page only', expect.any(Error));
    error.mockRestore();
  });
});
