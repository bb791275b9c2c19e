/**
 * The seam to the built-in service presets' texts. `banner/texts/presets/en.ts` (another
 * module) provides the English table; until it is connected the table is empty and a preset
 * service shows its config label, or its id, and its config cookies.
 */

/** English texts of one preset: what the preference centre shows for a `preset` service. */
export interface PresetText {
  label: string;
  provider: string;
  purpose: string;
  policyUrl: string;
  /** By cookie name, as the preset declares its cookies. */
  cookies: Record<string, { duration: string; purpose: string }>;
}

export type PresetTexts = Record<string, PresetText>;

// To connect the presets: `export { PRESET_TEXTS } from './texts/presets/en';`
export const PRESET_TEXTS: PresetTexts = {};
