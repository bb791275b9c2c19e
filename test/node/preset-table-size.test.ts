// The preset database's cost inside dist/consentry.js (issue 14, SPEC §8 "Tiny"): the
// script-tag build with the generated host table emptied, compressed the same way, against
// its budget. The host table is what the gate needs to hold requests; the details table
// (first-party cookie names, brand names) is the manager's (src/manager/), so it is not in
// the gate at all. Everything else loads with the banner.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupOptions } from 'rollup';
import { describe, expect, it } from 'vitest';
import configs from '../../rollup.config.js';
import { PRESET_HOSTS } from '../../src/gate/preset-table';
import { PRESET_DETAILS } from '../../src/manager/preset-details-table';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8')) as Record<string, number>;
const HOSTS = 'preset host table within dist/consentry.js';

/** consentry.js as built, or with the preset tables replaced by `tables`. */
async function buildScriptTag(hosts?: readonly string[]): Promise<number> {
  const config = (configs as RollupOptions[]).find((entry) => JSON.stringify(entry.output).includes('consentry.js"'))!;
  const stub = {
    name: 'preset-tables',
    resolveId: (id: string) => (hosts && id === './preset-table' ? '\0preset-table' : null),
    load: (id: string) => (hosts && id === '\0preset-table' ? `export const PRESET_HOSTS = ${JSON.stringify(hosts)};` : null),
  };
  const bundle = await rollup({ input: config.input, plugins: [stub, ...(config.plugins as never[])] });
  const output = config.output as { plugins: never[] };
  const { output: chunks } = await bundle.generate({ format: 'iife', plugins: output.plugins });
  return gzipSync(chunks[0].code, { level: 9 }).length;
}

describe('preset tables inside consentry.js', () => {
  it(`hold all ${PRESET_HOSTS.length} presets' hosts within ${budgets[HOSTS]} B gzip, and none of their cookies or labels`, async () => {
    expect(PRESET_HOSTS.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(PRESET_DETAILS)).toEqual(PRESET_HOSTS.map((entry) => entry.split(' ')[0]));
    // The real build is the baseline; the stand-in differs from it by the emptied table.
    const [full, withoutHosts] = await Promise.all([buildScriptTag(), buildScriptTag([])]);
    const hosts = full - withoutHosts;
    // Forty presets cannot cost less than this: the stub really removed the table.
    expect(hosts).toBeGreaterThan(400);
    expect(hosts, 'host table').toBeLessThanOrEqual(budgets[HOSTS]!);
    // The details (cookie names, brand names) come with the manager: not one is in the gate.
    const gate = readFileSync('dist/consentry.js', 'utf8');
    for (const entry of Object.values(PRESET_DETAILS)) expect(gate).not.toContain(entry.split('|')[1]);
  }, 120_000);
});
