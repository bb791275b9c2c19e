#!/usr/bin/env node
// @ts-check
/**
 * `consentry-ledger` (or `npm run ledger --`): serves the ledger, or runs one of its
 * maintenance commands against the same database. Configuration comes from the environment
 * (server/config.js); the few options are strict: unknown or repeated ones stop the command.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { integer, readConfig } from './config.js';
import { parseExportQuery } from './http/query.js';
import { startLedger } from './ledger-server.js';
import { createLogger } from './ops/log.js';
import { CSV_HEADER, toCsvRows } from './receipt/export-format.js';
import { openDatabase } from './store/database.js';
import { createLedgerStore } from './store/ledger-store.js';
import { migrate } from './store/migrations.js';
import { verifyChains } from './store/verify.js';

const USAGE = `Usage: consentry-ledger [command] [options]

Commands:
  serve [--retain-days N]     answer HTTP (the default command)
  verify                      check every site's hash chain; exit 0 when whole
  export [--format json|csv] [--from DATE] [--to DATE] [--id CONSENT_ID] [--output FILE]
                              write stored receipts (to standard output by default)
  purge --retain-days N       erase receipts of choices older than N days, with tombstones
  migrate                     bring the database schema up to date, then exit

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, LEDGER_TOKEN, ALLOWED_ORIGINS,
LEDGER_CLIENT_IP, LEDGER_CLIENT_IP_KEY, LEDGER_TRUST_PROXY, LEDGER_RATE_LIMIT,
LEDGER_RETAIN_DAYS, LEDGER_POOL_SIZE (docs/ledger.md).`;

const OPTIONS = /** @type {const} */ ({
  'retain-days': { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  id: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
/** Which options each command takes. @type {Record<string, readonly string[]>} */
const COMMANDS = {
  serve: ['retain-days'],
  verify: [],
  export: ['format', 'from', 'to', 'id', 'output'],
  purge: ['retain-days'],
  migrate: [],
};

class UsageError extends Error {}

/** @param {string[]} argv */
function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { command: 'help', values };
  const command = positionals[0] ?? 'serve';
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`command: expected one of ${Object.keys(COMMANDS).join(', ')}, got ${JSON.stringify(command)}`);
  if (positionals.length > 1) throw new UsageError(`${command}: unexpected argument ${JSON.stringify(positionals[1])}`);
  const allowed = COMMANDS[command] ?? [];
  const seen = new Set();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!allowed.includes(token.name)) throw new UsageError(`--${token.name}: not an option of "${command}"`);
    if (seen.has(token.name)) throw new UsageError(`--${token.name}: expected once, got it repeated`);
    seen.add(token.name);
  }
  return { command, values };
}

/**
 * @param {import('./store/database.js').Database} db
 * @param {URLSearchParams} params
 * @param {string | undefined} output
 */
async function exportTo(db, params, output) {
  const query = parseExportQuery(params);
  if ('error' in query) throw new UsageError(query.error);
  const store = createLedgerStore(db);
  const out = output ? createWriteStream(output) : process.stdout;
  /** @param {string} text */
  const write = (text) => new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve(undefined))));
  const csv = query.format === 'csv';
  await write(csv ? CSV_HEADER : '[');
  let first = true;
  for await (const page of store.exportPages(query)) {
    await write(csv ? toCsvRows(page) : (first ? '' : ',') + page.map((entry) => JSON.stringify(entry)).join(','));
    first = false;
  }
  await write(csv ? '' : ']\n');
  if (output) await new Promise((resolve) => out.end(() => resolve(undefined)));
}

/**
 * Runs a maintenance command on its own connection to the database.
 * @param {string} command
 * @param {Record<string, string | boolean | undefined>} values
 * @param {import('./ledger-server.js').LedgerOptions} config
 * @returns {Promise<number>} The exit status.
 */
async function maintain(command, values, config) {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir ?? '', poolSize: 2 });
  try {
    await migrate(db);
    if (command === 'verify') {
      const verdict = await verifyChains(db);
      if (!verdict.ok) {
        console.error(`consentry-ledger verify: ${verdict.site} entry ${verdict.seq}: ${verdict.problem} (${verdict.entries} entries checked before it)`);
        return 1;
      }
      console.log(`consentry-ledger verify: ${verdict.entries} entries in ${verdict.heads.length} chains, all whole`);
      for (const head of verdict.heads) console.log(`  ${head.site} entry ${head.seq} ${head.hash}`);
      return 0;
    }
    if (command === 'export') {
      const params = new URLSearchParams();
      for (const key of ['format', 'from', 'to', 'id']) if (typeof values[key] === 'string') params.set(key, values[key]);
      await exportTo(db, params, /** @type {string | undefined} */ (values.output));
      return 0;
    }
    if (command === 'purge') {
      const days = integer('--retain-days', /** @type {string | undefined} */ (values['retain-days']), { min: 1, max: 36_500 });
      if (days === undefined) throw new UsageError('purge: --retain-days N is required');
      const erased = await createLedgerStore(db).purge(new Date(Date.now() - days * 24 * 60 * 60 * 1000));
      console.log(`consentry-ledger purge: ${erased} receipts of choices older than ${days} day${days === 1 ? '' : 's'} erased`);
      return 0;
    }
    console.log('consentry-ledger migrate: the schema is up to date');
    return 0;
  } finally {
    await db.close();
  }
}

/** @param {Record<string, string | boolean | undefined>} values @param {import('./ledger-server.js').LedgerOptions} config */
async function serve(values, config) {
  const flag = integer('--retain-days', /** @type {string | undefined} */ (values['retain-days']), { min: 1, max: 36_500 });
  const log = createLogger({ secrets: [config.token, config.clientIp?.mode === 'hash' ? config.clientIp.key : undefined, passwordOf(config.databaseUrl)] });
  const ledger = await startLedger({ ...config, retainDays: flag ?? config.retainDays, log });
  let stopping = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      // A second signal means "now": the operator has given up waiting.
      if (stopping) process.exit(1);
      stopping = true;
      log.info('stopping', { signal });
      ledger.close().then(
        () => process.exit(0),
        (error) => {
          log.error('could not stop cleanly', { error: String(error) });
          process.exit(1);
        },
      );
    });
  }
}

/** @param {string | undefined} url */
function passwordOf(url) {
  try {
    return url ? decodeURIComponent(new URL(url).password) || undefined : undefined;
  } catch {
    return undefined;
  }
}

try {
  const { command, values } = parse(process.argv.slice(2));
  if (command === 'help') {
    console.log(USAGE);
  } else {
    const config = readConfig(process.env);
    if (command === 'serve') await serve(values, config);
    else process.exitCode = await maintain(command, values, config);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof UsageError) console.error('\n' + USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
