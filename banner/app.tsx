/**
 * The root of the UI: the current language's texts over English, the theme and writing
 * direction, and whichever view the core asked for. It holds no state of its own: the
 * mount re-renders it on every `show`, `hide` and language change.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Consentry, View } from '../src/index';
import { BannerView } from './banner-view';
import { PreferencesDialog } from './preferences-dialog';
import type { PresetTexts } from './preset-texts';
import { texts as english } from './texts/en';
import { mergeTexts, textDirection } from './view-model';

export interface AppProps {
  cmp: Consentry;
  view?: View;
  presets: PresetTexts;
  /** Close the preference centre (its close button and Escape). */
  onClose(): void;
}

export function App({ cmp, view, presets, onClose }: AppProps) {
  const texts = mergeTexts(english, cmp.texts());
  const { language, config } = cmp;
  // The signal is honoured in every mode: the core keeps `other` off before a choice.
  const gpc = config.gpc && globalThis.navigator?.globalPrivacyControl === true;
  return (
    <div class={'c ' + config.theme} lang={language} dir={textDirection(language)}>
      {view == 'banner' && <BannerView cmp={cmp} texts={texts} gpc={gpc} />}
      {view == 'preferences' && <PreferencesDialog cmp={cmp} texts={texts} presets={presets} gpc={gpc} onClose={onClose} />}
    </div>
  );
}
