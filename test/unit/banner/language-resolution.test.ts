// language: "auto" against the real list of language files: regional tags find their base,
// Chinese finds its script, Brazilian Portuguese stays apart from European.
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/gate/resolve';
import { LANGUAGES } from '../../../src/gate/resolve';

const has = (code: string) => code === 'en' || LANGUAGES.includes(code);
const auto = (...tags: string[]) => resolveLanguage('auto', tags[0], tags.slice(1), has);

describe('resolveLanguage with the built-in files', () => {
  it.each([
    ['de-AT', 'de'],
    ['de-CH', 'de'],
    ['fr-CA', 'fr'],
    ['pt-BR', 'pt-br'],
    ['pt-PT', 'pt'],
    ['pt', 'pt'],
    ['zh-TW', 'zh-hant'],
    ['zh-HK', 'zh-hant'],
    ['zh-MO', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['zh-Hant-TW', 'zh-hant'],
    ['zh-CN', 'zh-hans'],
    ['zh-SG', 'zh-hans'],
    ['zh', 'zh-hans'],
    ['zh-Hans-CN', 'zh-hans'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['iw', 'he'],
    ['he-IL', 'he'],
    ['sr-RS', 'sr'],
    ['ja-JP', 'ja'],
    ['ga-IE', 'ga'],
    ['en-GB', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(auto(tag)).toBe(expected);
    // The same from the browser's list when the page's <html lang> is unknown.
    expect(auto('xx', tag)).toBe(expected);
  });

  it('goes on to the next tag when one has no file, and ends in English', () => {
    expect(auto('sw-KE', 'cy', 'fi-FI')).toBe('fi');
    expect(auto('sw', 'cy')).toBe('en');
  });

  it('maps a configured regional language too', () => {
    expect(resolveLanguage('zh-TW', '', [], has)).toBe('zh-hant');
    expect(resolveLanguage('pt-BR', '', [], has)).toBe('pt-br');
  });
});
