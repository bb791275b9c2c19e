// @ts-check
/**
 * The checks every request gets, in order, before its handler runs: a target that is a URL, a
 * known path, an offered method, not shutting down, only the parameters the path takes, the
 * client's rate, the token. Pages' requests carry CORS headers from the start, so a page can
 * read even the errors answered here (a 429 most of all).
 */
import { authProblem } from './auth.js';
import { clientAddress, clientKey } from './client-address.js';
import { checkOrigin } from './cors.js';
import { paramsProblem } from './query.js';
import { sendError } from './reply.js';
import { ASSETS, isAdmin, isInsights, matchRoute, parseTarget, ROUTES, SUBJECTS } from './routes.js';
import { describeValue } from '../receipt/validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./routes.js').Route} Route */

/**
 * @typedef {object} RouterContext
 * @property {ReturnType<typeof import('./handlers.js').createHandlers>} handlers
 * @property {readonly string[]} origins
 * @property {string | undefined} token
 * @property {boolean} trustProxy
 * @property {((client: string) => { allowed: true } | { allowed: false, retryAfterSeconds: number }) | null} limit
 * @property {number} perMinute For the 429 message.
 * @property {() => boolean} closing
 * @property {import('../ops/metrics.js').Metrics} metrics
 */

/**
 * @param {RouterContext} ctx
 * @returns {(req: IncomingMessage, res: ServerResponse) => Promise<Route | null>} Answers the
 *   request; resolves with its route (for logs and metrics: never the path, which may hold a consent id).
 */
export function createRouter({ handlers, origins, token, trustProxy, limit, perMinute, closing, metrics }) {
  return async (req, res) => {
    const url = parseTarget(req.url);
    const route = url ? matchRoute(url.pathname) : null;
    if (!isAdmin(route, req.method) && !isInsights(route)) {
      for (const [name, value] of Object.entries(checkOrigin(req.headers.origin, origins).headers)) res.setHeader(name, value);
    }
    if (!url) {
      sendError(res, 400, `request target: expected a path such as /records, got ${describeValue(req.url)}`);
      return null;
    }
    if (!route) {
      sendError(res, 404, `${describeValue(url.pathname)}: not found; expected /records, /events, /subjects/:consentId, /export, /health, /metrics, /insights or /insights.json`);
      return null;
    }
    const { methods, params } = ROUTES[route];
    if (!methods.includes(req.method ?? '')) {
      sendError(res, 405, `${req.method} ${route}: method not allowed; expected ${methods.join(' or ')}`, { allow: methods.join(', ') });
      return route;
    }
    if (closing()) {
      sendError(res, 503, 'ledger: shutting down; try again', { connection: 'close', 'retry-after': '5' });
      return route;
    }
    // A preflight carries the query of the request it asks for; a DELETE takes none.
    const problem = route === '/export' ? null : paramsProblem(url.searchParams, req.method === 'DELETE' ? [] : params);
    if (problem) {
      sendError(res, 400, problem);
      return route;
    }
    const address = clientAddress(req, trustProxy);
    // The operator's scraper is not a client to slow down; everything else is.
    if (limit && route !== '/metrics') {
      const verdict = limit(clientKey(address));
      if (!verdict.allowed) {
        metrics.rateLimited();
        sendError(res, 429, `rate limit: expected at most ${perMinute} requests a minute from one client; try again in ${verdict.retryAfterSeconds} s`, {
          'retry-after': String(verdict.retryAfterSeconds),
        });
        return route;
      }
    }
    if (isAdmin(route, req.method)) {
      const denied = authProblem(req.headers.authorization, token);
      if (denied) {
        sendError(res, 401, denied, { 'www-authenticate': 'Bearer realm="consentry-ledger"' });
        return route;
      }
    }
    const consentId = decodeURIComponentSafe(url.pathname.slice(SUBJECTS.length));
    if (route === '/records') await handlers.postRecord(req, res, address);
    else if (route === '/events') await handlers.postEvent(req, res);
    else if (route === '/insights') await handlers.insightsPage(req, res, url);
    else if (route === '/insights.json') await handlers.insightsJson(req, res, url);
    else if (route === '/insights/login') await handlers.insightsLogin(req, res, url);
    else if (route === '/insights/logout') handlers.insightsLogout(res);
    else if (route === '/insights/assets/:file') await handlers.insightsAsset(res, url.pathname.slice(ASSETS.length));
    else if (route === '/subjects/:consentId') await (req.method === 'DELETE' ? handlers.deleteSubject(res, consentId) : handlers.getSubject(req, res, consentId, url.searchParams));
    else if (route === '/export') await handlers.exportRecords(url, res);
    else if (route === '/metrics') await handlers.renderMetrics(res);
    else await handlers.health(res);
    return route;
  };
}

/** @param {string} text */
function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
