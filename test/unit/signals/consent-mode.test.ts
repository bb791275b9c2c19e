import { afterEach, describe, expect, it } from 'vitest';
import { createInstance } from '../../helpers/instance';
import { encodeRecord } from '../../../src/gate/codec';
import { consentModeState } from '../../../src/gate/signals';
import type { Consentry } from '../../../src/types';
import { testEnv } from '../../helpers/env';

type Page = { dataLayer?: unknown[]; gtag?: unknown; uetq?: unknown[]; clarity?: { q?: unknown[] } };
const page = window as unknown as Page;
let live: Consentry | undefined;
afterEach(() => {
  live?.destroy();
  live = undefined;
  delete page.dataLayer;
  delete page.gtag;
  delete page.uetq;
  delete page.clarity;
});

const start = (config: object, env = testEnv()) => (live = createInstance({ autoShow: false, ...config }, { env }));
/** dataLayer entries as arrays (gtag pushes arguments objects) or objects (events). */
const entries = () => (page.dataLayer ?? []).map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? ['args', ...(entry as IArguments)] : entry));
const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied', functionality_storage: 'denied', personalization_storage: 'denied' };

describe('consentModeState', () => {
  it('grants a type when any category mapped to it is granted', () => {
    const mapping = { analytical: ['analytics_storage'], functional: ['personalization_storage'], other: ['ad_storage', 'personalization_storage'] };
    expect(consentModeState(mapping, { analytical: false, functional: false, other: true })).toEqual({ analytics_storage: 'denied', personalization_storage: 'granted', ad_storage: 'granted' });
  });
});

describe('Google Consent Mode', () => {
  it('defines gtag and dataLayer and pushes the default synchronously, as an arguments object', () => {
    start({ googleConsentMode: true });
    expect(typeof page.gtag).toBe('function');
    expect(entries()).toEqual([['args', 'consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 500 }]]);
  });

  it('keeps the page’s own gtag and dataLayer', () => {
    const own: unknown[] = [];
    page.dataLayer = own;
    page.gtag = (...args: unknown[]) => own.push(['own', ...args]);
    start({ googleConsentMode: true });
    expect(page.dataLayer).toBe(own);
    expect(own[0]).toEqual(['own', 'consent', 'default', expect.objectContaining({ ad_storage: 'denied' })]);
  });

  it('pushes an update and a consentry_update event after a choice', () => {
    const cmp = start({ googleConsentMode: true, services: { yt: { category: 'functional' } } });
    cmp.set({ analytical: true });
    expect(entries().slice(1)).toEqual([
      ['args', 'consent', 'update', { analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }],
      { event: 'consentry_update', consentry: { categories: { necessary: true, analytical: true, functional: false, other: false }, services: { yt: false } } },
    ]);
  });

  it('pushes the update on a page load with a stored choice, and nothing more without one', () => {
    const record = { id: '3b241101-e2bb-4255-8caf-4136c566a962', revision: 0, givenAt: new Date(Date.now() - 5000).toISOString().replace(/\.\d+Z/, '.000Z'), updatedAt: new Date(Date.now() - 5000).toISOString().replace(/\.\d+Z/, '.000Z'), expiresAt: new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z/, '.000Z'), method: 'custom' as const, categories: { necessary: true, analytical: false, functional: false, other: true }, services: {}, gpc: false };
    document.cookie = `consentry=${encodeRecord(record)}; path=/`;
    start({ googleConsentMode: { other: ['ad_storage'] } });
    expect(entries()).toEqual([
      ['args', 'consent', 'default', { ...DENIED, security_storage: 'granted', wait_for_update: 500 }],
      ['args', 'consent', 'update', { ad_storage: 'granted' }],
      { event: 'consentry_update', consentry: { categories: { necessary: true, analytical: false, functional: false, other: true }, services: {} } },
    ]);
    live!.destroy();
    document.cookie = 'consentry=; max-age=0; path=/';
    delete page.dataLayer;
    start({ googleConsentMode: true });
    expect(entries()).toHaveLength(1);
  });

  it('grants by default in opt-out mode, except advertising under GPC', () => {
    start({ googleConsentMode: true, mode: 'opt-out' }, testEnv({ nav: { userAgent: '', languages: [], globalPrivacyControl: true } as unknown as Navigator }));
    const update = entries().find((e) => Array.isArray(e) && e[2] === 'update') as unknown[];
    expect(update[3]).toEqual({ analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' });
  });

  it('tells Google the defaults of each region when the server did not name the region', () => {
    start({ googleConsentMode: true, mode: { default: 'opt-in', US: 'opt-out', 'US-CA': 'opt-out', BR: 'opt-in' } });
    expect(entries().map((e) => (e as unknown[])[3])).toEqual([
      { ...DENIED, security_storage: 'granted', wait_for_update: 500 },
      { analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', security_storage: 'granted', region: ['US'] },
      { analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted', ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', security_storage: 'granted', region: ['US-CA'] },
    ]);
  });

  it('pushes nothing without googleConsentMode', () => {
    start({}).acceptAll();
    expect(page.dataLayer).toBeUndefined();
    expect(page.gtag).toBeUndefined();
  });
});

describe('Microsoft consent modes', () => {
  const services = { bing: { category: 'other' }, clar: { category: 'analytical' } };
  const preset = (config: object) => ({
    ...config,
    services: { bing: 'microsoft-advertising', clar: 'microsoft-clarity' },
  });

  it('sets UET ad_storage denied by default and updates it with the service', () => {
    const cmp = start(preset({}));
    expect(page.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }]);
    cmp.acceptAll();
    expect(page.uetq!.slice(3)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);
  });

  it('queues Clarity’s consentv2 call until Clarity loads', () => {
    const cmp = start(preset({}));
    cmp.set({ analytical: true });
    expect(page.clarity!.q!.map((args) => [...(args as IArguments)])).toEqual([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);
  });

  it('does nothing without those presets', () => {
    start({ services }).acceptAll();
    expect(page.uetq).toBeUndefined();
    expect(page.clarity).toBeUndefined();
  });
});
