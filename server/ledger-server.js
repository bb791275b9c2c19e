// @ts-check
/**
 * The ledger service: opens and migrates the database, then answers HTTP. Routes requests to
 * server/http/handlers.js after the checks every request gets (path, method, query, rate
 * limit, token), and on `close` stops taking requests, drains the writes in flight, then
 * closes the database.
 */
import { createServer } from 'node:http';
import { isIP } from 'node:net';
import { authProblem, checkToken } from './http/auth.js';
import { BODY_TIMEOUT_MS } from './http/body.js';
import { addressKeeper, clientAddress } from './http/client-address.js';
import { parseOrigins } from './http/cors.js';
import { createHandlers } from './http/handlers.js';
import { paramsProblem } from './http/query.js';
import { createRateLimit } from './http/rate-limit.js';
import { sendError } from './http/reply.js';
import { createLogger } from './ops/log.js';
import { createMetrics } from './ops/metrics.js';
import { describeValue } from './receipt/validate.js';
import { openDatabase } from './store/database.js';
import { createLedgerStore } from './store/ledger-store.js';
import { migrate } from './store/migrations.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

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
 * @property {import('./ops/log.js').Logger} [log]
 */

export const DEFAULT_RATE_LIMIT = { perMinute: 120, burst: 60 };
/** The embedded database's folder when none is given: beside where the command runs. */
export const DEFAULT_DATA_DIR = 'consentry-ledger-data';
const HOUR_MS = 60 * 60 * 1000;

/** The paths and the methods each offers; `/subjects/:consentId` is matched by prefix. */
const ROUTES = {
  '/records': ['POST', 'OPTIONS'],
  '/subjects/:consentId': ['GET', 'DELETE', 'OPTIONS'],
  '/export': ['GET'],
  '/health': ['GET'],
  '/metrics': ['GET'],
};
/** @typedef {keyof typeof ROUTES} Route */
const SUBJECTS = '/subjects/';

