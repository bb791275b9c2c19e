// @ts-check
/**
 * What each route does: receipts in, a subject's receipts out, erasure, the export, health
 * and metrics. Routing, limits and shutdown live in server/ledger-server.js.
 */
import { checkContentType, MAX_BODY_BYTES, readText } from './body.js';
import { checkOrigin, preflightHeaders } from './cors.js';
import { CSV_HEADER, toCsvRows } from '../receipt/export-format.js';
import { describeValue, UUID_V4, validateReceipt } from '../receipt/validate.js';
import { parseExportQuery } from './query.js';
import { JSON_TYPE, send, sendError, sendJson, startStream } from './reply.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @typedef {object} HandlerContext
 * @property {import('../store/ledger-store.js').LedgerStore} store
 * @property {import('../store/database.js').Database} db
 * @property {readonly string[]} origins
 * @property {(address: string) => string | null} keepAddress
 * @property {number} bodyTimeoutMs
 * @property {import('../ops/metrics.js').Metrics} metrics
 * @property {import('../ops/log.js').Logger} log
 */

/** @param {HandlerContext} ctx */
export function createHandlers({ store, db, origins, keepAddress, bodyTimeoutMs, metrics, log }) {
  /**
   * The CORS decision for a page-facing path; answers 403 itself when the origin is refused.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} methods What a preflight may offer.
   * @returns {Record<string, string> | null} The headers to add, or null when answered.
   */
  function cors(req, res, methods) {
    const { allowed, headers } = checkOrigin(req.headers.origin, origins);
    if (!allowed) {
      sendError(res, 403, `origin: expected one of ${origins.join(', ')}, got ${describeValue(req.headers.origin)}`, headers);
      return null;
    }
    if (req.method === 'OPTIONS') {
      send(res, 204, { ...headers, ...preflightHeaders(methods) });
      return null;
    }
    return headers;
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} address
   */
  async function postRecord(req, res, address) {
    const headers = cors(req, res, 'POST, OPTIONS');
    if (!headers) return;
    const typeProblem = checkContentType(req.headers['content-type']);
    if (typeProblem) return sendError(res, 415, typeProblem, headers);
    const body = await readText(req, { timeoutMs: bodyTimeoutMs });
    // Closing the connection stops a client still streaming an oversized or trickling body.
    if ('tooLarge' in body) return sendError(res, 413, `body: expected at most ${MAX_BODY_BYTES} bytes`, { ...headers, connection: 'close' });
    if ('tooSlow' in body) return sendError(res, 408, `body: expected the whole body within ${bodyTimeoutMs} ms`, { ...headers, connection: 'close' });
    if ('error' in body) return sendError(res, 400, body.error, headers);

    let parsed;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      metrics.receipt('invalid');
      return sendError(res, 400, `body: expected JSON, got ${describeValue(body.text)}`, headers);
    }
    const checked = validateReceipt(parsed, Date.now());
    if ('error' in checked) {
      metrics.receipt('invalid');
      return sendError(res, 400, checked.error, headers);
    }
    let result;
    try {
      result = await store.append(checked.receipt, keepAddress(address));
    } catch (error) {
      metrics.receipt('failed');
      log.error('could not store a receipt', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      // 5xx tells a fetch-based sender to keep the receipt and try again later.
      return sendError(res, 503, 'storage: the receipt could not be written; try again later', { ...headers, 'retry-after': '60' });
    }
    metrics.receipt(result);
    if (result === 'conflict') {
      return sendError(res, 409, 'record: another choice with this id and updatedAt is already stored; a new choice needs a new updatedAt', headers);
    }
    // Stored now or already stored: either way the sender may forget it.
    send(res, 204, headers);
  }

  /**
   * @param {string} consentId
   * @param {ServerResponse} res
   * @returns {consentId is string}
   */
  function checkConsentId(consentId, res) {
    if (UUID_V4.test(consentId)) return true;
    sendError(res, 400, `consentId: expected a lowercase UUID v4, got ${describeValue(consentId)}`);
    return false;
  }

  /**
   * Access and portability (GDPR Art. 15, 20): readable by the allowed sites' pages, so the
   * preference centre can offer the download.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} consentId
   */
  async function getSubject(req, res, consentId) {
    const headers = cors(req, res, 'GET, OPTIONS');
    if (!headers) return;
    if (!UUID_V4.test(consentId)) return sendError(res, 400, `consentId: expected a lowercase UUID v4, got ${describeValue(consentId)}`, headers);
    const { receipts, heads } = await store.subject(consentId);
    if (receipts.length === 0) return sendError(res, 404, `consentId: no receipts stored for ${consentId}`, headers);
    sendJson(res, 200, { consentId, receipts, heads, proof: PROOF_HELP }, { ...headers, 'content-disposition': `attachment; filename="consent-${consentId}.json"` });
  }

  /**
   * Erasure (GDPR Art. 17); the caller has checked the token.
   * @param {ServerResponse} res
   * @param {string} consentId
   */
  async function deleteSubject(res, consentId) {
    if (!checkConsentId(consentId, res)) return;
    const erased = await store.erase(consentId);
    if (erased === 0) return sendError(res, 404, `consentId: no receipts stored for ${consentId}`);
    log.info('erased a subject', { receipts: erased });
    sendJson(res, 200, { erased });
  }

  /**
   * Every receipt for a regulator, streamed a page at a time; the caller has checked the token.
   * @param {URL} url
   * @param {ServerResponse} res
   */
  async function exportRecords(url, res) {
    const query = parseExportQuery(url.searchParams);
    if ('error' in query) return sendError(res, 400, query.error);
    const csv = query.format === 'csv';
    startStream(res, {
      'content-type': csv ? 'text/csv; charset=utf-8; header=present' : JSON_TYPE,
      'content-disposition': `attachment; filename="consent-receipts.${query.format}"`,
    });
    res.write(csv ? CSV_HEADER : '[');
    let first = true;
    for await (const page of store.exportPages(query)) {
      const text = csv ? toCsvRows(page) : (first ? '' : ',') + page.map((entry) => JSON.stringify(entry)).join(',');
      first = false;
      // Wait for the client to take each page: a slow reader must not make us buffer them all.
      if (!res.write(text)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end(csv ? '' : ']');
  }

  /** @param {ServerResponse} res */
  async function health(res) {
    try {
      sendJson(res, 200, { status: 'ok', engine: db.engine, receipts: await store.count() });
    } catch {
      sendJson(res, 503, { status: 'unavailable', engine: db.engine });
    }
  }

  /** @param {ServerResponse} res */
  async function renderMetrics(res) {
    const storedReceipts = await store.count();
    send(res, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }, metrics.render({ storedReceipts, engine: db.engine }));
  }

  return { postRecord, getSubject, deleteSubject, exportRecords, health, renderMetrics };
}

/** How to check a downloaded record against the ledger, in the download itself. */
const PROOF_HELP =
  'Each receipt is sealed in its site\'s hash chain: contentDigest = sha256(salt + "\\n" + JSON of the receipt as stored); ' +
  'hash = sha256 of the lines "consentry-ledger/1", prevHash, site, seq, kind, receivedAt, contentDigest joined by "\\n". ' +
  'heads gives the newest entry of each chain when this was read.';
