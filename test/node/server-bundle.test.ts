// consentry/server runs in edge runtimes (Vercel Edge, Cloudflare Workers, Deno): bundled for
// a neutral platform, the source and the built file import no Node built-in and no package,
// and importing the built file touches no global.
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Bundles `entry` for a neutral platform; returns the code and every import specifier met. */
async function neutralBundle(entry: string) {
  const specifiers: string[] = [];
  const record: Plugin = {
    name: 'record-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path, kind }) => {
        if (kind !== 'entry-point') specifiers.push(path);
        return undefined;
      });
    },
  };
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', minify: true, write: false, logLevel: 'silent', plugins: [record] });
  return { code: result.outputFiles[0]!.text, specifiers };
}

const BUILT_IN = new Set(builtinModules.flatMap((name) => [name, 'node:' + name]));

describe.each(['src/server/index.ts', 'dist/server.mjs'])('a neutral bundle of %s', (entry) => {
  it('imports no Node built-in and no package: only its own relative modules', async () => {
    const { code, specifiers } = await neutralBundle(entry);
    // The source has its own relative modules; the built file is one self-contained module.
    if (entry.startsWith('src')) expect(specifiers.length).toBeGreaterThan(3);
    expect(specifiers.filter((specifier) => specifier.startsWith('node:') || BUILT_IN.has(specifier.split('/')[0]!))).toEqual([]);
    expect(specifiers.filter((specifier) => !specifier.startsWith('.'))).toEqual([]);
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|\b__dirname\b/);
  });

  // Most of it is the validator it shares with the manager (with its suggestions) and the presets' tables.
  it('stays small: under 8 KB gzip, the config checking it shares with the manager included', async () => {
    const { code } = await neutralBundle(entry);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(8 * 1024);
  });
});

describe('the built consentry/server', () => {
  it('defines nothing global when imported, and names its four functions and the region headers', async () => {
    const before = Object.getOwnPropertyNames(globalThis).sort();
    const server = await import('../../dist/server.mjs' as string);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before);
    expect(Object.keys(server).sort()).toEqual(['REGION_HEADERS', 'consentCookie', 'gpcFromHeaders', 'readConsent', 'regionFromHeaders']);
  });
});
