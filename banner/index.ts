/**
 * `consentry/banner`: the Preact banner and preference centre. The core loads it when a view
 * must show (an `import()` in the npm build), and the presets' texts load the same way, only
 * when the config uses a preset. You need it yourself only to build your own loader.
 */
import type { Consentry, UIController } from '../src/index';
import { mountBanner as mount } from './mount';

export function mountBanner(cmp: Consentry): UIController {
  return mount(cmp, () => import('./texts/presets/en').then((module) => module.PRESET_TEXTS));
}

export type { PresetText, PresetTexts } from './preset-texts';
export type { BannerTexts } from './texts/en';
