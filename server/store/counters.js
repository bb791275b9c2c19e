// @ts-check
/**
 * The insights counters in the database: adding one event (a single statement that inserts
 * its counters or adds one to them, so concurrent writers in several processes lose nothing),
 * reading them back summed over days, and retention. No row per event, no address: the
 * counters are all that is stored.
 */
import { counterKeys } from '../insights/counter-rows.js';

/** @typedef {import('./types.js').Database} Database */
/** @typedef {import('../insights/event.js').BannerEvent} BannerEvent */
/** @typedef {import('../insights/counter-rows.js').Dimension} Dimension */

/** PostgreSQL's deadlock_detected: never expected (keys are locked in one order), retried if it comes. */
const DEADLOCK = '40P01';

/**
 * What a breakdown groups by: a day, a week (starting on Monday), a dimension's value, or
 * nothing (the totals). Fixed SQL, chosen from this table, never built from a request.
 */
const GROUPS = {
  totals: { dimension: 'all', key: "''" },
  day: { dimension: 'all', key: "to_char(day, 'YYYY-MM-DD')" },
  week: { dimension: 'all', key: "to_char(date_trunc('week', day), 'YYYY-MM-DD')" },
  language: { dimension: 'language', key: 'value' },
  region: { dimension: 'region', key: 'value' },
  revision: { dimension: 'revision', key: 'value' },
  device: { dimension: 'device', key: 'value' },
  mode: { dimension: 'mode', key: 'value' },
  gpc: { dimension: 'gpc', key: 'value' },
};
/** @typedef {keyof typeof GROUPS} Grouping */

/**
 * One summed counter of a group: how many `event`s (with `method`), or with `category` set,
 * how many choices left that category `granted` or not.
 * @typedef {{ key: string, event: string, method: string, category: string, granted: boolean, count: number }} Tally
 */

/** @param {Database} db */
export function createCounters(db) {
  /**
   * Adds one event to its site's counters of `day` (the server's UTC day).
   * @param {BannerEvent} event
   * @param {string} site
   * @param {string} day YYYY-MM-DD
   */
  async function countEvent(event, site, day) {
    const keys = counterKeys(event);
    const params = [
      site,
      day,
      event.event,
      event.method ?? '',
      keys.map((k) => k.dimension),
      keys.map((k) => k.value),
      keys.map((k) => k.category),
      keys.map((k) => k.granted),
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        await db.query(
          `INSERT INTO insights_counters AS c (site, dimension, day, value, event, method, category, granted, count)
           SELECT $1, k.dimension, $2::date, k.value, $3, $4, k.category, k.granted, 1
           FROM unnest($5::text[], $6::text[], $7::text[], $8::boolean[]) WITH ORDINALITY AS k(dimension, value, category, granted, n)
           ORDER BY k.n
           ON CONFLICT (site, dimension, day, value, event, method, category, granted) DO UPDATE SET count = c.count + 1`,
          params,
        );
        return;
      } catch (error) {
        if (/** @type {{ code?: string }} */ (error)?.code === DEADLOCK && attempt < 3) continue;
        throw error;
      }
    }
  }

  /**
   * The counters of one site between two days (both included), summed by group.
   * @param {{ site: string, from: string, to: string, by: Grouping }} query
   * @returns {Promise<Tally[]>}
   */
  async function tally({ site, from, to, by }) {
    const { dimension, key } = GROUPS[by];
    const { rows } = await db.query(
      `SELECT ${key} AS key, event, method, category, granted, sum(count)::bigint AS count
       FROM insights_counters
       WHERE site = $1 AND dimension = $2 AND day BETWEEN $3::date AND $4::date
       GROUP BY 1, event, method, category, granted`,
      [site, dimension, from, to],
    );
    return rows.map((row) => ({ key: row.key, event: row.event, method: row.method, category: row.category, granted: row.granted, count: Number(row.count) }));
  }

  /**
   * The sites that have counters, in order; read by skipping along the primary key, so it
   * costs a few index lookups per site whatever the number of rows.
   * @returns {Promise<string[]>}
   */
  async function sites() {
    const { rows } = await db.query(
      `WITH RECURSIVE s(site) AS (
         SELECT min(site) FROM insights_counters
         UNION ALL
         SELECT (SELECT min(site) FROM insights_counters WHERE site > s.site) FROM s WHERE s.site IS NOT NULL
       )
       SELECT site FROM s WHERE site IS NOT NULL`,
    );
    return rows.map((row) => row.site);
  }

  /**
   * Retention: removes the counters of days before `before`'s day.
   * @param {Date} before
   * @returns {Promise<number>} Counters removed.
   */
  async function purgeCounters(before) {
    const { rows } = await db.query('WITH gone AS (DELETE FROM insights_counters WHERE day < $1::date RETURNING 1) SELECT count(*)::integer AS n FROM gone', [
      before.toISOString().slice(0, 10),
    ]);
    return Number(rows[0].n);
  }

  return { countEvent, tally, sites, purgeCounters };
}

/** @typedef {ReturnType<typeof createCounters>} Counters */
