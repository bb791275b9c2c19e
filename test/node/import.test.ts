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
    cmp.destroy();
  });
});
