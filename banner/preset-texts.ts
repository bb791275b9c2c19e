/**
 * The shape of the built-in service presets' English texts (banner/texts/presets/en.ts), as
 * the preference centre reads them: label, provider, purpose, policy link, per-cookie texts.
 * They are loaded only when the config uses a preset (dist/consentry-presets.js, or an
 * import() in the npm build). Other languages give only the purpose, as `servicePurposes`
 * in their language file.
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

