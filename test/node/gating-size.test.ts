// The gating code's share of dist/consentry.js (issue 3): the script-tag build with and
// without src/gate/gating.ts (and so autoblock and the script queue), compressed the same
// way, against its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupOptions } from 'rollup';
import { describe, expect, it } from 'vitest';
import configs from '../../rollup.config.js';

const budget: number = JSON.parse(readFileSync('size-budgets.json', 'utf8'))['gating within dist/consentry.js'];

async function buildScriptTag(withoutGating: boolean): Promise<number> {
  const config = (configs as RollupOptions[]).find((entry) => JSON.stringify(entry.output).includes('consentry.js"'))!;
  const stub = {
    name: 'without-gating',
    resolveId: (id: string) => (withoutGating && id === './gating' ? '\0no-gating' : null),
    load: (id: string) => (id === '\0no-gating' ? 'export const startGating = () => ({ hold() {}, release() {}, stop() {}, redraw() {}, ran: new Set() });' : null),
  };
  const bundle = await rollup({ input: config.input, plugins: [stub, ...(config.plugins as never[])] });
  const output = config.output as { plugins: never[] };
  const { output: chunks } = await bundle.generate({ format: 'iife', plugins: output.plugins });
  return gzipSync(chunks[0].code, { level: 9 }).length;
}

describe('gating', () => {
  it(`stays within its budget inside consentry.js (${budget} bytes gzip)`, async () => {
    const [full, without] = await Promise.all([buildScriptTag(false), buildScriptTag(true)]);
    expect(without).toBeLessThan(full - 1000);
    expect(full - without).toBeLessThanOrEqual(budget);
    expect(budget, `measured ${full - without} B: tighten the budget (size-budgets.json)`).toBeLessThanOrEqual(Math.ceil((full - without) * 1.05));
  }, 60_000);

  it('is in the README with the same budget', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`| gating (\`src/gate/gating.ts\` and what it imports) within \`consentry.js\` | every visit | ${budget.toLocaleString('en-US')} B |`);
  });
});
