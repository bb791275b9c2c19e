#!/usr/bin/env node
// @ts-check
/**
 * `consentry-ledger` (or `npm run ledger --`): serves the ledger, or runs one of its
 * maintenance commands against the same database. Configuration comes from the environment
 * (server/config.js); the few options are strict: unknown or repeated ones stop the command.
 */
import { parseArgs } from 'node:util';
import { serve } from './commands/serve.js';
import { exportReceipts, heads, insights, migrateSchema, purge, verify } from './commands/maintain.js';
import { integer, readConfig } from './config.js';
import { parseExportQuery } from './http/query.js';
import { parseInsightsQuery } from './insights/query.js';

const USAGE = `Usage: consentry-ledger [command] [options]

Commands:
  serve [--retain-days N]     answer HTTP (the default command)
  verify [--expect-heads FILE]
                              check every site's hash chain (and that it still holds the heads
                              recorded in FILE); exit 0 when whole
  heads [--output FILE]       verify, then write each chain's head for a later --expect-heads
  export [--format json|csv] [--from DATE] [--to DATE] [--id CONSENT_ID] [--output FILE]
                              write stored receipts (to standard output by default)
  insights [--site ORIGIN] [--from DAY] [--to DAY] [--by day|week|language|region|revision|device|mode|gpc]
                              the consent insights of a site as a table (the last 30 days by default)
  purge --retain-days N       erase receipts of choices older than N days, with tombstones, and
                              the insights counters of those days
  migrate                     bring the database schema up to date, then exit

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, LEDGER_TOKEN, ALLOWED_ORIGINS,
LEDGER_CLIENT_IP, LEDGER_CLIENT_IP_KEY, LEDGER_TRUST_PROXY, LEDGER_RATE_LIMIT,
LEDGER_RETAIN_DAYS, LEDGER_POOL_SIZE (docs/ledger.md).`;

const OPTIONS = /** @type {const} */ ({
  'retain-days': { type: 'string' },
  'expect-heads': { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  id: { type: 'string' },
  site: { type: 'string' },
  by: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
});
/** Which options each command takes. @type {Record<string, readonly string[]>} */
const COMMANDS = {
  serve: ['retain-days'],
  verify: ['expect-heads'],
  heads: ['output'],
  export: ['format', 'from', 'to', 'id', 'output'],
  insights: ['site', 'from', 'to', 'by'],
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
 * @param {string} command
 * @param {Record<string, string | boolean | undefined>} values
 * @returns {Promise<number | undefined>} The exit status; undefined while serving.
 */
async function run(command, values) {
  const text = (/** @type {string} */ name) => /** @type {string | undefined} */ (values[name]);
  const retainDays = integer('--retain-days', text('retain-days'), { min: 1, max: 36_500 });
  const config = readConfig(process.env);
  if (command === 'serve') return void (await serve(config, retainDays));
  if (command === 'verify') return verify(config, text('expect-heads'));
  if (command === 'heads') return heads(config, text('output'));
  if (command === 'migrate') return migrateSchema(config);
  if (command === 'purge') {
    if (retainDays === undefined) throw new UsageError('purge: --retain-days N is required');
    return purge(config, retainDays);
  }
  if (command === 'insights') {
    const params = new URLSearchParams();
    for (const key of ['site', 'from', 'to', 'by']) if (typeof values[key] === 'string') params.set(key, values[key]);
    const query = parseInsightsQuery(params, Date.now());
    if ('error' in query) throw new UsageError(query.error);
    return insights(config, query);
  }
  const params = new URLSearchParams();
  for (const key of ['format', 'from', 'to', 'id']) if (typeof values[key] === 'string') params.set(key, values[key]);
  const query = parseExportQuery(params);
  if ('error' in query) throw new UsageError(query.error);
  return exportReceipts(config, query, text('output'));
}

try {
  const { command, values } = parse(process.argv.slice(2));
  if (command === 'help') console.log(USAGE);
  else process.exitCode = await run(command, values);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof UsageError) console.error('\n' + USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
