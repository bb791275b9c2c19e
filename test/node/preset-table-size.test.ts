// The preset database's cost inside dist/consentry.js (issue 14, SPEC §8 "Tiny"): the
// script-tag build with each generated preset table emptied in turn, compressed the same
// way, against its budget. The host table is what the gate needs to hold requests; the
// details table (first-party cookie names, brand names) loads with the manager, so it
// costs the gate nothing. Everything else loads with the banner.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup, type RollupOptions } from 'rollup';
import { describe, expect, it } from 'vitest';
import configs from '../../rollup.config.js';
import { PRESET_DETAILS, PRESET_HOSTS } from '../../src/gating/preset-table';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8')) as Record<string, number>;
const HOSTS = 'preset host table within dist/consentry.js';
const DETAILS = 'preset cookies and labels within dist/consentry.js';

/** consentry.js as built, or with the preset tables replaced by `tables`. */
async function buildScriptTag(tables?: { hosts: readonly string[]; details: readonly string[] }): Promise<number> {
  const config = (configs as RollupOptions[]).find((entry) => JSON.stringify(entry.output).includes('consentry.js"'))!;
  const stub = {
    name: 'preset-tables',
    resolveId: (id: string) => (tables && id === './preset-table' ? '\0preset-table' : null),
    load: (id: string) =>
      tables && id === '\0preset-table'
        ? `export const PRESET_HOSTS = ${JSON.stringify(tables.hosts)}; export const PRESET_DETAILS = ${JSON.stringify(tables.details)};`
        : null,
  };
  const bundle = await rollup({ input: config.input, plugins: [stub, ...(config.plugins as never[])] });
  const output = config.output as { plugins: never[] };
  const { output: chunks } = await bundle.generate({ format: 'iife', plugins: output.plugins });
  return gzipSync(chunks[0].code, { level: 9 }).length;
}

describe('preset tables inside consentry.js', () => {
  it(`hold all ${PRESET_HOSTS.length} presets: hosts within ${budgets[HOSTS]} B gzip, cookies and labels within ${budgets[DETAILS]} B`, async () => {
    expect(PRESET_HOSTS.length).toBeGreaterThanOrEqual(40);
    expect(PRESET_DETAILS).toHaveLength(PRESET_HOSTS.length);
    // The real build is the baseline; each stand-in module differs from it by one emptied table.
    const [full, withoutHosts, withoutDetails] = await Promise.all([
      buildScriptTag(),
      buildScriptTag({ hosts: [], details: PRESET_DETAILS }),
      buildScriptTag({ hosts: PRESET_HOSTS, details: [] }),
    ]);
    const hosts = full - withoutHosts;
    const details = full - withoutDetails;
    // Forty presets cannot cost less than this: the stubs really removed the tables.
    expect(hosts).toBeGreaterThan(400);
    // The details (cookie names, brand names) come with the manager: they cost the gate nothing.
    expect(hosts, 'host table').toBeLessThanOrEqual(budgets[HOSTS]!);
    expect(details, 'cookies and labels').toBeLessThanOrEqual(budgets[DETAILS]!);
    expect(Math.abs(details), 'cookies and labels are not in the gate at all').toBeLessThanOrEqual(10);
  }, 120_000);
});
