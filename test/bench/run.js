// `npm run bench` (after the build): the size table of dist/ and of each package, then Consentry against
// vanilla-cookieconsent, Klaro and tarteaucitron in real headless Chromium, then Consentry's
// own figures (issues 3, 4 and 6). Raw figures go to test/bench/results.json; the report,
// in markdown, to stdout; progress to stderr.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { createRequire } from 'node:module';
import { launch, visitorOptions } from './browser.js';
import { baselineVisit, firstVisit, gatedElements, returningVisit, tracedVisit, untaggedElements } from './measure.js';
import { BASELINE, CMPS, GATED_PAGE, UNTAGGED_PAGE, gatedPage, untaggedPage } from './pages.js';
import { packageSizes } from './packages.js';
import { checksSection, comparisonSection, consentrySection, environmentSection, packageTable, sizeTable } from './report.js';
import { serveSite, serveTracker } from './servers.js';
import { distSizes, fileSizes, sumSizes } from './sizes.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const THROTTLE = 4;
const TRACED_RUNS = 5;
const GATED_RUNS = 5;
const ROOT = new URL('../../', import.meta.url).pathname;
const RESULTS = new URL('results.json', import.meta.url).pathname;

const progress = (text) => process.stderr.write(`bench: ${text}\n`);
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');

console.log(sizeTable(distSizes(`${ROOT}dist`)) + '\n');
console.log(packageTable(packageSizes()) + '\n');

const tracker = await serveTracker();
const routes = Object.fromEntries([...[BASELINE, ...CMPS].map((cmp) => [cmp.path, cmp.html]), [GATED_PAGE.path, gatedPage], [UNTAGGED_PAGE.path, untaggedPage]]);
const site = await serveSite({ root: ROOT, pagesDir: new URL('pages', import.meta.url).pathname, tracker: tracker.url, routes });
const browser = await launch();
const env = { browser, site, tracker, contextOptions: await visitorOptions(browser) };

const environment = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  playwright: createRequire(import.meta.url)('playwright-core/package.json').version,
  node: process.versions.node,
  os: `${type()} ${release()}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadStart: load(),
  rounds: ROUNDS,
  throttle: THROTTLE,
};

try {
  // One unrecorded visit, so the first recorded one does not pay for the browser's start-up.
  await baselineVisit(env, BASELINE, THROTTLE);

  const runs = [];
  const baseline = [];
  for (let round = 1; round <= ROUNDS; round++) {
    baseline.push({ round, ...(await baselineVisit(env, BASELINE, THROTTLE)) });
    for (const cmp of CMPS) {
      const { storageState, ...first } = await firstVisit(env, cmp, THROTTLE);
      const returning = await returningVisit(env, cmp, storageState);
      runs.push({ round, cmp: cmp.id, first, returning });
    }
    progress(`round ${round}/${ROUNDS} done (load average ${load()})`);
  }

  const consentry = CMPS[0];
  const traced = [];
  for (let i = 0; i < TRACED_RUNS; i++) traced.push(await tracedVisit(env, consentry, THROTTLE));
  progress('traced visits done');
  const gated = [];
  const untagged = [];
  for (let i = 0; i < GATED_RUNS; i++) {
    // Interleaved, so that both see the same load on the machine.
    untagged.push(await untaggedElements(env));
    gated.push(await gatedElements(env));
    if (gated[0].ms === null) break; // no gating yet: one run says so
  }
  progress('1,000 gated elements done');

  const core = fileSizes(`${ROOT}dist/consentry.js`);
  const manager = fileSizes(`${ROOT}dist/consentry-manager.js`);
  const banner = fileSizes(`${ROOT}dist/consentry-banner.js`);
  const preferences = fileSizes(`${ROOT}dist/consentry-preferences.js`);
  // A first visit is the gate, the manager and the first layer; the preference centre is its own chunk, after a click.
  const firstVisitSizes = core && manager && banner ? sumSizes([core, manager, banner]) : null;
  const results = {
    environment: { ...environment, loadEnd: load() },
    cmps: CMPS.map(({ id, label, version }) => ({ id, label, version })),
    runs,
    baseline,
    consentry: {
      files: { core, manager, banner, preferences, firstVisit: firstVisitSizes, withPreferences: firstVisitSizes && preferences ? sumSizes([firstVisitSizes, preferences]) : null },
      traced,
      gated,
      untagged,
    },
  };
  writeFileSync(RESULTS, JSON.stringify(results, null, 2));
  console.log([environmentSection(results.environment), comparisonSection(results), checksSection(results), consentrySection(results)].join('\n\n'));
  progress(`raw figures in ${RESULTS}`);
} finally {
  await browser.close();
  await site.close();
  await tracker.close();
}
