/**
 * The preference centre as a part of its own: the dialog (with its focus trap and the record
 * download), its stylesheet and its English. The banner loads it only when the preference centre opens:
 * `dist/consentry-preferences.js` from the script tag (built with the banner's shared
 * modules left out, see banner/shared.ts), a chunk of its own through `import()` with npm.
 */
export { PreferencesDialog } from './preferences-dialog';
export { default as css } from './preferences.css?raw';
export { preferences as english } from './texts/en/preferences';
