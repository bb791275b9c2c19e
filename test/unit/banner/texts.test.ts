// Every language file says everything the banner shows, in its own words, as plain text,
// with its placeholders intact and without naming a category outside the category texts,
// and says what every built-in preset is for (banner/texts/presets/, from src/presets/purposes/).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_TEXTS } from '../../../banner/texts/presets/en';
import { texts as en } from '../../../banner/texts/en';
import { textDirection } from '../../../banner/view-model';
import { PLACEHOLDER_TEXTS } from '../../../src/manager/placeholder';
import { LANGUAGES } from '../../../src/gate/resolve';
import { LANGUAGES as PRESET_LANGUAGES } from '../../../src/presets/purposes';
import type { TextOverrides } from '../../../src/index';

const files = await Promise.all(
  LANGUAGES.map(async (language) => [language, (await import(`../../../banner/texts/${language}.ts`)).texts as TextOverrides] as const),
);
const english: Record<string, string> = { ...(en as unknown as Record<string, string>), ...PLACEHOLDER_TEXTS };
const KEYS = Object.keys(english).filter((key) => key !== 'categories');

/**
 * Texts a language writes exactly as English does, each for a reason: "OK" is the word
 * these languages use; the others are that language's own word, spelt the English way.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  '*': ['dismiss', 'listComma'], // "OK", and the comma most languages list with
  fr: ['services', 'cookieType'], // Services, Type
  de: ['cookieName'], // Name
  da: ['session'], // Session
  nb: ['cookieType'], // Type
  ro: ['persistent'], // Persistent
  ca: ['persistent'], // Persistent
};

/** The `{placeholder}` names in a text, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** A text's words, lowercase. */
const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** The brands an English preset purpose names: its capitalised words after the first. */
const brandsIn = (purpose: string) => (purpose.match(/\p{L}+/gu) ?? []).slice(1).filter((word) => /^\p{Lu}/u.test(word));

describe('language files', () => {
  it('exist for at least 40 languages, each in the core’s list and loadable from npm', () => {
    const onDisk = readdirSync('banner/texts')
      .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
      .map((file) => file.slice(0, -3));
    expect(onDisk.sort()).toEqual([...LANGUAGES].sort());
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(40);
    // The 24 official EU languages and the others issue 11 asks for.
    const asked = 'bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is tr uk sr pt-br ar he fa ja ko zh-hans zh-hant hi id vi th';
    expect(asked.split(' ').filter((code) => !LANGUAGES.includes(code))).toEqual([]);
    const loader = readFileSync('src/loader/npm-chunks.ts', 'utf8');
    for (const language of LANGUAGES) expect(loader).toContain(`import('../../banner/texts/${language}')`);
  });

  it.each(files)('%s has every key, and the four categories', (_, texts) => {
    const keys = Object.keys(texts).filter((key) => key !== 'servicePurposes' && key !== 'categories');
    expect(keys.sort()).toEqual([...KEYS].sort());
    for (const name of Object.keys(en.categories)) expect(Object.keys(texts.categories![name]!).sort()).toEqual(['description', 'label']);
  });

  it('translate the presets’ purposes (src/presets/purposes/) into every banner language', () => {
    expect([...PRESET_LANGUAGES].sort()).toEqual(['en', ...LANGUAGES].sort());
  });

  it.each(files)('%s says what every preset is for, in its own words, naming the same brands', (language, texts) => {
    const purposes = texts.servicePurposes;
    expect(purposes, `${language}.servicePurposes (banner/texts/presets/${language}.ts)`).toBeDefined();
    expect(Object.keys(purposes!).sort()).toEqual(Object.keys(PRESET_TEXTS).sort());
    for (const [id, preset] of Object.entries(PRESET_TEXTS)) {
      const text = purposes![id]!;
      const where = `${language}.servicePurposes.${id}`;
      expect(text.trim(), where).not.toBe('');
      expect(text, `${where} is English`).not.toBe(preset.purpose);
      const brands = brandsIn(preset.purpose);
      for (const brand of brands) expect(text, `${where} names ${brand}`).toContain(brand);
      // Half its words (brands aside) the English sentence's own: left in English, mostly.
      const english = new Set(words(preset.purpose));
      const own = words(text).filter((word) => !brands.some((brand) => brand.toLowerCase() === word));
      const borrowed = own.filter((word) => english.has(word));
      expect(borrowed.length, `${where} is mostly English: ${borrowed.join(' ')}`).toBeLessThan(own.length / 2);
    }
    expect(JSON.stringify(purposes)).not.toMatch(/[<>]/);
  });

  it.each(files)('%s leaves no text in English, keeps every placeholder and carries no markup', (language, texts) => {
    const allowed = [...SAME_AS_ENGLISH['*']!, ...(SAME_AS_ENGLISH[language] ?? [])];
    const all = texts as Record<string, string>;
    for (const key of KEYS) {
      const text = all[key]!;
      // A list's separator may be a space alone (Thai lists without commas).
      expect(key === 'listComma' ? text : text.trim(), `${language}.${key}`).not.toBe('');
      if (!allowed.includes(key)) expect(text, `${language}.${key} is English`).not.toBe(english[key]);
      expect(placeholders(text), `${language}.${key} placeholders`).toEqual(placeholders(english[key]!));
    }
    for (const [name, category] of Object.entries(texts.categories!)) {
      expect(category.label, `${language}.categories.${name}.label`).not.toBe(en.categories[name]!.label);
      expect(category.description, `${language}.categories.${name}.description`).not.toBe(en.categories[name]!.description);
    }
    expect(JSON.stringify(texts)).not.toMatch(/[<>]/);
  });

  it('allows an English-looking text only where the language really writes it so', () => {
    const byLanguage = Object.fromEntries(files);
    for (const [language, keys] of Object.entries(SAME_AS_ENGLISH)) {
      if (language === '*') continue;
      for (const key of keys) expect((byLanguage[language] as Record<string, string>)[key], `${language}.${key}`).toBe(english[key]);
    }
  });

  // Truthful texts: a sentence outside the category texts never names a category, since the
  // site may not have it; the configured ones come in through {categories}.
  it.each([['en', en as TextOverrides] as const, ...files])('%s names no category outside the category texts', (language, texts) => {
    const labels = Object.values(texts.categories!).map((category) => category.label!.toLowerCase());
    for (const key of KEYS) {
      const text = ((texts as Record<string, string>)[key] ?? '').toLowerCase();
      for (const label of labels) expect(text, `${language}.${key} names "${label}"`).not.toContain(label);
    }
  });

  it('lays out Arabic, Hebrew and Persian right to left, and the others left to right', () => {
    const rtl = LANGUAGES.filter((language) => textDirection(language) === 'rtl');
    expect(rtl.sort()).toEqual(['ar', 'fa', 'he']);
  });

  it('keeps English free of markup, and keeps the placeholder out of the banner chunk', () => {
    expect(JSON.stringify(en)).not.toMatch(/[<>]/);
    expect(Object.keys(en)).not.toContain('placeholderText');
  });
});
