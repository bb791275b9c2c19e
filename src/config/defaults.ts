/**
 * Default values of the configuration: data only. Visible texts (category labels and
 * descriptions) live with the banner's text table, so returning visitors never download them.
 */
import type { ResolvedConfig } from '../types';

/** Six months: what the EDPB and CNIL consider a reasonable time before asking again. */
export const DEFAULT_EXPIRES_DAYS = 182;

/** Chrome caps cookie lifetimes at 400 days; a longer setting would silently shrink. */
export const MAX_EXPIRES_DAYS = 400;

/** Google Consent Mode v2 types granted by each default category. */
export const DEFAULT_CONSENT_MODE: Record<string, string[]> = {
  analytical: ['analytics_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  other: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

export function defaultConfig(): ResolvedConfig {
  return {
    categories: {
      necessary: { readOnly: true, cookies: [] },
      analytical: { readOnly: false, cookies: [] },
      functional: { readOnly: false, cookies: [] },
      other: { readOnly: false, cookies: [] },
    },
    services: {},
    revision: 0,
    mode: 'opt-in',
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', expiresDays: DEFAULT_EXPIRES_DAYS },
    language: 'auto',
    translations: {},
    autoShow: true,
    autoblock: {},
    heldHosts: [],
    googleConsentMode: false,
    gpc: true,
    reloadOnRevoke: true,
    theme: 'auto',
    layout: 'bar',
    position: 'bottom',
    hideFromBots: true,
  };
}
