/**
 * The preference centre as a part of its own: the dialog (Preact, with its focus trap and
 * the record download), its stylesheet and its English. The banner loads it only when the
 * preference centre opens (or is about to): `dist/consentry-preferences.js` from the script
 * tag, a chunk of its own through `import()` with npm. Preact comes with it: a first visit
 * that only answers the first layer never downloads it.
 */
import { h, render } from 'preact';
import { PreferencesDialog, type PreferencesProps } from './dialog';

export { default as css } from './preferences.css?raw';
export { preferences as english } from './english';
export type { PreferencesProps };

/** Draws the preference centre into `container` with `props`, or takes it away (`null`). */
export const renderPreferences = (container: Element, props: PreferencesProps | null) => render(props && h(PreferencesDialog, props), container);
