/**
 * The built-in English texts, every other language overrides them. Plain words, no HTML:
 * links are data (`policyUrl`), never markup in a string. Two halves, so that each chunk
 * carries its own: the first layer's (./en/first-layer.ts, in the banner chunk) and the
 * preference centre's (./en/preferences.ts, in its chunk). `texts` is both, for the checks
 * and for whoever builds their own UI.
 */
import type { Texts } from '../../src/index';
import { joinTexts } from '../view-model';
import { firstLayer } from './en/first-layer';
import { preferences } from '../preferences/english';

/** What the banner shows: every text but the iframe placeholder's (the core has those). */
export type BannerTexts = Omit<Texts, 'placeholderText' | 'placeholderLoadOnce' | 'placeholderAllow'>;

/** The texts only the preference centre shows (a category's description among them). */
type PreferencesKey =
  | 'preferencesTitle' | 'preferencesText' | 'save' | 'close' | 'alwaysOn' | 'services' | 'cookieName' | 'cookieProvider' | 'cookieDuration'
  | 'cookiePurpose' | 'cookieDetails' | 'servicePolicy' | 'consentId' | 'downloadRecord' | 'cookieType' | 'session' | 'persistent';
export type PreferencesTexts = Pick<BannerTexts, PreferencesKey> & { categories: Record<string, { description: string }> };
export type FirstLayerTexts = Omit<BannerTexts, PreferencesKey | 'categories'> & { categories: Record<string, { label: string }> };

export const texts: BannerTexts = joinTexts(firstLayer, preferences);
