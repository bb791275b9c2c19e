// The built files parse as ES2020, the syntax the build targets: a newer construct from a
// dependency fails here, not on a visitor's older browser (js-cookie's CI does the same).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

const files = (readdirSync('dist', { recursive: true }) as string[]).filter((file) => /\.m?js$/.test(file));

describe('dist/ syntax', () => {
  it.each(files)('%s is ES2020', (file) => {
    const code = readFileSync(join('dist', file), 'utf8');
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: file.endsWith('.mjs') ? 'module' : 'script', allowHashBang: true })).not.toThrow();
  });
});
