/**
 * `consentry/banner`: the first layer and the preference centre. The core loads it when a
 * view must show (an `import()` in the npm build); the preference centre and the presets'
 * texts (only when the config uses a preset) are `import()`ed the same way when it first
 * opens, so your bundler puts them in chunks of their own. You need it yourself only to
 * build your own loader.
 */
import type { Consentry, UIController } from '../src/index';
import { mountBanner as mount } from './mount';

export function mountBanner(cmp: Consentry): UIController {
  return mount(cmp, {
    preferences: () => import('./preferences/preferences-part'),
    presets: () => import('./texts/presets/en').then((module) => module.PRESET_TEXTS),
  });
}

export type { PresetText, PresetTexts } from './preset-texts';
export type { BannerTexts } from './texts/en';
