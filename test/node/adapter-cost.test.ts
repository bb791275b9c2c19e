// What the adapters cost an app, measured as an app's production bundle would have them:
// esbuild, minified, code-split, the framework external (the app has it anyway). The
// README's numbers come from this measurement; the test keeps the adapters small and the
// banner out of what an app loads at start.
import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const dist = (file: string) => resolve('dist', file);

/** Gzip bytes an app loads at start (the entry and its static imports), and the names of the lazy chunks. */
async function measure(code: string) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
    external: ['react', 'vue'],
    alias: { 'consentry/react': dist('react.mjs'), 'consentry/vue': dist('vue.mjs'), consentry: dist('index.mjs') },
  });
  const outputs = (result.metafile as Metafile).outputs;
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const { path, kind } of outputs[file]!.imports) if (kind === 'import-statement' && outputs[path]) visit(path);
  };
  visit(Object.keys(outputs).find((file) => outputs[file]!.entryPoint === '<stdin>')!);
  const size = (file: string) => gzipSync(result.outputFiles.find((out) => out.path.endsWith(file))!.contents, { level: 9 }).length;
  return {
    atStart: [...eager].reduce((sum, file) => sum + size(file), 0),
    eagerCode: result.outputFiles.filter((out) => [...eager].some((file) => out.path.endsWith(file))).map((out) => out.text).join('\n'),
  };
}

describe('what the adapters cost an app', () => {
  it('adds under 1 KB gzip to the core at start, and leaves the banner (and Preact) to a lazy chunk', async () => {
    const core = await measure(`export { createConsentry } from 'consentry';`);
    const react = await measure(`export { ConsentryProvider, Consent, useConsent, useAccepted, useConsentry } from 'consentry/react';`);
    const vue = await measure(`export { default, useConsent } from 'consentry/vue';`);
    console.log(`at start, gzip: core ${core.atStart} B, with consentry/react ${react.atStart} B, with consentry/vue ${vue.atStart} B`);
    expect(react.atStart - core.atStart).toBeGreaterThan(200);
    expect(react.atStart - core.atStart).toBeLessThan(1000);
    expect(vue.atStart - core.atStart).toBeGreaterThan(200);
    expect(vue.atStart - core.atStart).toBeLessThan(1000);
    // The banner's stylesheet and Preact's renderer are not in what loads at start.
    for (const { eagerCode } of [core, react, vue]) {
      expect(eagerCode).not.toContain('consentry-root');
      expect(eagerCode).not.toMatch(/__PREACT|preact/i);
    }
  });
});
