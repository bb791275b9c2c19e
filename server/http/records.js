// @ts-check
/**
 * `POST /records`: a receipt in. Read within the limits, parsed, checked (receipt/validate.js),
 * refused unless its page is on one of the ledger's own sites, then stored once.
 */
import { readJsonPost } from './json-post.js';
import { send, sendError, sendUnavailable } from './reply.js';
import { siteOf } from '../store/entries.js';
import { describeValue, listed, validateReceipt } from '../receipt/validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {import('./handlers.js').HandlerContext} ctx
 * @returns {(req: IncomingMessage, res: ServerResponse, address: string) => Promise<void>}
 */
export function createPostRecord({ store, origins, pageAccess, keepAddress, bodyTimeoutMs, metrics, log }) {
  return async (req, res, address) => {
    const posted = await readJsonPost(req, res, { pageAccess, bodyTimeoutMs, invalid: () => metrics.receipt('invalid') });
    if (!posted) return;
    const checked = validateReceipt(posted.json, Date.now());
    if ('error' in checked) {
      metrics.receipt('invalid');
      return sendError(res, 400, checked.error);
    }
    // Whatever Origin says (a server can send any, a beacon none): the page must be ours.
    if (origins.length && !origins.includes(siteOf(checked.receipt))) {
      metrics.receipt('invalid');
      return sendError(res, 403, `url: expected a page on ${listed(origins)}, got ${describeValue(checked.receipt.url)}`);
    }
    let result;
    try {
      result = await store.append(checked.receipt, keepAddress(address));
    } catch (error) {
      metrics.receipt('failed');
      log.error('could not store a receipt', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      // 5xx tells a fetch-based sender to keep the receipt and try again later.
      return sendUnavailable(res, 'storage: the receipt could not be written; try again later');
    }
    if (typeof result === 'object') {
      metrics.receipt('refused');
      return sendError(res, 409, result.refused);
    }
    metrics.receipt(result);
    if (result === 'conflict') {
      return sendError(res, 409, 'record: another choice with this id and updatedAt is already stored; a new choice needs a new updatedAt');
    }
    // Stored now or already stored: either way the sender may forget it.
    send(res, 204);
  };
}
