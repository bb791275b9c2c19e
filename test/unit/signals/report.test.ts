import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeRecord } from '../../../src/gate/codec';
import { createInstance } from '../../helpers/instance';
import { startReporter } from '../../../src/manager/receipts';
import type { Consentry } from '../../../src/types';
import { VERSION } from '../../../src/version';
import { testEnv, tick } from '../../helpers/env';
import { readFileSync } from 'node:fs';

const ENDPOINT = 'https://consent.example/records';
let live: Consentry | undefined;
let fetch: ReturnType<typeof vi.fn>;
beforeEach(() => {
  localStorage.clear();
  fetch = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal('fetch', fetch);
});
afterEach(() => {
  live?.destroy();
  live = undefined;
  vi.unstubAllGlobals();
  localStorage.clear();
});
const pending = () => JSON.parse(localStorage.getItem('consentry:receipts') ?? '[]') as { body: string; attempts: number }[];

describe('proof of consent', () => {
  it('sends each choice as a receipt and forgets it once the endpoint confirms', async () => {
    live = createInstance({ autoShow: false, record: { endpoint: ENDPOINT }, revision: 2 }, { env: testEnv() });
    live.set({ analytical: true }, 'custom');
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    const receipt = JSON.parse(init.body);
    expect(receipt).toEqual({ v: 1, record: live.get(), url: 'http://localhost:3000/', language: 'en', shown: expect.stringMatching(/^[0-9a-z]{2,16}$/), revision: 2 });
    await tick();
    expect(pending()).toEqual([]);
  });

  it('sends no receipt when the config names only an events URL (SPEC 12), and nothing throws', async () => {
    live = createInstance({ autoShow: false, record: { events: 'https://consent.example/events' } }, { env: testEnv() });
    live.set({ analytical: true }, 'custom');
    await tick();
    expect(live.get()).toMatchObject({ method: 'custom' });
    expect(fetch).not.toHaveBeenCalled();
    expect(pending()).toEqual([]);
  });

  it('hashes what the visitor was shown: other texts give another hash', () => {
    const shown = (translations: object) => {
      const cmp = createInstance({ autoShow: false, record: { endpoint: ENDPOINT }, translations }, { env: testEnv() });
      cmp.acceptAll();
      cmp.destroy();
      return JSON.parse(fetch.mock.calls.at(-1)![1].body).shown;
    };
    expect(shown({ en: { acceptAll: 'Accept all' } })).not.toBe(shown({ en: { acceptAll: 'OK' } }));
    expect(shown({})).toBe(shown({}));
  });

  it('keeps a receipt that failed and sends it again on the next page load', async () => {
    fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    live = createInstance({ autoShow: false, record: { endpoint: ENDPOINT } }, { env: testEnv() });
    live.rejectAll();
    await tick();
    expect(pending()).toHaveLength(1);
    live.destroy();
    live = createInstance({ autoShow: false, record: { endpoint: ENDPOINT } }, { env: testEnv() });
    expect(fetch).toHaveBeenCalledTimes(1);
    await tick();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]![1].body).toBe(fetch.mock.calls[0]![1].body);
    await tick();
    expect(pending()).toEqual([]);
  });

  it('keeps retrying after a server error, and gives up loudly on a refusal or after ten attempts', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.fn();
    fetch.mockResolvedValueOnce(new Response(null, { status: 503 }));
    const { send } = startReporter(testEnv(), ENDPOINT, log);
    send('{"a":1}');
    await tick();
    expect(pending()).toEqual([{ body: '{"a":1}', attempts: 1 }]);
    fetch.mockResolvedValueOnce(new Response(null, { status: 400 }));
    startReporter(testEnv(), ENDPOINT, log);
    await tick();
    expect(pending()).toEqual([]);
    expect(log).toHaveBeenCalledWith('error', 'record.endpoint refused a receipt (HTTP 400); it is not sent again');
    localStorage.setItem('consentry:receipts', JSON.stringify([{ body: 'b', attempts: 10 }]));
    startReporter(testEnv(), ENDPOINT, log);
    await tick();
    expect(pending()).toEqual([]);
    expect(log).toHaveBeenCalledWith('error', 'record.endpoint refused a receipt (10 attempts failed); it is not sent again');
    error.mockRestore();
  });

  it('uses a beacon where fetch cannot send, keeping the receipt until a later load confirms it', () => {
    fetch.mockImplementationOnce(() => {
      throw new TypeError('keepalive quota exceeded');
    });
    const beacon = vi.fn(() => true);
    const { send } = startReporter(testEnv({ nav: { sendBeacon: beacon } as unknown as Navigator }), ENDPOINT, vi.fn());
    send('{"b":2}');
    expect(beacon).toHaveBeenCalledWith(ENDPOINT, '{"b":2}');
    expect(pending()).toHaveLength(1);
  });

  it('survives edited or blocked storage', async () => {
    localStorage.setItem('consentry:receipts', '{not json');
    const { send } = startReporter(testEnv(), ENDPOINT, vi.fn());
    send('{"c":3}');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('sends nothing for a choice another tab made (that tab sent it)', async () => {
    live = createInstance({ autoShow: false, record: { endpoint: ENDPOINT } }, { env: testEnv() });
    const inAnotherTab = createInstance({ autoShow: false }, { env: null });
    inAnotherTab.acceptAll();
    document.cookie = `consentry=${encodeRecord({ ...inAnotherTab.get()!, id: '3b241101-e2bb-4255-8caf-4136c566a962' })}; path=/`;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(live.accepted('other')).toBe(true);
    await tick();
    expect(fetch).not.toHaveBeenCalled();
    inAnotherTab.destroy();
  });
});

describe('VERSION', () => {
  it('is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
