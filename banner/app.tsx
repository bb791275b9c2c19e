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
import type { BannerTexts } from './texts/en';
import { firstLayer } from './texts/en/first-layer';
import { categoriesView, gpcNotice, joinTexts, mergeTexts, textDirection } from './view-model';

export interface AppProps {
  cmp: Consentry;
  view?: View;
  presets: PresetTexts;
  /** The preference centre (its dialog and English), once its part has loaded: the mount asks for it only then. */
  part?: PreferencesPart;
  /** Start fetching the preference centre: the visitor is about to open it. */
  warm?(): void;
  /** Close the preference centre (its close button and Escape). */
  onClose(): void;
}

export function App({ cmp, view, presets, part, warm, onClose }: AppProps) {
  const own = cmp.texts();
  // English under the language's texts: the first layer's alone until the preference centre's
  // part brings the rest (the first layer reads none of it).
  const texts = mergeTexts(part ? joinTexts(firstLayer, part.english) : (firstLayer as BannerTexts), own);
  const Preferences = part?.PreferencesDialog;
  const { language, config } = cmp;
  // The language of what shows: English when the language's own sentences did not load.
  const lang = Object.values(own).some((text) => typeof text == 'string') ? language : 'en';
  const categories = categoriesView(config, texts, config.translations[language] as TextOverrides | undefined, presets);
  // The core honours the signal in every mode when `gpc` is on: `other` stays off before a choice.
  const gpc = gpcNotice(texts, categories, config.gpc, globalThis.navigator?.globalPrivacyControl === true);
  const props = { cmp, texts, categories, gpc, lang };
  return (
    <div class={'c ' + config.theme} lang={lang} dir={textDirection(lang)}>
      {view == 'banner' && <BannerView {...props} warm={warm} />}
      {view == 'preferences' && Preferences && <Preferences {...props} onClose={onClose} />}
    </div>
  );
}