/** @param {string} host */
export function isLoopback(host) {
  if (host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
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
  log = createLogger({ secrets: [token, clientIp.mode === 'hash' ? clientIp.key : undefined] }),
}) {
  checkToken(token);
  // Anyone who can reach a public port could read every receipt without a token.
  if (!isLoopback(host) && token === undefined) {
    throw new Error(`consentry-ledger: HOST: refusing to listen on ${host} without LEDGER_TOKEN; set one, or listen on 127.0.0.1 behind a proxy`);
  }
  const origins = parseOrigins(allowedOrigins);
  const db = await openDatabase({ databaseUrl, dataDir, poolSize });
  try {
    const applied = await migrate(db);
    if (applied.length) log.info('migrated the database', { versions: applied });
  } catch (error) {
    await db.close();
    throw error;
  }
  const store = createLedgerStore(db);
  const metrics = createMetrics();
  const limit = rateLimit ? createRateLimit(rateLimit) : null;
  const handlers = createHandlers({ store, db, origins, keepAddress: addressKeeper(clientIp), bodyTimeoutMs, metrics, log });
  /** @type {Set<Promise<unknown>>} */
  const inFlight = new Set();
  let closing = false;

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} url
   * @returns {Promise<Route | null>}
   */
  async function route(req, res, url) {
    const path = url.pathname;
    /** @type {Route | null} */
    const known = path.startsWith(SUBJECTS) ? '/subjects/:consentId' : Object.hasOwn(ROUTES, path) ? /** @type {Route} */ (path) : null;
    if (!known) {
      sendError(res, 404, `${describeValue(path)}: not found; expected /records, /subjects/:consentId, /export, /health or /metrics`);
      return null;
    }
    const methods = ROUTES[known];
    if (!methods.includes(req.method ?? '')) {
      sendError(res, 405, `${req.method} ${known}: method not allowed; expected ${methods.join(' or ')}`, { allow: methods.join(', ') });
      return known;
    }
    if (closing) {
      sendError(res, 503, 'ledger: shutting down; try again', { connection: 'close', 'retry-after': '5' });
      return known;
    }
    if (known !== '/export') {
      const problem = paramsProblem(url.searchParams, []);
      if (problem) {
        sendError(res, 400, problem);
        return known;
      }
    }
    const address = clientAddress(req, trustProxy);
    if (limit && known !== '/health' && known !== '/metrics') {
      const verdict = limit(address);
      if (!verdict.allowed) {
        metrics.rateLimited();
        sendError(res, 429, `rate limit: expected at most ${rateLimit?.perMinute} requests a minute from one client; try again in ${verdict.retryAfterSeconds} s`, {
          'retry-after': String(verdict.retryAfterSeconds),
        });
        return known;
      }
    }
    const admin = known === '/export' || known === '/metrics' || (known === '/subjects/:consentId' && req.method === 'DELETE');
    if (admin) {
      const problem = authProblem(req.headers.authorization, token);
      if (problem) {
        sendError(res, 401, problem, { 'www-authenticate': 'Bearer realm="consentry-ledger"' });
        return known;
      }
    }
    const consentId = decodeURIComponentSafe(path.slice(SUBJECTS.length));
    if (known === '/records') await handlers.postRecord(req, res, address);
    else if (known === '/subjects/:consentId') await (req.method === 'DELETE' ? handlers.deleteSubject(res, consentId) : handlers.getSubject(req, res, consentId));
    else if (known === '/export') await handlers.exportRecords(url, res);
    else if (known === '/metrics') await handlers.renderMetrics(res);
    else await handlers.health(res);
    return known;
  }

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    metrics.inFlight(1);
    // Keep-alive connections end once a shutdown has begun.
    if (closing) res.setHeader('connection', 'close');
    const url = new URL(req.url ?? '/', 'http://ledger');
    const work = route(req, res, url)
      .catch((error) => {
        log.error('request failed', { method: req.method, error: String(error?.stack ?? error) });
        if (!res.headersSent) sendError(res, 500, 'internal error');
        else res.destroy();
        return /** @type {Route | null} */ (null);
      })
      .then((known) => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.inFlight(-1);
        // The route, never the path: a consent id in a log line would be personal data.
        metrics.request(known ?? 'unknown', req.method ?? '', res.statusCode, seconds);
        log.info('request', { method: req.method, route: known ?? 'unknown', status: res.statusCode, ms: Math.round(seconds * 1000) });
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  // A receipt is a few hundred bytes: a request still arriving after 15 s is not a browser.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  // Each connection holds at most one 8 KB body: this bounds the memory requests can take.
  server.maxConnections = 2_048;

  /** @type {NodeJS.Timeout | undefined} */
  let retention;
  const purgeOld = async () => {
    if (retainDays === undefined) return;
    try {
      const erased = await store.purge(new Date(Date.now() - retainDays * 24 * HOUR_MS));
      if (erased) log.info('purged receipts past retention', { receipts: erased, retainDays });
    } catch (error) {
      log.error('retention purge failed', { error: String(/** @type {Error} */ (error)?.message ?? error) });
    }
  };

  try {
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve(undefined));
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  if (retainDays !== undefined) {
    await purgeOld();
    retention = setInterval(purgeOld, HOUR_MS).unref();
  }
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${shownHost}:${address.port}`;
  log.info('listening', { url, engine: db.engine, where: db.where, admin: token ? 'token' : 'closed', clientIp: clientIp.mode });

  return {
    url,
    port: address.port,
    store,
    db,
    /** Stops taking requests, lets those in flight finish (up to the drain timeout), closes the database. */
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(retention);
      const stopped = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      const drained = Promise.allSettled([...inFlight]);
      const timedOut = new Promise((resolve) => setTimeout(resolve, drainTimeoutMs).unref());
      await Promise.race([drained, timedOut]);
      server.closeAllConnections();
      await stopped;
      await db.close();
      log.info('stopped');
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startLedger>>} Ledger */

/** @param {string} text */
function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
