// What Consentry costs a React app, measured the way the app would ship it (issue 24, item 8):
// two production builds with Vite, the same small app with and without consentry/react, the
// difference in what loads at start, and what a first visit adds (the manager and the banner,
// which the core `import()`s). The README and docs/react.md quote these numbers; this test
// fails when they drift from the measurement.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { OutputChunk, RollupOutput } from 'rollup';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const DIR = resolve('build', 'app-cost');
const KB = 1024;

/** The app's entry: React renders a page; with Consentry, inside its provider with a gated embed. */
const app = (withConsentry: boolean) => `
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
${withConsentry ? "import { Consent, ConsentryProvider } from 'consentry/react';" : ''}
const page = h('main', null, h('h1', null, 'Plan your week'), ${withConsentry ? "h(Consent, { category: 'functional' }, h('iframe', { src: 'https://www.youtube-nocookie.com/embed/x', title: 'Video' }))" : "h('p', null, 'Video')"});
createRoot(document.getElementById('app')).render(${withConsentry ? "h(ConsentryProvider, { config: { policyUrl: '/privacy' } }, page)" : 'page'});
`;

/** Builds the app; returns each chunk's gzip size, and which load at start (the entry and its static imports). */
async function buildApp(name: string, withConsentry: boolean) {
  const root = join(DIR, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'main.js'), app(withConsentry));
  const output = (await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // What npm would resolve: the package's exports point at dist/.
    resolve: { alias: [{ find: /^consentry\/react$/, replacement: resolve('dist/react.mjs') }, { find: /^consentry$/, replacement: resolve('dist/index.mjs') }] },
    build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: join(root, 'main.js') } },
  })) as unknown as RollupOutput;
  const chunks = output.output.filter((item): item is OutputChunk => item.type === 'chunk');
  const gzip = (chunk: OutputChunk) => gzipSync(chunk.code, { level: 9 }).length;
  const start = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (start.has(chunk)) return;
    start.add(chunk);
    for (const file of chunk.imports) visit(chunks.find((candidate) => candidate.fileName === file)!);
  };
  visit(chunks.find((chunk) => chunk.isEntry)!);
  /** Chunks holding a module of `dist/<file>`: where the core's lazy parts went. */
  const holding = (file: string) => chunks.filter((chunk) => chunk.moduleIds.some((id) => id === resolve('dist', file)));
  return { start: [...start].reduce((sum, chunk) => sum + gzip(chunk), 0), lazy: (file: string) => holding(file).reduce((sum, chunk) => sum + gzip(chunk), 0) };
}

describe('what Consentry costs a React app (Vite, production, gzip)', () => {
  it('is quoted in the README and docs/react.md as a build measures it', async () => {
    rmSync(DIR, { recursive: true, force: true });
    const [plain, withConsentry] = [await buildApp('plain', false), await buildApp('consentry', true)];
    const atStart = withConsentry.start - plain.start;
    const firstVisit = atStart + withConsentry.lazy('manager.mjs') + withConsentry.lazy('banner.mjs');
    console.log(`at start +${(atStart / KB).toFixed(1)} KB; a first visit ${(firstVisit / KB).toFixed(1)} KB`);
    // The lazy parts really are lazy: not in what loads at start.
    expect(withConsentry.lazy('manager.mjs')).toBeGreaterThan(1000);
    expect(withConsentry.lazy('banner.mjs')).toBeGreaterThan(1000);
    for (const file of ['README.md', 'docs/react.md']) {
      const text = readFileSync(file, 'utf8');
      const quoted = /([\d.]+) KB\s+at\s+start[^.]*?([\d.]+) KB\s+on\s+a\s+first\s+visit/.exec(text);
      expect(quoted, `${file} quotes "… KB at start … KB on a first visit"`).not.toBeNull();
      expect(Math.abs(Number(quoted![1]) * KB - atStart), `${file}: at start`).toBeLessThan(0.25 * KB);
      expect(Math.abs(Number(quoted![2]) * KB - firstVisit), `${file}: a first visit`).toBeLessThan(0.25 * KB);
    }
  }, 120_000);
});
