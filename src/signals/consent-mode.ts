/**
 * Consent signals for the vendors' own tags: Google Consent Mode v2, and Microsoft's
 * consent modes for UET and Clarity when those presets are configured. The defaults are
 * pushed synchronously while consentry.js runs, before any gated script; an update follows
 * on every page load with consent in force and after every choice, before the gated
 * scripts of that choice run.
 */
import { defaultStates } from '../consent/record';
import type { Env } from '../env';
import type { Consentry, Mode } from '../types';

type State = 'granted' | 'denied';
type Gtag = (...args: unknown[]) => void;
interface Globals {
  dataLayer?: unknown[];
  gtag?: Gtag;
  uetq?: unknown[];
  clarity?: Gtag & { q?: unknown[] };
}

/** Every Consent Mode type but security_storage, which is always granted. */
const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage'];

/** Pure: each mapped type is granted when a category mapped to it is granted. */
export function consentModeState(mapping: Record<string, string[]>, granted: (category: string) => boolean): Record<string, State> {
  const state: Record<string, State> = {};
  for (const category in mapping) for (const type of mapping[category]!) state[type] = state[type] === 'granted' || granted(category) ? 'granted' : 'denied';
  return state;
}

/**
 * Consent Mode's default, everything denied but security_storage: pushed at once, also
 * while the manager still checks the config, so that no Google tag starts without it.
 */
export function pushDefault(win: Window): Record<string, State> {
  const page = win as unknown as Globals;
  page.dataLayer ??= [];
  // gtag.js reads only what gtag() pushes (an arguments object), never plain arrays.
  page.gtag ??= function gtag() {
    page.dataLayer!.push(arguments);
  };
  const denied = Object.fromEntries(TYPES.map((type) => [type, 'denied'])) as Record<string, State>;
  page.gtag('consent', 'default', { ...denied, security_storage: 'granted', wait_for_update: 500 });
  return denied;
}

/** Starts the signals the config asks for; returns the update to run whenever consent changes. */
export function startConsentSignals({ win, nav }: Env, cmp: Consentry, modes?: Record<string, Mode>, defaulted = false): (() => void) | undefined {
  const { config } = cmp;
  const page = win as unknown as Globals;
  const mapping = config.googleConsentMode;
  const presetService = (preset: string) => Object.keys(config.services).find((id) => config.services[id]!.preset === preset);
  const uet = presetService('microsoft-advertising');
  const clarity = presetService('microsoft-clarity');
  if (!mapping && !uet && !clarity) return;
  const state = (granted: boolean): State => (granted ? 'granted' : 'denied');

  if (mapping) {
    const denied = defaulted ? Object.fromEntries(TYPES.map((type) => [type, 'denied'])) : pushDefault(win);
    // Regions the server did not name: tell Google which of them start granted (opt-out, notice).
    for (const region in config.region ? {} : modes) {
      const mode = modes![region]!;
      if (region === 'default' || mode === 'opt-in') continue;
      const defaults = defaultStates({ ...config, mode }, nav.globalPrivacyControl === true);
      page.gtag!('consent', 'default', { ...denied, ...consentModeState(mapping, (c) => defaults.categories[c]!), security_storage: 'granted', region: [region] });
    }
  }
  if (uet) (page.uetq ??= []).push('consent', 'default', { ad_storage: 'denied' });
  // Clarity's own snippet defines this queue; its script reads it once it loads.
  if (clarity) {
    page.clarity ??= function clarity() {
      (page.clarity!.q ??= []).push(arguments);
    };
  }

  return () => {
    if (mapping) {
      page.gtag!('consent', 'update', consentModeState(mapping, cmp.accepted));
      page.dataLayer!.push({ event: 'consentry_update', consentry: { categories: statesOf(cmp, 'categories'), services: statesOf(cmp, 'services') } });
    }
    if (uet) page.uetq!.push('consent', 'update', { ad_storage: state(cmp.acceptedService(uet)) });
    if (clarity) page.clarity!('consentv2', { ad_Storage: state(!!config.categories.other && cmp.accepted('other')), analytics_Storage: state(cmp.acceptedService(clarity)) });
  };
}

const statesOf = (cmp: Consentry, kind: 'categories' | 'services') =>
  Object.fromEntries(Object.keys(cmp.config[kind]).map((name) => [name, kind === 'categories' ? cmp.accepted(name) : cmp.acceptedService(name)]));
