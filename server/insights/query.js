// @ts-check
/**
 * The parameters of an insights request (`GET /insights`, `GET /insights.json` and
 * `consentry-ledger insights`): a site, a range of whole UTC days (both included) and a
 * breakdown. Strict: a bad value is an error naming it, never silently replaced.
 */
import { describeValue, listed } from '../receipt/validate.js';

export const BREAKDOWNS = ['day', 'week', 'language', 'region', 'revision', 'device', 'mode', 'gpc'];
/** @typedef {'day' | 'week' | 'language' | 'region' | 'revision' | 'device' | 'mode' | 'gpc'} Breakdown */
/** Without `from`, the 30 days up to `to`. */
export const DEFAULT_DAYS = 30;
/** Three years and a day or so: bounds what one request reads. */
export const MAX_DAYS = 1100;
const DAY_MS = 86_400_000;

/**
 * @typedef {object} InsightsQuery
 * @property {string} [site] An origin such as https://example.com.
 * @property {string} from YYYY-MM-DD
 * @property {string} to YYYY-MM-DD, included.
 * @property {Breakdown} by
 */

/** @param {string} day */
const dayMs = (day) => Date.parse(day + 'T00:00:00Z');
/** @param {number} ms */
export const dayOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * @param {string} name
 * @param {string} value
 * @returns {string | { error: string }}
 */
function day(name, value) {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayMs(value) : NaN;
  // Date.parse rolls 2026-02-30 over into March; a real day keeps its number.
  if (Number.isNaN(ms) || dayOf(ms) !== value) return { error: `${name}: expected a day such as 2026-06-01, got ${describeValue(value)}` };
  return value;
}

/**
 * @param {{ get(name: string): string | null }} params
 * @param {number} now The server's clock, in milliseconds.
 * @returns {InsightsQuery | { error: string }}
 */
export function parseInsightsQuery(params, now) {
  /** @type {Partial<InsightsQuery>} */
  const query = {};
  const site = params.get('site');
  if (site !== null && site !== '') {
    let origin = null;
    try {
      origin = new URL(site).origin;
    } catch {}
    if (origin !== site || !/^https?:/.test(site)) return { error: `site: expected an origin such as https://example.com, got ${describeValue(site)}` };
    query.site = site;
  }
  const to = params.get('to') ? day('to', /** @type {string} */ (params.get('to'))) : dayOf(now);
  if (typeof to !== 'string') return to;
  const from = params.get('from') ? day('from', /** @type {string} */ (params.get('from'))) : dayOf(dayMs(to) - (DEFAULT_DAYS - 1) * DAY_MS);
  if (typeof from !== 'string') return from;
  if (from > to) return { error: `from: expected a day not after to (${to}), got ${describeValue(from)}` };
  if ((dayMs(to) - dayMs(from)) / DAY_MS + 1 > MAX_DAYS) return { error: `from: expected at most ${MAX_DAYS} days before to, got ${describeValue(from)}` };
  const by = params.get('by') || 'day';
  if (!BREAKDOWNS.includes(by)) return { error: `by: expected ${listed(BREAKDOWNS.map((b) => JSON.stringify(b)))}, got ${describeValue(by)}` };
  return { ...query, from, to, by: /** @type {Breakdown} */ (by) };
}

/**
 * The periods of a time breakdown, in order: every day, or the Monday of every week, that
 * the range touches (so a chart's axis has no holes where nothing was counted).
 * @param {string} from
 * @param {string} to
 * @param {'day' | 'week'} by
 */
export function periods(from, to, by) {
  const keys = [];
  let ms = dayMs(from);
  // getUTCDay: Sunday 0; weeks start on Monday, as date_trunc('week') has them.
  if (by === 'week') ms -= ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
  for (; ms <= dayMs(to); ms += (by === 'week' ? 7 : 1) * DAY_MS) keys.push(dayOf(ms));
  return keys;
}
