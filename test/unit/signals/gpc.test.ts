import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInstance } from '../../helpers/instance';
import type { Consentry } from '../../../src/types';
import { testEnv, tick } from '../../helpers/env';

let live: Consentry | undefined;
afterEach(() => {
  live?.destroy();
  live = undefined;
});
const withGpc = (gpc: boolean) => testEnv({ nav: { userAgent: '', languages: [], globalPrivacyControl: gpc } as unknown as Navigator });
const start = (config: object, gpc = true) => {
  const loadUI = vi.fn(async () => () => ({ show() {}, hide() {}, destroy() {} }));
  live = createInstance(config, { env: withGpc(gpc), loadUI });
  return { cmp: live, loadUI };
};

describe('Global Privacy Control', () => {
  it('in opt-out mode refuses "other" without asking, as a gpc record', async () => {
    const { cmp, loadUI } = start({ mode: 'opt-out' });
    await tick();
    expect(cmp.get()).toMatchObject({ method: 'gpc', gpc: true, categories: { analytical: true, functional: true, other: false } });
    expect(loadUI).not.toHaveBeenCalled();
    expect(document.cookie).toMatch(/^consentry=1~/);
  });

  it('in opt-out mode overrides an earlier yes made without the signal, once', () => {
    const first = start({ mode: 'opt-out' }, false).cmp;
    first.acceptAll();
    first.destroy();
    const { cmp } = start({ mode: 'opt-out' });
    expect(cmp.get()).toMatchObject({ method: 'gpc', gpc: true, categories: { other: false } });
    const updatedAt = cmp.get()!.updatedAt;
    cmp.destroy();
    expect(start({ mode: 'opt-out' }).cmp.get()!.updatedAt).toBe(updatedAt);
  });

  it('in opt-in mode asks as usual, records the signal and keeps "other" off', async () => {
    const { cmp, loadUI } = start({});
    await tick();
    expect(cmp.get()).toBeNull();
    expect(cmp.accepted('other')).toBe(false);
    expect(loadUI).toHaveBeenCalled();
    cmp.set({ analytical: true }, 'custom');
    expect(cmp.get()).toMatchObject({ gpc: true, categories: { other: false } });
  });

  it('is ignored with gpc: false, though the record still says the browser sent it', () => {
    const { cmp } = start({ mode: 'opt-out', gpc: false });
    expect(cmp.get()).toBeNull();
    expect(cmp.accepted('other')).toBe(true);
  });
});

describe('modes', () => {
  it('opt-out runs everything before a choice and shows the notice', async () => {
    const { cmp, loadUI } = start({ mode: 'opt-out' }, false);
    await tick();
    expect(['analytical', 'functional', 'other'].map(cmp.accepted)).toEqual([true, true, true]);
    expect(loadUI).toHaveBeenCalled();
  });

  it('picks the mode of the region named in the config', () => {
    const modes = { default: 'opt-in', US: 'opt-out' };
    expect(start({ mode: modes, region: 'US-CA' }, false).cmp.accepted('analytical')).toBe(true);
    live!.destroy();
    expect(start({ mode: modes, region: 'DE' }, false).cmp.accepted('analytical')).toBe(false);
  });

  it('never turns a stored refusal into a yes when the region’s mode changes', () => {
    const eu = start({ mode: { default: 'opt-in', US: 'opt-out' }, region: 'FR' }, false).cmp;
    eu.rejectAll();
    eu.destroy();
    const us = start({ mode: { default: 'opt-in', US: 'opt-out' }, region: 'US' }, false).cmp;
    expect(['analytical', 'functional', 'other'].map(us.accepted)).toEqual([false, false, false]);
  });
});
