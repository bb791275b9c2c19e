/**
 * The root of the UI: the current language's texts over English, the theme and writing
 * direction, the categories as the config has them, and whichever view the core asked
 * for. It holds no state of its own: the mount re-renders it on every `show`, `hide` and
 * language change.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Consentry, TextOverrides, View } from '../src/index';
import { BannerView } from './banner-view';
import type { PreferencesPart } from './mount';
import type { PresetTexts } from './preset-texts';
import { texts as english } from './texts/en';
import { categoriesView, gpcNotice, mergeTexts, textDirection } from './view-model';

export interface AppProps {
  cmp: Consentry;
  view?: View;
  presets: PresetTexts;
  /** The preference centre, once its part has loaded (the mount asks for it only then). */
  Preferences?: PreferencesPart['PreferencesDialog'];
  /** Start fetching the preference centre: the visitor is about to open it. */
  warm?(): void;
  /** Close the preference centre (its close button and Escape). */
  onClose(): void;
}

export function App({ cmp, view, presets, Preferences, warm, onClose }: AppProps) {
  const own = cmp.texts();
  const texts = mergeTexts(english, own);
  const { language, config } = cmp;
  // The language of what shows: English when the language's own sentences did not load.
  const lang = Object.values(own).some((text) => typeof text == 'string') ? language : 'en';
  const categories = categoriesView(config, texts, config.translations[language] as TextOverrides | undefined, presets);
  // The core honours the signal in every mode when `gpc` is on: `other` stays off before a choice.
  const gpc = gpcNotice(texts, categories, config.gpc, globalThis.navigator?.globalPrivacyControl === true, lang);
  const props = { cmp, texts, categories, gpc, lang };
  return (
    <div class={'c ' + config.theme} lang={lang} dir={textDirection(lang)}>
      {view == 'banner' && <BannerView {...props} warm={warm} />}
      {view == 'preferences' && Preferences && <Preferences {...props} onClose={onClose} />}
    </div>
  );
}
