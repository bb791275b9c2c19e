// @ts-check
/**
 * `POST /events`: an anonymous banner event in (SPEC 12), under the same rules as a receipt:
 * the same content types, size and time limits, CORS and origins, then checked exactly
 * (insights/event.js), refused unless its page is on one of the ledger's own sites, and
 * added to the day's counters. Nothing of the request is kept but those counters.
 */
import { checkContentType, MAX_BODY_BYTES, readText } from './body.js';
import { send, sendError, sendUnavailable } from './reply.js';
import { validateEvent } from '../insights/event.js';
import { dayOf } from '../insights/query.js';
import { describeValue, listed } from '../receipt/validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {import('./handlers.js').HandlerContext} ctx
 * @returns {(req: IncomingMessage, res: ServerResponse) => Promise<void>}
 */
export function createPostEvent({ store, origins, pageAccess, bodyTimeoutMs, metrics, log }) {
  return async (req, res) => {
    if (!pageAccess(req, res, 'POST, OPTIONS')) return;
    const typeProblem = checkContentType(req.headers['content-type']);
    if (typeProblem) return sendError(res, 415, typeProblem);
    const body = await readText(req, { timeoutMs: bodyTimeoutMs });
    if ('tooLarge' in body) return sendError(res, 413, `body: expected at most ${MAX_BODY_BYTES} bytes`, { connection: 'close' });
    if ('tooSlow' in body) return sendError(res, 408, `body: expected the whole body within ${bodyTimeoutMs} ms`, { connection: 'close' });
    if ('error' in body) return sendError(res, 400, body.error);

    let parsed;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      metrics.event('invalid');
      return sendError(res, 400, `body: expected JSON, got ${describeValue(body.text)}`);
    }
    const checked = validateEvent(parsed);
    if ('error' in checked) {
      metrics.event('invalid');
      return sendError(res, 400, checked.error);
    }
    const site = new URL(checked.event.url).origin;
    // Whatever Origin says (a server can send any): the page must be ours.
    if (origins.length && !origins.includes(site)) {
      metrics.event('invalid');
      return sendError(res, 403, `url: expected a page on ${listed(origins)}, got ${describeValue(checked.event.url)}`);
    }
    try {
      // The server's day, in UTC: the event carries no time of its own.
      await store.countEvent(checked.event, site, dayOf(Date.now()));
    } catch (error) {
      metrics.event('failed');
      log.error('could not count an event', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      return sendUnavailable(res, 'storage: the event could not be counted; try again later');
    }
    metrics.event('counted');
    send(res, 204);
  };
}
