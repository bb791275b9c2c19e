// @ts-check
/**
 * The insights of one site over a range of days, as `/insights.json`, the dashboard and the
 * terminal all give them: the totals, one breakdown, and the newest revision compared with
 * the one before it. Only figures leave here, the small-number rule already applied.
 */
import { emptyRaw, figuresOf, fold } from './figures.js';
import { periods } from './query.js';
import { compareRevisions } from './revisions.js';

/** @typedef {import('./figures.js').Figures} Figures */
/** @typedef {import('./query.js').InsightsQuery} InsightsQuery */
/** @typedef {import('./query.js').Breakdown} Breakdown */
/** @typedef {Pick<import('../store/counters.js').Counters, 'tally' | 'sites'>} CounterReads */
/** A query with its site chosen (null: nothing counted yet) and every site known. @typedef {Omit<InsightsQuery, 'site'> & { site: string | null, sites: string[] }} ResolvedQuery */

/**
 * @typedef {object} Report
 * @property {string | null} site
 * @property {string[]} sites Every site with counters.
 * @property {string} from
 * @property {string} to
 * @property {Breakdown} by
 * @property {string[]} categories
 * @property {Figures} totals
 * @property {(Figures & { key: string })[]} groups
 * @property {import('./revisions.js').RevisionComparison | null} revisions
 */

/**
 * Which site a request means: the one it names, the only one there is, or (with several and
 * none named) an error listing them; null when nothing has been counted yet.
 * @param {string[]} sites
 * @param {string | undefined} named
 * @returns {string | null | { error: string }}
 */
export function chooseSite(sites, named) {
  if (named !== undefined) return named;
  if (sites.length > 1) return { error: `site: expected one of ${sites.join(', ')}` };
  return sites[0] ?? null;
}

/**
 * The groups in reading order: every period for time, revisions by number, other values
 * most banner views first.
 * @param {Map<string, import('./figures.js').Raw>} raws
 * @param {Pick<InsightsQuery, 'from' | 'to' | 'by'>} query
 */
function orderedKeys(raws, { from, to, by }) {
  if (by === 'day' || by === 'week') return periods(from, to, by);
  const keys = [...raws.keys()];
  if (by === 'revision') return keys.sort((a, b) => Number(a) - Number(b));
  return keys.sort((a, b) => (raws.get(b)?.shown ?? 0) - (raws.get(a)?.shown ?? 0) || (a < b ? -1 : 1));
}

/**
 * Reads the counters of the site for one grouping, summed per group.
 * @param {CounterReads} counters
 * @param {{ site: string | null, from: string, to: string }} query
 * @param {import('../store/counters.js').Grouping} grouping
 */
const readGroups = async (counters, { site, from, to }, grouping) => (site === null ? new Map() : fold(await counters.tally({ site, from, to, by: grouping })));

/**
 * @param {Map<string, import('./figures.js').Raw>} raws
 * @param {Pick<InsightsQuery, 'from' | 'to' | 'by'>} query
 * @param {readonly string[]} categories
 */
const groupFigures = (raws, query, categories) => orderedKeys(raws, query).map((key) => ({ key, ...figuresOf(raws.get(key) ?? emptyRaw(), categories) }));

/**
 * What every report starts from: the totals (and so the categories) and the revisions.
 * @param {CounterReads} counters
 * @param {Omit<ResolvedQuery, 'sites'>} query
 */
async function basics(counters, query) {
  const totals = (await readGroups(counters, query, 'totals')).get('') ?? emptyRaw();
  // Every category any choice in the range named, so every group has the same columns.
  const categories = Object.keys(totals.categories).sort();
  const revisions = await readGroups(counters, query, 'revision');
  return { categories, totals: figuresOf(totals, categories), revisions };
}

/**
 * `/insights.json` and `consentry-ledger insights`: the totals and one breakdown.
 * @param {CounterReads} counters
 * @param {ResolvedQuery} query
 * @returns {Promise<Report>}
 */
export async function insightsReport(counters, query) {
  const { site, sites, from, to, by } = query;
  const { categories, totals, revisions } = await basics(counters, query);
  const groups = by === 'revision' ? revisions : await readGroups(counters, query, by);
  return { site, sites, from, to, by, categories, totals, groups: groupFigures(groups, query, categories), revisions: compareRevisions(revisions, categories) };
}

/** The dashboard shows days up to this many, weeks beyond. */
const MAX_DAYS_SHOWN = 92;
export const DASHBOARD_BREAKDOWNS = /** @type {const} */ (['language', 'region', 'revision', 'device']);

/**
 * The dashboard: the totals, over time (days, or weeks for a long range) and each breakdown.
 * @param {CounterReads} counters
 * @param {Omit<ResolvedQuery, 'by'>} query
 */
export async function dashboardReport(counters, query) {
  const { site, sites, from, to } = query;
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const time = days > MAX_DAYS_SHOWN ? 'week' : 'day';
  const { categories, totals, revisions } = await basics(counters, { ...query, by: time });
  /** @type {Record<string, (Figures & { key: string })[]>} */
  const breakdowns = {};
  for (const by of /** @type {import('./query.js').Breakdown[]} */ ([time, ...DASHBOARD_BREAKDOWNS])) {
    const raws = by === 'revision' ? revisions : await readGroups(counters, query, by);
    breakdowns[by === time ? 'time' : by] = groupFigures(raws, { ...query, by }, categories);
  }
  return { site, sites, from, to, time, categories, totals, breakdowns, revisions: compareRevisions(revisions, categories) };
}

/** @typedef {Awaited<ReturnType<typeof dashboardReport>>} Dashboard */
