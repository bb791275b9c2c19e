// Entry of dist/consentry-banner.js: the manager and the banner in one chunk, so a first
// visit fetches both in one request. The build wraps it in a function that receives the
// gate's shared modules and hands it to consentry.js in a window event (see
// rollup.config.js and script-tag.ts), so the chunk defines no global of its own.
import { mountBanner as mount, type PreferencesPart } from '../../banner/mount';
import type { PresetTexts } from '../../banner/preset-texts';
import { SHARED } from '../../banner/shared';
import type { UIController } from '../consentry';
import type { Consentry } from '../types';

export { startManager } from '../manager/manager';

/** The banner chunk's modules, lent to the preference centre's chunk (banner/shared.ts). */
export type BannerShared = typeof SHARED;

/**
 * The banner, given by the script tag the loaders of the presets' texts and of
 * consentry-preferences.js (with the page's nonce), to which it lends its own modules.
 */
export const mountBanner = (cmp: Consentry, presets?: () => Promise<PresetTexts>, preferences?: (shared: BannerShared) => Promise<PreferencesPart>): UIController =>
  mount(cmp, { presets, preferences: preferences && (() => preferences(SHARED)) });
