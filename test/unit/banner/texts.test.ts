// Every language file says everything the banner shows, as plain text.
import { describe, expect, it } from 'vitest';
import { PRESET_TEXTS } from '../../../banner/texts/presets/en';
import { texts as en } from '../../../banner/texts/en';
import { LANGUAGES } from '../../../src/i18n';

const files = await Promise.all(
  LANGUAGES.filter((language) => language !== 'en').map(async (language) => [language, (await import(`../../../banner/texts/${language}.ts`)).texts] as const),
);
const PLACEHOLDER = ['placeholderText', 'placeholderLoadOnce', 'placeholderAllow'];

describe('language files', () => {
  it('exist for every language the core offers', () => {
    expect(files.map(([language]) => language).sort()).toEqual(['ar', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });

  it.each(files)('%s translates every text, the placeholder’s, the four categories and the presets’ purposes', (_, texts) => {
    expect(Object.keys(texts).sort()).toEqual([...Object.keys(en), ...PLACEHOLDER, 'servicePurposes'].sort());
    expect(Object.keys(texts.servicePurposes!).sort()).toEqual(Object.keys(PRESET_TEXTS).sort());
    for (const name of Object.keys(en.categories)) expect(Object.keys(texts.categories[name]).sort()).toEqual(['description', 'label']);
  });

  it.each(files)('%s differs from English and carries no markup', (_, texts) => {
    const strings = JSON.stringify(texts);
    expect(strings).not.toMatch(/[<>]/);
    expect(texts.bannerText).not.toBe(en.bannerText);
    expect(texts.categories.other.label).not.toBe(en.categories.other!.label);
  });

  it('keeps English free of markup, and keeps the placeholder out of the banner chunk', () => {
    expect(JSON.stringify(en)).not.toMatch(/[<>]/);
    expect(Object.keys(en)).not.toContain('placeholderText');
  });
});
