// @ts-check
/**
 * The part of CORS a handler decides: refusing a page whose origin is not allowed (403, since
 * `sendBeacon` and `no-cors` requests are delivered whatever the headers say) and answering a
 * preflight. The headers themselves are set by the router on every page-facing answer.
 */
import { checkOrigin, preflightHeaders } from './cors.js';
import { send, sendError } from './reply.js';
import { describeValue } from '../receipt/validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {readonly string[]} origins
 * @returns {(req: IncomingMessage, res: ServerResponse, methods: string) => boolean} True when
 *   the handler goes on; false when the request was answered here.
 */
export function createPageAccess(origins) {
  return (req, res, methods) => {
    if (!checkOrigin(req.headers.origin, origins).allowed) {
      sendError(res, 403, `origin: expected one of ${origins.join(', ')}, got ${describeValue(req.headers.origin)}`);
      return false;
    }
    if (req.method === 'OPTIONS') {
      send(res, 204, preflightHeaders(methods));
      return false;
    }
    return true;
  };
}
