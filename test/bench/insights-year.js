// A year of insights counters for one site, for `npm run bench:ledger`: seeded straight into
// the database (10 languages, 20 regions, 3 devices, 4 revisions of about a quarter each, GPC
// on and off, every counter present every day: the most rows such a site can have), then the
// time `/insights.json` takes to answer for that year, by each breakdown, and the dashboard.
import { request } from 'node:http';
import { openDatabase } from '../../server/store/database.js';
import { migrate } from '../../server/store/migrations.js';

export const YEAR_SITE = 'https://year.example';
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ja'];
const REGIONS = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'PL', 'SE', 'DK', 'FI', 'NO', 'IE', 'PT', 'CZ', 'GB', 'US-CA', 'US', 'CA'];
const DIMENSIONS = [
  ['all', ''],
  ...LANGUAGES.map((l) => ['language', l]),
  ...REGIONS.map((r) => ['region', r]),
  ['revision', ''],
  ...['desktop', 'mobile', 'tablet'].map((d) => ['device', d]),
  ['mode', 'opt-in'],
  ['gpc', 'off'],
  ['gpc', 'on'],
];
/** Every counter a value has in a day: views, openings, choices by method, and category states. */
const KEYS = [
  ['shown', '', '', false],
  ['preferences', '', '', false],
  ...['accept-all', 'reject-all', 'custom'].map((m) => ['choice', m, '', false]),
  ...['analytical', 'functional', 'other'].flatMap((c) => [
    ['choice', 'accept-all', c, true],
    ['choice', 'reject-all', c, false],
    ['choice', 'custom', c, true],
    ['choice', 'custom', c, false],
  ]),
];

/**
 * @param {{ DATA_DIR?: string, DATABASE_URL?: string }} env
 * @returns {Promise<number>} Counters written.
 */
export async function seedYear(env) {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' });
  try {
    await migrate(db);
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
    await db.query(
      `INSERT INTO insights_counters (site, dimension, day, value, event, method, category, granted, count)
       SELECT $1, d.dimension, day::date,
              CASE WHEN d.dimension = 'revision' THEN ((day::date - $2::date) / 92 + 1)::text ELSE d.value END,
              k.event, k.method, k.category, k.granted, 1 + floor(random() * 40)::integer
       FROM generate_series($2::date, $3::date, interval '1 day') AS day,
            unnest($4::text[], $5::text[]) AS d(dimension, value),
            unnest($6::text[], $7::text[], $8::text[], $9::boolean[]) AS k(event, method, category, granted)`,
      [YEAR_SITE, from, to, DIMENSIONS.map((d) => d[0]), DIMENSIONS.map((d) => d[1]), KEYS.map((k) => k[0]), KEYS.map((k) => k[1]), KEYS.map((k) => k[2]), KEYS.map((k) => k[3])],
    );
    // Fresh statistics, as autovacuum would have after a year.
    await db.query('ANALYZE insights_counters');
    const { rows } = await db.query('SELECT count(*)::integer AS n FROM insights_counters');
    return Number(rows[0].n);
  } finally {
    await db.close();
  }
}

/** One GET with the token; resolves with its status once the whole answer is in. */
const get = (url, token) =>
  new Promise((resolve, reject) => {
    const req = request(url, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end();
  });

/**
 * Median time of three answers for the year, per breakdown and for the dashboard page.
 * @param {string} url
 * @param {string} token
 */
export async function timeInsights(url, token) {
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
  const range = `site=${encodeURIComponent(YEAR_SITE)}&from=${from}&to=${to}`;
  /** @type {Record<string, number>} */
  const ms = {};
  const paths = Object.fromEntries(['day', 'week', 'language', 'region', 'revision', 'device'].map((by) => [`by=${by}`, `/insights.json?${range}&by=${by}`]));
  paths.dashboard = `/insights?${range}`;
  for (const [name, path] of Object.entries(paths)) {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const status = await get(url + path, token);
      if (status !== 200) throw new Error(`${path}: answered ${status}`);
      times.push(performance.now() - started);
    }
    ms[name] = Math.round(times.sort((a, b) => a - b)[1]);
  }
  return { ms };
}
