// @ts-check
/**
 * Consentry on a Node server: middleware with Express's signature `(req, res, next)`, which
 * plain `node:http`, Connect and Express all call. For each request it reads the visitor's
 * choice, region and Global Privacy Control into `res.locals.consentry` for the page to
 * render with, and on a page navigation it re-issues the consent cookie from the server, so
 * Safari's 7-day cap on cookies written by script never applies (docs/express.md).
 */
import { consentCookie, gpcFromHeaders, readConsent, regionFromHeaders } from 'consentry/server';
import { isPageNavigation } from './page-navigation.js';

/**
 * @typedef {import('consentry/server').ConsentRecord} ConsentRecord
 * @typedef {{ record: ConsentRecord | null, region: string | undefined, gpc: boolean }} ConsentState
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse & { locals?: Record<string, unknown> }} Response
 */

/**
 * @param {import('consentry/server').Config} config the config the site's pages use
 * @param {{ regionHeaders?: readonly import('consentry/server').RegionHeader[] }} [options]
 *   `regionHeaders`: only your host's geo headers (recommended: the others are anyone's to send)
 * @returns {(req: Request, res: Response, next: () => void) => void}
 */
export function consentry(config, { regionHeaders } = {}) {
  return (req, res, next) => {
    const record = readConsent(req.headers.cookie, { config });
    /** @type {ConsentState} */
    const state = { record, region: regionFromHeaders(req.headers, regionHeaders), gpc: gpcFromHeaders(req.headers) };
    (res.locals ??= {}).consentry = state;
    const cookie = record && isPageNavigation(req.method, (name) => req.headers[name]?.toString()) && consentCookie(record, { config, secure: isHttps(req) });
    // Appended, so the app's own cookies (Express's res.cookie() appends too) stay.
    if (cookie) res.appendHeader('set-cookie', cookie);
    next();
  };
}

/** Served over https: directly, or behind a proxy that says so. */
const isHttps = (/** @type {Request} */ req) => ('encrypted' in req.socket && !!req.socket.encrypted) || /^https\b/.test(req.headers['x-forwarded-proto']?.toString() ?? '');
