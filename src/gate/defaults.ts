/**
 * The configuration when none is given, or until the manager has checked the one given:
 * data only. Visible texts (category labels and descriptions) live with the banner, so
 * returning visitors never download them.
 */
import type { ResolvedConfig } from '../types';

/** Six months: what the EDPB and CNIL consider a reasonable time before asking again. */
export const DEFAULT_EXPIRES_DAYS = 182;

export function defaultConfig(): ResolvedConfig {
  const category = (readOnly: boolean) => ({ readOnly, cookies: [] });
  return {
    categories: { necessary: category(true), analytical: category(false), functional: category(false), other: category(false) },
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
