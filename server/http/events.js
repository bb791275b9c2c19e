// @ts-check
/**
 * `POST /events`: an anonymous banner event in (SPEC 12), under the same rules as a receipt:
 * the same content types, size and time limits, CORS and origins, then checked exactly
 * (insights/event.js), refused unless its page is on one of the ledger's own sites, and
 * added to the day's counters. Nothing of the request is kept but those counters.
 */
import { readJsonPost } from './json-post.js';
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
    const posted = await readJsonPost(req, res, { pageAccess, bodyTimeoutMs, invalid: () => metrics.event('invalid') });
    if (!posted) return;
    const checked = validateEvent(posted.json);
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
