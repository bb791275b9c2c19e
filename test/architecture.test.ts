// Import direction and global access, checked on the source (STYLE §3.3). Lint configs drift; this cannot.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const filesIn = (dir: string) =>
  (existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : []).filter((file) => /\.tsx?$/.test(file)).map((file) => join(dir, file));
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );

describe('architecture', () => {
  // The sanctioned crossings: entries that put the banner in a bundle or load it on demand.
  const BANNER_LOADERS = [join('src', 'loader', 'npm-chunks.ts'), join('src', 'loader', 'consentry-all.ts')];

  it('the core never imports the UI or Preact', () => {
    for (const file of filesIn('src').filter((f) => !BANNER_LOADERS.includes(f))) {
      for (const specifier of importsOf(file)) {
        expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^preact|\/banner\b/);
      }
    }
  });

  it('the banner reaches the core only through its public entry', () => {
    for (const file of filesIn('banner')) {
      for (const specifier of importsOf(file)) {
        if (specifier.includes('/src/') || specifier.startsWith('../src')) expect(specifier, file).toMatch(/\/src\/index$|\/src\/index\.ts$/);
      }
    }
  });

  it('only env.ts and the script-tag entry name the browser globals', () => {
    const allowed = [join('src', 'gate', 'env.ts'), join('src', 'loader', 'script-tag.ts')];
    for (const file of filesIn('src').filter((f) => !allowed.includes(f))) {
      const code = withoutComments(readFileSync(file, 'utf8'));
      expect(code, file).not.toMatch(/(?<![\w.$'"`])(window|document|navigator|localStorage|location)\s*[.[]/);
    }
  });
});
