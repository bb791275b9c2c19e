/**
 * Consent signals for the vendors' own tags: Google Consent Mode v2, and Microsoft's consent
 * modes for UET and Clarity when those presets are configured. The defaults go out
 * synchronously while the gate runs, before any gated script; an update follows on every
 * page load with consent in force and after every change, before the scripts it releases run.
 * They read the states in force, never the instance.
 */
import type { Mode, ResolvedConfig } from '../types';
import { statesOf, type States } from './consent';
import type { Env } from './env';

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

const state = (granted: boolean | undefined): State => (granted ? 'granted' : 'denied');

/** Pure: each mapped type is granted when a category mapped to it is granted. */
export function consentModeState(mapping: Record<string, string[]>, categories: Record<string, boolean>): Record<string, State> {
  const out: Record<string, State> = {};
  for (const category in mapping) for (const type of mapping[category]!) out[type] = state(out[type] == 'granted' || categories[category]);
  return out;
}

/**
 * Consent Mode's default, everything denied but security_storage: pushed at once, also while
 * the manager still checks the config, so that no Google tag starts without it.
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

/** Starts the signals the config asks for; returns the update to send whenever the states change. */
export function startSignals({ win, nav }: Env, config: ResolvedConfig, defaulted: boolean): ((states: States) => void) | undefined {
  const page = win as unknown as Globals;
  const { googleConsentMode: mapping, services, modes, region } = config;
  const presetService = (preset: string) => Object.keys(services).find((id) => services[id]!.preset == preset);
  const uet = presetService('microsoft-advertising');
  const clarity = presetService('microsoft-clarity');
  if (!mapping && !uet && !clarity) return;

  if (mapping) {
    const denied = defaulted ? Object.fromEntries(TYPES.map((type) => [type, 'denied'])) : pushDefault(win);
    // Regions the server did not name: tell Google which of them start granted (opt-out, notice).
    for (const code in region ? {} : modes) {
      const mode: Mode = modes![code]!;
      if (code == 'default' || mode == 'opt-in') continue;
      const defaults = statesOf({ ...config, mode }, null, nav.globalPrivacyControl === true);
      page.gtag!('consent', 'default', { ...denied, ...consentModeState(mapping, defaults.categories), security_storage: 'granted', region: [code] });
    }
  }
  if (uet) (page.uetq ??= []).push('consent', 'default', { ad_storage: 'denied' });
  // Clarity's own snippet defines this queue; its script reads it once it loads.
  if (clarity)
    page.clarity ??= function clarity() {
      (page.clarity!.q ??= []).push(arguments);
    };

  return ({ categories, services }) => {
    if (mapping) {
      page.gtag!('consent', 'update', consentModeState(mapping, categories));
      page.dataLayer!.push({ event: 'consentry_update', consentry: { categories, services } });
    }
    if (uet) page.uetq!.push('consent', 'update', { ad_storage: state(services[uet]) });
    if (clarity) page.clarity!('consentv2', { ad_Storage: state(categories.other), analytics_Storage: state(services[clarity]) });
  };
}
