// The preset database (src/presets/database.ts): complete, cited, and the one source of what
// the gate ships (the generated table is compared with the files in test/node/presets-generated.test.ts).
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, presetService } from '../../../src/gate/presets';
import { withDetails } from '../../../src/manager/preset-details';
import { PRESETS } from '../../../src/presets/database';
import { LANGUAGES } from '../../../src/presets/purposes';

const CONSENT_MODE_TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'];

describe('preset database', () => {
  it('is what the gate resolves, preset by preset and in the same order', () => {
    expect(PRESET_IDS).toEqual(PRESETS.map((preset) => preset.id));
    for (const preset of PRESETS) {
      // The gate's part: what holds requests.
      expect(presetService(preset.id), preset.id).toEqual({ category: preset.category, hosts: preset.hosts, cookies: [], preset: preset.id });
      // The manager's: what withdrawal deletes and what a placeholder names.
      expect(withDetails(presetService)(preset.id), preset.id).toEqual({
        category: preset.category,
        label: preset.label,
        hosts: preset.hosts,
        cookies: preset.cookies.map(({ name }) => ({ name })),
        preset: preset.id,
      });
    }
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s cites vendor documentation and a policy over https', (_, preset) => {
    expect(preset.sources.length).toBeGreaterThan(0);
    for (const source of [...preset.sources, preset.policyUrl]) expect(() => new URL(source), source).not.toThrow();
    for (const source of [...preset.sources, preset.policyUrl]) expect(new URL(source).protocol, source).toBe('https:');
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))('%s: a purpose in every language, a lifetime for every cookie', (_, preset) => {
    for (const language of LANGUAGES) expect(preset.purpose[language].length, language).toBeGreaterThan(20);
    for (const cookie of preset.cookies) expect(cookie.duration, cookie.name).toMatch(/\d|session/i);
  });

  it('maps Consent Mode only to real Consent Mode types, and Google’s ad and analytics tags to theirs', () => {
    for (const preset of PRESETS) for (const type of preset.consentMode ?? []) expect(CONSENT_MODE_TYPES, preset.id).toContain(type);
    const modes = Object.fromEntries(PRESETS.map((preset) => [preset.id, preset.consentMode]));
    expect(modes['google-analytics']).toEqual(['analytics_storage']);
    expect(modes['google-ads']).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
    expect(modes['google-adsense']).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('never declares a vendor’s third-party cookie as first-party, and names each vendor domain as a host name', () => {
    const vendor = new Set(PRESETS.flatMap((preset) => Object.values(preset.vendorCookies ?? {}).flat()));
    for (const preset of PRESETS) {
      for (const cookie of preset.cookies) expect(vendor.has(cookie.name), `${preset.id}: ${cookie.name}`).toBe(false);
      for (const domain of Object.keys(preset.vendorCookies ?? {})) expect(domain, preset.id).toMatch(/^[a-z\d-]+(\.[a-z\d-]+)+$/);
    }
  });
});
