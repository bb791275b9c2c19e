// @ts-check
/**
 * The maintenance commands, each on its own connection to the database: `verify` and `heads`
 * (read only: PostgreSQL is told to refuse writes, and an empty database or a mistyped folder
 * is an error, never a new ledger), `export` and `insights` (read only too), `purge` and `migrate`.
 */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { CSV_HEADER, toCsvRows } from '../receipt/export-format.js';
import { openDatabase } from '../store/database.js';
import { headsFile, readHeads } from '../store/heads.js';
import { createLedgerStore } from '../store/ledger-store.js';
import { checkSchema, migrate } from '../store/migrations.js';
import { createCounters } from '../store/counters.js';
import { chooseSite, insightsReport } from '../insights/report.js';
import { insightsText } from '../insights/terminal.js';
import { verifyChains } from '../store/verify.js';

/** @typedef {import('../store/types.js').Database} Database */
/** @typedef {import('../ledger-server.js').LedgerOptions} LedgerOptions */

/**
 * Opens the database for a command, runs it, closes the database.
 * @template T
 * @param {LedgerOptions} config
 * @param {{ writes: boolean }} mode Read-only commands may neither create nor change anything.
 * @param {(db: Database) => Promise<T>} work
 */
export async function withDatabase(config, { writes }, work) {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir ?? '', poolSize: 2, create: false, readOnly: !writes });
  try {
    await checkSchema(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

/**
 * @param {import('../store/verify.js').Verdict & { ok: false }} verdict
 * @param {string} command
 */
function reportBroken(verdict, command) {
  console.error(`consentry-ledger ${command}: ${verdict.site} entry ${verdict.seq}: ${verdict.problem} (${verdict.entries} entries checked before it)`);
}

/**
 * `verify [--expect-heads FILE]`: exit 0 when every chain is whole (and holds each recorded head).
 * @param {LedgerOptions} config
 * @param {string | undefined} expectHeads
 */
export async function verify(config, expectHeads) {
  const expect = expectHeads === undefined ? undefined : { heads: await readHeads(expectHeads), source: expectHeads };
  const verdict = await withDatabase(config, { writes: false }, (db) => verifyChains(db, { expect }));
  if (!verdict.ok) {
    reportBroken(verdict, 'verify');
    return 1;
  }
  const checked = expect ? '; every recorded head is in its chain' : '';
  console.log(`consentry-ledger verify: ${verdict.entries} entries in ${verdict.heads.length} chains, all whole${checked}`);
  for (const head of verdict.heads) console.log(`  ${head.site} entry ${head.seq} ${head.hash}`);
  return 0;
}

/**
 * `heads [--output FILE]`: verifies, then writes each chain's head for a later `verify
 * --expect-heads` (to standard output without `--output`). Nothing is written for a broken chain.
 * @param {LedgerOptions} config
 * @param {string | undefined} output
 */
export async function heads(config, output) {
  const verdict = await withDatabase(config, { writes: false }, (db) => verifyChains(db));
  if (!verdict.ok) {
    reportBroken(verdict, 'heads');
    return 1;
  }
  const text = headsFile(verdict.heads, new Date());
  if (output === undefined) {
    process.stdout.write(text);
    return 0;
  }
  await writeFile(output, text, { flag: 'wx' }).catch(async (error) => {
    // Never overwrite an earlier record silently: it may be the one that proves tampering.
    if (error.code === 'EEXIST') throw new Error(`consentry-ledger heads: --output: ${output} exists; heads are kept, not replaced: name a new file`);
    throw error;
  });
  console.log(`consentry-ledger heads: ${verdict.heads.length} chains, all whole; heads written to ${output}`);
  return 0;
}

/**
 * `export`: stored receipts, as `GET /export` gives them, to a file or standard output.
 * @param {LedgerOptions} config
 * @param {import('../http/query.js').ExportQuery} query
 * @param {string | undefined} output
 */
export async function exportReceipts(config, query, output) {
  await withDatabase(config, { writes: false }, async (db) => {
    const out = output ? createWriteStream(output) : process.stdout;
    /** @param {string} text */
    const write = (text) => new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve(undefined))));
    const csv = query.format === 'csv';
    await write(csv ? CSV_HEADER : '[');
    let first = true;
    for await (const page of createLedgerStore(db).exportPages(query)) {
      await write(csv ? toCsvRows(page) : (first ? '' : ',') + page.map((entry) => JSON.stringify(entry)).join(','));
      first = false;
    }
    await write(csv ? '' : ']\n');
    if (output) await new Promise((resolve) => out.end(() => resolve(undefined)));
  });
  return 0;
}

/**
 * `purge --retain-days N`: one retention pass.
 * @param {LedgerOptions} config
 * @param {number} days
 */
export async function purge(config, days) {
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000);
  const [erased, counters] = await withDatabase(config, { writes: true }, async (db) => {
    const store = createLedgerStore(db);
    return [await store.purge(before), await store.purgeCounters(before)];
  });
  console.log(`consentry-ledger purge: ${erased} receipts of choices older than ${days} day${days === 1 ? '' : 's'} erased, and ${counters} insights counters of those days`);
  return 0;
}

/**
 * `migrate`: the one command besides the server that creates the schema.
 * @param {LedgerOptions} config
 */
export async function migrateSchema(config) {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir ?? '', poolSize: 2 });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  console.log('consentry-ledger migrate: the schema is up to date');
  return 0;
}

/**
 * `insights [--site] [--from] [--to] [--by]`: the figures of `/insights.json`, as a table.
 * @param {LedgerOptions} config
 * @param {import('../insights/query.js').InsightsQuery} query
 */
export async function insights(config, query) {
  const text = await withDatabase(config, { writes: false }, async (db) => {
    const counters = createCounters(db);
    const sites = await counters.sites();
    const site = chooseSite(sites, query.site);
    if (site !== null && typeof site === 'object') throw new Error(`consentry-ledger insights: --${site.error}`);
    return insightsText(await insightsReport(counters, { ...query, site, sites }));
  });
  process.stdout.write(text);
  return 0;
}
