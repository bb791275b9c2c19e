// Importing the core must not touch window/document (SPEC §1): it runs under SSR.
import { describe, expect, it } from 'vitest';

describe('importing consentry under Node', () => {
  it.each([
    ['the source entry', '../../src/index.ts'],
    ['the built entry', '../../dist/index.mjs'],
  ])('%s defines nothing global and creates an inert instance', async (_, path) => {
    const before = Object.getOwnPropertyNames(globalThis).sort();
    const { createConsentry, validateConfig } = await import(path);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before);
    expect(typeof window).toBe('undefined');
    expect(validateConfig({ revision: -1 })).toHaveLength(1);
    const cmp = createConsentry({ revision: 1 });
    expect(cmp.get()).toBeNull();
    cmp.acceptAll();
    expect(cmp.accepted('analytical')).toBe(true);
    expect(cmp.get()?.id).toMatch(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
    cmp.destroy();
  });
});

describe('the package exports', () => {
  it('resolve for Node as npm users import them', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `
      const core = await import('consentry');
      const banner = await import('consentry/banner');
      const fr = await import('consentry/i18n/fr');
      const pkg = await import('consentry/package.json', { with: { type: 'json' } });
      console.log(JSON.stringify([typeof core.createConsentry, typeof core.validateConfig, typeof banner.mountBanner, fr.texts.acceptAll, pkg.default.name]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual(['function', 'function', 'function', 'Tout accepter', 'consentry']);
  });
});
