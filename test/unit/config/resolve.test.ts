import { describe, expect, it } from 'vitest';
import { resolveLanguage, resolveMode } from '../../../src/gate/resolve';

describe('resolveLanguage', () => {
  const has = (code: string) => ['en', 'fr', 'pt', 'pt-br'].includes(code);
  it.each([
    ['fr', null, [], 'fr'],
    ['auto', 'fr', ['pt'], 'fr'],
    ['auto', 'pt-BR', [], 'pt-br'],
    ['auto', 'pt-PT', [], 'pt'],
    ['auto', '', ['de', 'fr-CA'], 'fr'],
    ['auto', 'de', ['ja'], 'en'],
    ['ja', 'fr', [], 'en'],
  ] as const)('%s with <html lang=%j> and %j gives %s', (preferred, html, languages, expected) => {
    expect(resolveLanguage(preferred, html, languages, has)).toBe(expected);
  });
});

describe('resolveMode', () => {
  it('matches the region exactly, then by country, then default, then opt-in', () => {
    const modes = { default: 'notice', US: 'opt-out', 'US-CA': 'opt-in' } as const;
    expect(resolveMode(modes, 'US-CA')).toBe('opt-in');
    expect(resolveMode(modes, 'us-tx')).toBe('opt-out');
    expect(resolveMode(modes, 'DE')).toBe('notice');
    expect(resolveMode(modes, undefined)).toBe('notice');
    expect(resolveMode({ US: 'opt-out' } as never, 'FR')).toBe('opt-in');
  });
});
