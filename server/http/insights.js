// @ts-check
/**
 * The insights, read: `GET /insights.json` (the figures), `GET /insights` (the dashboard, or
 * its sign-in form), `POST /insights/login` and `/insights/logout`, and the dashboard's own
 * files under `/insights/assets/` (its script and stylesheet, and uPlot, served from here:
 * the page loads nothing from anywhere else). Reading needs the token or a session
 * (insights-access.js); the files do not, they hold no data.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readText } from './body.js';
import { insightsAuthProblem, isToken, signIn, signOut } from './insights-access.js';
import { send, sendError, sendJson, sendUnavailable } from './reply.js';
import { dashboardPage } from '../insights/dashboard-page.js';
import { PAGE_HEADERS, signInPage } from '../insights/page.js';
import { parseInsightsQuery } from '../insights/query.js';
import { chooseSite, dashboardReport, insightsReport } from '../insights/report.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

const uplot = createRequire(import.meta.url).resolve('uplot/dist/uPlot.iife.min.js');
/** The only files `/insights/assets/` serves: name → where it is and its type. */
const ASSETS = /** @type {Record<string, [string, string]>} */ ({
  'dashboard.js': [fileURLToPath(new URL('../insights/assets/dashboard.js', import.meta.url)), 'text/javascript; charset=utf-8'],
  'dashboard.css': [fileURLToPath(new URL('../insights/assets/dashboard.css', import.meta.url)), 'text/css; charset=utf-8'],
  'favicon.svg': [fileURLToPath(new URL('../insights/assets/favicon.svg', import.meta.url)), 'image/svg+xml'],
  'uPlot.iife.min.js': [uplot, 'text/javascript; charset=utf-8'],
  'uPlot.min.css': [uplot.replace(/uPlot\.iife\.min\.js$/, 'uPlot.min.css'), 'text/css; charset=utf-8'],
});
/** A token and a few parameters; nothing longer is a sign-in. */
const MAX_FORM_BYTES = 1024;

/** @param {import('./handlers.js').HandlerContext} ctx */
export function createInsights({ store, token, log }) {
  /** @type {Map<string, Promise<Buffer>>} */
  const files = new Map();

  /**
   * The request's query, its site resolved; or answered with a 400.
   * @param {URLSearchParams} params
   * @param {ServerResponse} res
   * @param {boolean} anySite The dashboard shows the first of several sites; the JSON asks which.
   */
  async function resolveQuery(params, res, anySite) {
    const query = parseInsightsQuery(params, Date.now());
    if ('error' in query) return void sendError(res, 400, query.error);
    const sites = await store.sites();
    const site = chooseSite(sites, query.site ?? (anySite ? sites[0] : undefined));
    if (site !== null && typeof site === 'object') return void sendError(res, 400, site.error);
    return { ...query, site, sites };
  }

  /**
   * Answers a failed read: the database did not answer.
   * @param {ServerResponse} res
   * @param {unknown} error
   */
  function unavailable(res, error) {
    log.error('could not read the insights', { error: String(/** @type {Error} */ (error)?.message ?? error) });
    sendUnavailable(res, 'storage: the database did not answer; try again later');
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} url
   */
  async function json(req, res, url) {
    const denied = insightsAuthProblem(req, token, Date.now());
    if (denied) return sendError(res, 401, denied, { 'www-authenticate': 'Bearer realm="consentry-ledger"' });
    try {
      const query = await resolveQuery(url.searchParams, res, false);
      if (query) sendJson(res, 200, await insightsReport(store, query));
    } catch (error) {
      unavailable(res, error);
    }
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} url
   */
  async function page(req, res, url) {
    if (insightsAuthProblem(req, token, Date.now())) {
      const problem = token === undefined ? 'This ledger has no LEDGER_TOKEN, so its insights are closed: set one and restart it.' : undefined;
      return send(res, 401, PAGE_HEADERS, String(signInPage({ search: url.search, problem })));
    }
    try {
      const query = await resolveQuery(url.searchParams, res, true);
      if (query) send(res, 200, PAGE_HEADERS, String(dashboardPage(await dashboardReport(store, query))));
    } catch (error) {
      unavailable(res, error);
    }
  }

  /**
   * The sign-in form's answer: a session and back to the dashboard, or the form again.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} url
   */
  async function login(req, res, url) {
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') return sendError(res, 415, `content-type: expected application/x-www-form-urlencoded, got ${JSON.stringify(req.headers['content-type'] ?? '')}`);
    const body = await readText(req, { limit: MAX_FORM_BYTES });
    if ('tooLarge' in body) return sendError(res, 413, `body: expected at most ${MAX_FORM_BYTES} bytes`, { connection: 'close' });
    if (!('text' in body)) return sendError(res, 400, 'body: expected a form');
    const typed = new URLSearchParams(body.text).get('token') ?? '';
    if (!isToken(typed, token)) {
      const problem = token === undefined ? 'This ledger has no LEDGER_TOKEN, so its insights are closed.' : 'That is not this ledger’s token.';
      return send(res, 401, PAGE_HEADERS, String(signInPage({ search: url.search, problem })));
    }
    // The router has checked the parameters' names; the values go back as they came.
    send(res, 303, { location: `/insights${url.search}`, 'set-cookie': signIn(/** @type {string} */ (token), Date.now(), req.headers.host) });
  }

  /** @param {ServerResponse} res */
  const logout = (res) => send(res, 303, { location: '/insights', 'set-cookie': signOut() });

  /**
   * @param {ServerResponse} res
   * @param {string} name
   */
  async function asset(res, name) {
    const known = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
    if (!known) return sendError(res, 404, `${JSON.stringify(name.slice(0, 40))}: not found; expected ${Object.keys(ASSETS).join(', ')}`);
    const [path, type] = known;
    let loading = files.get(name);
    if (!loading) files.set(name, (loading = readFile(path)));
    try {
      send(res, 200, { 'content-type': type }, /** @type {any} */ (await loading));
    } catch (error) {
      files.delete(name);
      log.error('could not read a dashboard file', { file: name, error: String(error) });
      sendError(res, 500, 'internal error');
    }
  }

  return { insightsJson: json, insightsPage: page, insightsLogin: login, insightsLogout: logout, insightsAsset: asset };
}
