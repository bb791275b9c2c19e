/**
 * `consentry/banner`: the Preact banner and preference centre. The core loads it when a view
 * must show (`import()` in the npm build, a script chunk for the script tag); pass
 * `mountBanner` to nothing yourself unless you build your own loader.
 */
export { mountBanner } from './mount';
export type { PresetText, PresetTexts } from './preset-texts';
export type { BannerTexts } from './texts/en';
