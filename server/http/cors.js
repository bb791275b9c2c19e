// @ts-check
/**
 * Which pages may post receipts, and the CORS headers that tell their browsers so. CORS only
 * decides what a page may *read*: `sendBeacon` and `no-cors` requests are delivered whatever
 * the headers say, so an origin outside the list is refused here, not merely left unanswered.
 */

/**
 * @typedef {object} OriginCheck
 * @property {boolean} allowed
 * @property {Record<string, string>} headers
 */

/**
 * Canonical origins (`https://example.com`) from a configured list.
 * @param {readonly string[]} list
 * @throws {Error} when an entry is not an http(s) origin, so a typo fails at start, not silently.
 */
export function parseOrigins(list) {
  return list.map((entry) => {
    let url;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
      throw new Error(`consentry-ledger: ALLOWED_ORIGINS: expected origins such as https://example.com, got ${JSON.stringify(entry)}`);
    }
    return url.origin;
  });
}

/**
 * Decides on a request's `Origin` header. With no list every origin may post (`*`); with a
 * list, listed origins are echoed and others refused. A request without `Origin` is not a
 * cross-origin browser request (curl, a server): it is allowed, since any such client could
 * forge the header anyway.
 * @param {string | undefined} origin
 * @param {readonly string[]} allowedOrigins
 * @returns {OriginCheck}
 */
export function checkOrigin(origin, allowedOrigins) {
  if (allowedOrigins.length === 0) return { allowed: true, headers: { 'access-control-allow-origin': '*' } };
  // The answer depends on Origin, so caches must key on it.
  const vary = { vary: 'Origin' };
  if (origin === undefined) return { allowed: true, headers: vary };
  if (!allowedOrigins.includes(origin)) return { allowed: false, headers: vary };
  return { allowed: true, headers: { ...vary, 'access-control-allow-origin': origin } };
}

/**
 * What a preflight (`OPTIONS`) answers for a permitted origin; cached by the browser for a day.
 * @param {string} methods The methods the path offers a page, e.g. `POST, OPTIONS`.
 */
export const preflightHeaders = (methods) => ({
  'access-control-allow-methods': methods,
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
});
