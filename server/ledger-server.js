// @ts-check
/**
 * The ledger service, assembled: checks its settings, opens and migrates the database, then
 * answers HTTP (router.js behind listener.js) and runs retention. `close` stops taking
 * requests, lets those in flight finish, then closes the database. Each part has one job;
 * this file only wires them.
 */
import { isIP } from 'node:net';
import { checkToken } from './http/auth.js';
import { BODY_TIMEOUT_MS } from './http/body.js';
import { addressKeeper } from './http/client-address.js';
import { parseOrigins } from './http/cors.js';
import { createHandlers } from './http/handlers.js';
import { createListener } from './http/listener.js';
import { createRateLimit } from './http/rate-limit.js';
import { createRouter } from './http/router.js';
import { createLogger } from './ops/log.js';
import { createMetrics } from './ops/metrics.js';
import { startRetention } from './ops/retention.js';
import { MAX_RECEIPTS_PER_ID } from './store/append.js';
import { openDatabase } from './store/database.js';
import { createLedgerStore } from './store/ledger-store.js';
import { migrate } from './store/migrations.js';

/**
 * @typedef {object} LedgerOptions
 * @property {number} [port] 0 picks a free port (tests).
 * @property {string} [host] Loopback unless told otherwise (and then a token is required).
 * @property {string} [dataDir] The embedded database's folder.
 * @property {string} [databaseUrl] PostgreSQL instead of the embedded database.
 * @property {string} [token] LEDGER_TOKEN: the bearer token of the admin endpoints.
 * @property {readonly string[]} [allowedOrigins] Origins whose pages may post; empty means any.
 * @property {{ mode: 'off' } | { mode: 'hash', key: string }} [clientIp] What is kept of the address.
 * @property {boolean} [trustProxy] Read the client's address from X-Forwarded-For.
 * @property {{ perMinute: number, burst: number } | null} [rateLimit] null: no limit (benchmarks).
 * @property {number} [bodyTimeoutMs]
 * @property {number} [drainTimeoutMs] How long `close` waits for requests in flight.
 * @property {number} [retainDays] Purge receipts of choices older than this, at start and hourly.
 * @property {number} [poolSize] PostgreSQL connections per process.
 * @property {number} [maxReceiptsPerId] Receipts one consent id may hold.
 * @property {boolean} [processMetrics] Add the process's own metrics (the CLI; not tests).
 * @property {import('./ops/log.js').Logger} [log]
 */

export const DEFAULT_RATE_LIMIT = { perMinute: 120, burst: 60 };
/** The embedded database's folder when none is given: beside where the command runs. */
export const DEFAULT_DATA_DIR = 'consentry-ledger-data';

/** @param {string} host */
export function isLoopback(host) {
  if (host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

/**
 * Settings that would make the ledger unsafe or useless stop the start.
 * @param {{ token: string | undefined, host: string, allowedOrigins: readonly string[] }} settings
 * @returns {string[]} The allowed origins, canonical.
 */
function checkSettings({ token, host, allowedOrigins }) {
  checkToken(token);
  // Anyone who can reach a public port could read every receipt without a token.
  if (!isLoopback(host) && token === undefined) {
    throw new Error(`consentry-ledger: HOST: refusing to listen on ${host} without LEDGER_TOKEN; set one, or listen on 127.0.0.1 behind a proxy`);
  }
  return parseOrigins(allowedOrigins);
}

/**
 * The database, opened and migrated (or closed again when that fails).
 * @param {{ databaseUrl?: string | undefined, dataDir: string, poolSize?: number | undefined }} where
 * @param {import('./ops/log.js').Logger} log
 */
async function openLedgerDatabase({ databaseUrl, dataDir, poolSize }, log) {
  const db = await openDatabase({ databaseUrl, dataDir, poolSize, onConnectionLost: (error) => log.warn('database connection lost', { error }) });
  try {
    const applied = await migrate(db);
    if (applied.length) log.info('migrated the database', { versions: applied });
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Starts the ledger and resolves once it listens.
 * @param {LedgerOptions} options
 */
export async function startLedger({
  port = 8787,
  host = '127.0.0.1',
  dataDir = DEFAULT_DATA_DIR,
  databaseUrl,
  token,
  allowedOrigins = [],
  clientIp = { mode: 'off' },
  trustProxy = false,
  rateLimit = DEFAULT_RATE_LIMIT,
  bodyTimeoutMs = BODY_TIMEOUT_MS,
  drainTimeoutMs = 10_000,
  retainDays,
  poolSize,
  maxReceiptsPerId = MAX_RECEIPTS_PER_ID,
  processMetrics = false,
  log = createLogger({ secrets: [token, clientIp.mode === 'hash' ? clientIp.key : undefined] }),
}) {
  const origins = checkSettings({ token, host, allowedOrigins });
  const db = await openLedgerDatabase({ databaseUrl, dataDir, poolSize }, log);
  const store = createLedgerStore(db, { maxReceiptsPerId });
  const metrics = createMetrics({ engine: db.engine, countReceipts: store.count, processMetrics });
  const handlers = createHandlers({ store, db, origins, token, keepAddress: addressKeeper(clientIp), bodyTimeoutMs, metrics, log });
  const limit = rateLimit ? createRateLimit(rateLimit) : null;
  /** @type {ReturnType<typeof createListener>} */
  let listener;
  const route = createRouter({ handlers, origins, token, trustProxy, limit, perMinute: rateLimit?.perMinute ?? 0, closing: () => listener.closing(), metrics });
  // Behind a proxy every connection is the proxy's: bounding its share would bound everyone.
  listener = createListener({ route, capPerClient: !trustProxy, metrics, log });

  let address;
  try {
    address = await listener.listen(port, host);
  } catch (error) {
    await db.close();
    throw error;
  }
  const stopRetention = await startRetention(store, retainDays, log);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  log.info('listening', { url, engine: db.engine, where: db.where, admin: token ? 'token' : 'closed', clientIp: clientIp.mode });

  let closed = false;
  return {
    url,
    port: address.port,
    store,
    db,
    /** Stops taking requests, lets those in flight finish (up to the drain timeout), closes the database. */
    async close() {
      if (closed) return;
      closed = true;
      stopRetention();
      await listener.close(drainTimeoutMs);
      await db.close();
      log.info('stopped');
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startLedger>>} Ledger */
