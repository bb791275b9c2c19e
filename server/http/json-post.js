// @ts-check
/**
 * The first half of every `POST` a page sends (a receipt, a banner event): the page's access
 * and CORS, the content type, the body within its size and time limits, and JSON. Each
 * refusal is answered here; the caller judges only what the JSON says.
 */
import { checkContentType, MAX_BODY_BYTES, readText } from './body.js';
import { sendError } from './reply.js';
import { describeValue } from '../receipt/validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {{ pageAccess: import('./handlers.js').HandlerContext['pageAccess'], bodyTimeoutMs: number, invalid: () => void }} options
 *   `invalid` counts a body that is not JSON (the caller's metric).
 * @returns {Promise<{ json: unknown } | undefined>} The parsed body, or `undefined` once answered.
 */
export async function readJsonPost(req, res, { pageAccess, bodyTimeoutMs, invalid }) {
  if (!pageAccess(req, res, 'POST, OPTIONS')) return;
  const typeProblem = checkContentType(req.headers['content-type']);
  if (typeProblem) return void sendError(res, 415, typeProblem);
  const body = await readText(req, { timeoutMs: bodyTimeoutMs });
  // Closing the connection stops a client still streaming an oversized or trickling body.
  if ('tooLarge' in body) return void sendError(res, 413, `body: expected at most ${MAX_BODY_BYTES} bytes`, { connection: 'close' });
  if ('tooSlow' in body) return void sendError(res, 408, `body: expected the whole body within ${bodyTimeoutMs} ms`, { connection: 'close' });
  if ('error' in body) return void sendError(res, 400, body.error);
  try {
    return { json: JSON.parse(body.text) };
  } catch {
    invalid();
    return void sendError(res, 400, `body: expected JSON, got ${describeValue(body.text)}`);
  }
}
