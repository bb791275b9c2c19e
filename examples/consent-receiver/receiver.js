// @ts-check
/**
 * The receiver's HTTP server: routes `POST /records`, `GET /export` and `GET /health` to the
 * validator, the log and the exporter. It holds no consent logic of its own.
 */
import { createServer } from 'node:http';
import { checkContentType, MAX_BODY_BYTES, readText } from './body.js';
import { checkOrigin, parseOrigins, PREFLIGHT_HEADERS } from './cors.js';
import { parseExportQuery, selectEntries, toCsv, toJson } from './export.js';
import { openReceiptLog } from './receipt-log.js';
import { describeValue, validateReceipt } from './validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @typedef {object} ReceiverOptions
 * @property {number} [port] 0 picks a free port (tests).
 * @property {string} [host] Interface to listen on; loopback unless told otherwise.
 * @property {string} dataDir Where `receipts.jsonl` lives.
 * @property {readonly string[]} [allowedOrigins] Origins whose pages may post; empty means any.
 * @property {(message: string) => void} [warn]
 */

/**
 * @typedef {object} Receiver
 * @property {string} url `http://host:port`, without a trailing slash.
 * @property {number} port
 * @property {() => Promise<void>} close Stops listening and waits for pending writes.
 */

const ROUTES = {
  '/records': ['POST', 'OPTIONS'],
  '/export': ['GET', 'HEAD'],
  '/health': ['GET', 'HEAD'],
};

// Answers are data, never pages: no sniffing them into HTML, no caching of receipts.
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} [headers]
 * @param {string} [body]
 */
function send(res, status, headers = {}, body) {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end(body);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} error
 * @param {Record<string, string>} [headers]
 */
const sendError = (res, status, error, headers = {}) =>
  send(res, status, { ...headers, 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error }));

/**
 * Starts the receiver and resolves once it listens.
 * @param {ReceiverOptions} options
 * @returns {Promise<Receiver>}
 */
export async function startReceiver({ port = 8787, host = '127.0.0.1', dataDir, allowedOrigins = [], warn = console.warn }) {
  const origins = parseOrigins(allowedOrigins);
  const log = await openReceiptLog(dataDir, { warn });

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  async function postRecord(req, res) {
    const { allowed, headers } = checkOrigin(req.headers.origin, origins);
    if (!allowed) return sendError(res, 403, `origin: expected one of ${origins.join(', ')}, got ${describeValue(req.headers.origin)}`, headers);
    if (req.method === 'OPTIONS') return send(res, 204, { ...headers, ...PREFLIGHT_HEADERS });

    const typeProblem = checkContentType(req.headers['content-type']);
    if (typeProblem) return sendError(res, 415, typeProblem, headers);
    const body = await readText(req);
    // Closing the connection stops a client still streaming an oversized body.
    if ('tooLarge' in body) return sendError(res, 413, `body: expected at most ${MAX_BODY_BYTES} bytes`, { ...headers, connection: 'close' });
    if ('error' in body) return sendError(res, 400, body.error, headers);

    let parsed;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      return sendError(res, 400, `body: expected JSON, got ${describeValue(body.text)}`, headers);
    }
    const checked = validateReceipt(parsed, Date.now());
    if ('error' in checked) return sendError(res, 400, checked.error, headers);

    let result;
    try {
      result = await log.append(checked.receipt);
    } catch (error) {
      warn(`consent-receiver: could not write a receipt: ${error}`);
      // 5xx tells a fetch-based sender to keep the receipt and try again later.
      return sendError(res, 503, 'storage: the receipt could not be written; try again later', { ...headers, 'retry-after': '60' });
    }
    if (result === 'conflict') {
      return sendError(res, 409, 'record: another choice with this id and updatedAt is already stored; a new choice needs a new updatedAt', headers);
    }
    // Stored now or already stored: either way the sender may forget it.
    send(res, 204, headers);
  }

  /**
   * @param {URL} url
   * @param {ServerResponse} res
   */
  function exportRecords(url, res) {
    const query = parseExportQuery(url.searchParams);
    if ('error' in query) return sendError(res, 400, query.error);
    const entries = selectEntries(log.entries(), query);
    const csv = query.format === 'csv';
    send(
      res,
      200,
      {
        'content-type': csv ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="consent-receipts.${query.format}"`,
      },
      csv ? toCsv(entries) : toJson(entries),
    );
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://receiver');
    const path = /** @type {keyof typeof ROUTES} */ (url.pathname);
    const methods = Object.hasOwn(ROUTES, path) ? ROUTES[path] : null;
    if (!methods) return sendError(res, 404, `${describeValue(url.pathname)}: not found; expected /records, /export or /health`);
    if (!methods.includes(req.method ?? '')) {
      return sendError(res, 405, `${req.method} ${url.pathname}: method not allowed; expected ${methods.join(' or ')}`, { allow: methods.join(', ') });
    }
    if (path === '/records') return postRecord(req, res);
    if (path === '/export') return exportRecords(url, res);
    send(res, 200, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ status: 'ok', receipts: log.entries().length }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      warn(`consent-receiver: ${req.method} ${req.url}: ${error?.stack ?? error}`);
      if (!res.headersSent) sendError(res, 500, 'internal error');
      else res.destroy();
    });
  });
  // A receipt is a few hundred bytes: a request still arriving after 15 s is not a browser.
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeIdleConnections();
      });
      await log.close();
    },
  };
}
