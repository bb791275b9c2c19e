// Markdown for the terminal and the README: the size table, the environment, the side-by-side
// table with ratios to Consentry, the checks that the pages are equivalent, and the
// Consentry-only figures. Takes the raw results, prints nothing itself.
import { ratio, summarize } from './stats.js';

const KB = 1024;
const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (value) => Math.round(value).toString();
const count = (value) => value.toString();
const shift = (value) => value.toFixed(3);
const longTask = (value) => (value === 0 ? '< 50' : ms(value));
const NA = 'n/a';
const nRuns = (n) => `${n} run${n === 1 ? '' : 's'}`;

/** "median (min–max)", or just the median when every run gave the same figure. */
function cell(summary, format) {
  if (!summary) return NA;
  const { median, min, max } = summary;
  return min === max ? format(median) : `${format(median)} (${format(min)}–${format(max)})`;
}

/** A competitor's ratio to Consentry: "×2.3", "—" when Consentry's figure is 0, n/a when missing. */
function ratioCell(summary, base) {
  if (!summary || !base) return NA;
  const value = ratio(summary.median, base.median);
  return value === null ? '—' : `×${value < 10 ? value.toFixed(1) : Math.round(value)}`;
}

/** Every figure of the side-by-side table: label, how to read it from a run, how to print it. */
const FIGURES = [
  // A first visit without a banner (Consentry before its banner lands) is not a first visit.
  ['First visit: CMP files (requests)', (run) => run.first.bannerAt !== null ? run.first.bytes.requests : null, count],
  ['First visit: raw (KB)', (run) => (run.first.bannerAt !== null ? run.first.bytes.raw : null), kb],
  ['First visit: gzip (KB)', (run) => (run.first.bannerAt !== null ? run.first.bytes.gzip : null), kb],
  ['First visit: brotli (KB)', (run) => (run.first.bannerAt !== null ? run.first.bytes.brotli : null), kb],
  ['Returning visit: CMP files (requests)', (run) => (run.returning.bannerShown ? null : run.returning.bytes.requests), count],
  ['Returning visit: raw (KB)', (run) => (run.returning.bannerShown ? null : run.returning.bytes.raw), kb],
  ['Returning visit: gzip (KB)', (run) => (run.returning.bannerShown ? null : run.returning.bytes.gzip), kb],
  ['Returning visit: brotli (KB)', (run) => (run.returning.bannerShown ? null : run.returning.bytes.brotli), kb],
  ['Returning visit: analytics ran (ms after navigation start, no throttling)', (run) => run.returning.analyticsAt, ms],
  ['First contentful paint (ms after navigation start)', (run) => run.first.fcpAt, ms],
  ['Banner visible (ms after navigation start)', (run) => run.first.bannerAt, ms],
  ['Total blocking time (ms)', (run) => run.first.tbt, ms],
  ['Longest task (ms)', (run) => run.first.longestTask, longTask],
  ['Layout shift (CLS)', (run) => run.first.cls, shift],
  ['Tracker requests before consent', (run) => run.first.trackerBeforeConsent.length, count],
  ['"Accept all" click → banner gone (ms)', (run) => run.first.clickToGone, ms],
  ['"Accept all" click → banner gone (frames)', (run) => run.first.clickToGoneFrames, count],
  ['"Accept all" click → analytics ran (ms)', (run) => run.first.acceptToAnalytics, ms],
];

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** The existing size table: every built script, raw, gzip -9 and brotli -11. */
export const sizeTable = (files) =>
  `## Sizes (bytes)\n\n${table(['file', 'raw', 'gzip', 'brotli'], files.map(({ file, raw, gzip, brotli }) => [`\`${file}\``, raw, gzip, brotli]))}`;

/** Each package as npm publishes it (test/bench/packages.js): tarball and unpacked bytes, files. */
export const packageTable = (packages) =>
  `## Packages (bytes, as \`npm pack\` makes them)\n\n${table(['package', 'tarball', 'unpacked', 'files'], packages.map(({ name, tarball, unpacked, files }) => [`\`${name}\``, tarball, unpacked, files]))}`;

export function environmentSection(env) {
  return [
    '## Environment',
    '',
    `- ${env.date} · Chromium ${env.chromium} (headless, playwright-core ${env.playwright}) · Node ${env.node} · ${env.os}`,
    `- CPU: ${env.cpu} × ${env.cores} · load average at start ${env.loadStart}, at end ${env.loadEnd}`,
    `- ${env.rounds} rounds, CMPs alternating in each round, a fresh browser context per visit; first visits at ${env.throttle}× CPU throttling (CDP Emulation.setCPUThrottlingRate)`,
  ].join('\n');
}

