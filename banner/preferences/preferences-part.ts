/**
 * The preference centre as a part of its own: the dialog (Preact, with its focus trap and
 * the record download), its stylesheet and its English. The banner loads it only when the
 * preference centre opens (or is about to): `dist/consentry-preferences.js` from the script
 * tag, a chunk of its own through `import()` with npm. Preact comes with it: a first visit
 * that only answers the first layer never downloads it.
 */
import { h, render } from 'preact';
import type { TextOverrides } from '../../src/index';
import type { PresetTexts } from '../preset-texts';
import { categoriesView } from './categories';
import { PreferencesDialog, type PreferencesProps } from './dialog';

export { default as css } from './preferences.css?raw';
export { preferences as english } from './english';

/** What the mount hands the preference centre: its categories are drawn from these. */
export interface PreferencesInput extends Omit<PreferencesProps, 'categories'> {
  /** The page's own texts for the visible language (`config.translations`). */
  translated?: TextOverrides;
  presets: PresetTexts;
}

/** Draws the preference centre into `container`, or takes it away (`null`). */
export const renderPreferences = (container: Element, input: PreferencesInput | null) =>
  render(input && h(PreferencesDialog, { ...input, categories: categoriesView(input.cmp.config, input.texts, input.translated, input.presets) }), container);
