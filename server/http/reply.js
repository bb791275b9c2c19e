// @ts-check
/**
 * How the ledger answers: data, never pages. Every error is JSON `{ "error": "<path>: …" }`
 * naming the first problem found.
 */

/** @typedef {import('node:http').ServerResponse} ServerResponse */

// No sniffing answers into HTML, no caching of receipts anywhere on the way.
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} [headers]
 * @param {string} [body]
 */
export function send(res, status, headers = {}, body) {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end(body);
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
export const sendJson = (res, status, value, headers = {}) => send(res, status, { ...headers, 'content-type': JSON_TYPE }, JSON.stringify(value));

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} error
 * @param {Record<string, string>} [headers]
 */
export const sendError = (res, status, error, headers = {}) => sendJson(res, status, { error }, headers);

/**
 * Starts a streamed answer (an export): headers now, the body in parts.
 * @param {ServerResponse} res
 * @param {Record<string, string>} headers
 */
export const startStream = (res, headers) => res.writeHead(200, { ...BASE_HEADERS, ...headers });

/**
 * The database did not answer: a 503 the sender may retry (a browser keeps the receipt).
 * @param {ServerResponse} res
 * @param {string} error
 */
export const sendUnavailable = (res, error) => sendError(res, 503, error, { 'retry-after': '60' });