/** The side-by-side table: one column per CMP, medians (min–max), competitors' ratio to Consentry. */
export function comparisonSection(results) {
  const [base, ...others] = results.cmps;
  const runsOf = (id) => results.runs.filter((run) => run.cmp === id);
  const header = ['figure', `${base.label} ${base.version}`, ...others.map((cmp) => `${cmp.label} ${cmp.version}`)];
  const rows = FIGURES.map(([label, read, format]) => {
    const [own, ...rest] = results.cmps.map((cmp) => summarize(runsOf(cmp.id).map(read)));
    return [label, cell(own, format), ...rest.map((summary) => `${cell(summary, format)}, ${ratioCell(summary, own)}`)];
  });
  const baseline = results.baseline;
  const page = (read, format) => cell(summarize(baseline.map(read)), format);
  return [
    `## Side by side (median (min–max) of ${nRuns(results.environment.rounds)}; ×: median ÷ Consentry's median)`,
    '',
    table(header, rows),
    '',
    `The same page without a CMP, same throttling, until load + 1 s: first contentful paint ${page((run) => run.fcpAt, ms)} ms, total blocking time ${page((run) => run.tbt, ms)} ms, longest task ${page((run) => run.longestTask, longTask)} ms, CLS ${page((run) => run.cls, shift)} — that much of every column's blocking time is the page's own (mostly a fresh renderer's first layout). With its analytics script and pixel not gated, the tracker saw ${page((run) => run.trackerRequests.length, count)} requests per visit (the control for "tracker requests before consent").`,
    '',
    'KB = 1,024 bytes of the CMP\'s own JS and CSS as the browser fetched them (gzip -9 / brotli -11 computed from the bodies). Returning visit: the first visit\'s cookies and storage, a cold HTTP cache. Banner visible: the first animation frame in which the banner is in the viewport with non-zero opacity. Blocking time and longest task: long tasks (PerformanceObserver "longtask", which sees only tasks over 50 ms) from navigation start until the banner has been visible for 1 s; "< 50" means none. "—": Consentry\'s figure is 0, no ratio.',
  ].join('\n');
}

/** Pass counts that show the pages are equivalent: banners shown, nothing leaked, consent works. */
export function checksSection(results) {
  const checks = [
    ['banner shown', (run) => run.first.bannerAt !== null],
    ['no tracker request before consent', (run) => run.first.trackerBeforeConsent.length === 0],
    ['no analytics cookie before consent', (run) => !run.first.cookiesBeforeConsent.includes('_bench_ga')],
    ['analytics ran after "accept all"', (run) => run.first.analyticsAfterAccept],
    ['pixel requested after "accept all"', (run) => run.first.pixelAfterAccept],
    ['returning visit: no banner', (run) => !run.returning.bannerShown],
    ['returning visit: analytics ran', (run) => run.returning.analyticsRan],
    ['no page errors', (run) => run.first.errors.length === 0],
  ];
  const rows = checks.map(([label, pass]) => [
    label,
    ...results.cmps.map((cmp) => {
      const runs = results.runs.filter((run) => run.cmp === cmp.id);
      return `${runs.filter(pass).length}/${runs.length}`;
    }),
  ]);
  return `## Checks (runs passing)\n\n${table(['check', ...results.cmps.map((cmp) => cmp.label)], rows)}`;
}

/** Issues 3 and 4: Consentry's own sizes and timings against its budgets. */
export function consentrySection(results) {
  const { files, traced, gated, untagged = [] } = results.consentry;
  const sizeRow = (label, sizes) => [label, ...(sizes ? [sizes.raw, sizes.gzip, sizes.brotli] : [NA, NA, NA])];
  const own = results.runs.filter((run) => run.cmp === 'consentry');
  const summary = (values, format) => cell(summarize(values), format);
  const frames = (value) => (value <= 0 ? `${value} (before DCL)` : value.toString());
  return [
    '## Consentry',
    '',
    table(['file (bytes)', 'raw', 'gzip', 'brotli'], [
      sizeRow('`consentry.js` (returning visit)', files.core),
      sizeRow('`consentry-manager.js`', files.manager),
      sizeRow('`consentry-banner.js`', files.banner),
      sizeRow('`consentry-preferences.js` (opening the preference centre)', files.preferences),
      sizeRow('first visit, up to the first layer and the choice (`consentry.js` + `consentry-manager.js` + `consentry-banner.js`)', files.firstVisit),
      sizeRow('first visit that opens the preference centre (+ `consentry-preferences.js`)', files.withPreferences),
    ]),
    '',
    table(['figure (median (min–max))', 'value', 'target'], [
      ['banner visible, ms after navigation start (4×)', summary(own.map((run) => run.first.bannerAt), ms), ''],
      ['banner visible, frames after DOMContentLoaded (4×)', summary(own.map((run) => run.first.bannerFramesAfterDcl), frames), '≤ 1'],
      ['layout shift (4×)', summary(own.map((run) => run.first.cls), shift), '0'],
      [
        `longest task running Consentry's code, ms (4×, trace, ${nRuns(traced.length)}${traced.some((run) => !run.banner) ? '; no banner yet: the core alone' : ''})`,
        summary(traced.map((run) => run.longestCmpTask), ms),
        '< 50',
      ],
      [`longest task of any kind on the page, ms (4×, trace, ${nRuns(traced.length)})`, summary(traced.map((run) => run.longestTask), ms), ''],
      [`1,000 gated elements: acceptAll() → last gated script ran, ms (no throttling, ${nRuns(gated.length)})`, summary(gated.map((run) => run.ms), ms), ''],
      [`the same 1,000 elements untagged, no CMP: first script → last script ran, ms (${nRuns(untagged.length)})`, summary(untagged.map((run) => run.ms), ms), ''],
      ['gated ÷ untagged (medians)', ratioOfMedians(gated, untagged), '≤ 1.5'],
    ]),
  ].join('\n');
}

/** The gated page's median over the untagged one's, as `1.23×`. */
function ratioOfMedians(gated, untagged) {
  const median = (runs) => summarize(runs.map((run) => run.ms))?.median;
  const [a, b] = [median(gated), median(untagged)];
  return a && b ? `${(a / b).toFixed(2)}×` : NA;
}
