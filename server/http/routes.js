// @ts-check
/**
 * The ledger's paths, the methods each offers, the parameters each takes, and which requests
 * are the operator's (token, no CORS) rather than pages'. Data and pure lookups only.
 */

export const ROUTES = {
  '/records': { methods: ['POST', 'OPTIONS'], params: [] },
  '/events': { methods: ['POST', 'OPTIONS'], params: [] },
  '/subjects/:consentId': { methods: ['GET', 'DELETE', 'OPTIONS'], params: ['page'] },
  '/export': { methods: ['GET'], params: ['format', 'from', 'to', 'id'] },
  '/health': { methods: ['GET'], params: [] },
  '/metrics': { methods: ['GET'], params: [] },
  '/insights': { methods: ['GET'], params: ['site', 'from', 'to'] },
  '/insights.json': { methods: ['GET'], params: ['site', 'from', 'to', 'by'] },
  '/insights/login': { methods: ['POST'], params: ['site', 'from', 'to'] },
  '/insights/logout': { methods: ['POST'], params: [] },
  '/insights/assets/:file': { methods: ['GET'], params: [] },
};
/** @typedef {keyof typeof ROUTES} Route */

export const SUBJECTS = '/subjects/';
export const ASSETS = '/insights/assets/';

/**
 * The route a path belongs to, or null.
 * @param {string} path
 * @returns {Route | null}
 */
export const matchRoute = (path) =>
  path.startsWith(SUBJECTS) ? '/subjects/:consentId' : path.startsWith(ASSETS) ? '/insights/assets/:file' : Object.hasOwn(ROUTES, path) ? /** @type {Route} */ (path) : null;

/**
 * The operator's requests: they need the token, and pages get no CORS headers for them.
 * @param {Route | null} route
 * @param {string | undefined} method
 */
export const isAdmin = (route, method) => route === '/export' || route === '/metrics' || (route === '/subjects/:consentId' && method === 'DELETE');

/**
 * The insights and their dashboard: the operator's too (no CORS for pages), but they check
 * their own access, since a browser signs in with a form rather than a header.
 * @param {Route | null} route
 */
export const isInsights = (route) => route?.startsWith('/insights') ?? false;

/**
 * Where a request goes: the path and query of an origin-form target (`/records`) or of an
 * absolute-form one (`http://host/records`, RFC 9112 §3.2.2), or null for anything that is
 * not a URL (a port out of range, an unclosed IPv6 host): a 400, never a thrown error.
 * @param {string | undefined} target
 * @returns {URL | null}
 */
export function parseTarget(target) {
  try {
    return new URL(target ?? '', 'http://ledger');
  } catch {
    return null;
  }
}
