// @ts-check
/**
 * The dashboard, as one HTML page: a summary, what the newest revision changed, each
 * category's opt-in rate, the answers over time and by language, region, revision and
 * device. Every chart comes with a table of its numbers (the charts are drawn by the page's
 * script, uPlot, from the same figures; without the script the tables still say it all), and
 * every series differs by its line or shape as well as its colour. Small numbers read "< 5".
 * Every value goes in through `html`, escaped.
 */
import { METHODS } from './event.js';
import { SMALL } from './figures.js';
import { html, jsonInScript } from './html.js';
import { document } from './page.js';

/** @typedef {import('./report.js').Dashboard} Dashboard */
/** @typedef {import('./figures.js').Figures} Figures */
/** @typedef {import('./figures.js').Figure} Figure */

const METHOD_LABELS = { 'accept-all': 'Accept all', 'reject-all': 'Reject all', custom: 'Custom' };
/** The viewport widths behind each device class (banner/insights.ts). */
export const DEVICE_LABELS = /** @type {Record<string, string>} */ ({ mobile: 'Mobile (narrower than 640 px)', tablet: 'Tablet (640 to 1023 px)', desktop: 'Desktop (1024 px and wider)' });
const BREAKDOWN_TITLES = { language: 'By language', region: 'By region', revision: 'By revision', device: 'By device' };

/** @param {Figure} figure */
const n = (figure) => (figure === SMALL ? SMALL : figure.toLocaleString('en'));
/** @param {Figure} figure */
const pct = (figure) => (figure === SMALL ? SMALL : `${figure} %`);
/** A figure for a chart: hidden ones are gaps. @param {Figure} figure */
const plotted = (figure) => (figure === SMALL ? null : figure);
/** @param {string} name */
const title = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * How a group's key reads.
 * @param {string} by
 * @param {string} key
 * @param {string} time `day` or `week`
 */
export function groupLabel(by, key, time = 'day') {
  if (by === 'time') return time === 'week' ? `Week of ${key}` : key;
  if (by === 'region') return key || '(not set)';
  if (by === 'revision') return `Revision ${key}`;
  if (by === 'device') return DEVICE_LABELS[key] ?? key;
  return key;
}

/** A line sample for a legend: the line's dash, not only its colour, tells the series apart. */
const swatch = (/** @type {number} */ i, /** @type {string} */ kind) =>
  kind === 'bars'
    ? html`<svg class="swatch s${i}" width="24" height="12" aria-hidden="true"><rect x="4" y="1" width="16" height="10"></rect></svg>`
    : html`<svg class="swatch s${i}" width="24" height="12" aria-hidden="true"><line x1="0" y1="6" x2="24" y2="6" stroke-dasharray="${['', '6 4', '2 3'][i - 1]}"></line><circle cx="12" cy="6" r="${[3, 2.5, 2][i - 1]}"></circle></svg>`;

/**
 * A chart's place in the page: a figure the script draws into, described for people who
 * cannot see it, with its legend; its table follows.
 * @param {{ id: string, caption: string, description: string, series: { label: string, kind: string }[] }} chart
 */
const chartFigure = ({ id, caption, description, series }) => html`<figure class="chart">
<figcaption>${caption}</figcaption>
<div class="plot" id="${id}" role="img" aria-label="${description} The numbers are in the table below."></div>
<ul class="legend">${series.map((s, i) => html`<li>${swatch(i + 1, s.kind)}${s.label}</li>`)}</ul>
</figure>`;

/**
 * A table of figures, one row per group, in a region that scrolls sideways on a phone.
 * @param {{ caption: string, head: string, rows: { label: string, figures: Figures }[], categories: string[] }} table
 */
const figuresTable = ({ caption, head, rows, categories }) => html`<div class="table" role="region" tabindex="0" aria-label="${caption}">
<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">${head}</th><th scope="col">Banner views</th><th scope="col">Choices</th><th scope="col">Choices per view</th>${METHODS.map(
  (m) => html`<th scope="col">${METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (m)]}</th>`,
)}${categories.map((c) => html`<th scope="col">${title(c)} opt-in</th>`)}<th scope="col">Preference centre opened</th></tr></thead>
<tbody>${rows.map(
  ({ label, figures: f }) =>
    html`<tr><th scope="row">${label}</th><td>${n(f.shown)}</td><td>${n(f.choices)}</td><td>${pct(f.choiceRate)}</td>${METHODS.map((m) => html`<td>${pct(f.methods[m]?.share ?? SMALL)}</td>`)}${categories.map(
      (c) => html`<td>${pct(f.categories[c]?.rate ?? SMALL)}</td>`,
    )}<td>${n(f.preferences)}</td></tr>`,
)}</tbody>
</table>
</div>`;

/**
 * @param {Dashboard} d
 */
export function dashboardPage(d) {
  const { totals: t, categories } = d;
  const groups = (/** @type {string} */ by) => d.breakdowns[by] ?? [];
  const labels = (/** @type {string} */ by) => groups(by).map((g) => groupLabel(by, g.key, d.time));
  /** @type {{ id: string, type: 'time' | 'bars', labels: string[], series: { label: string, unit: 'count' | 'percent', values: (number | null)[], line?: boolean }[] }[]} */
  const charts = [];
  const timeKeys = groups('time').map((g) => g.key);
  charts.push({
    id: 'chart-time-counts',
    type: 'time',
    labels: timeKeys,
    series: [
      { label: 'Banner views', unit: 'count', values: groups('time').map((g) => plotted(g.shown)) },
      { label: 'Choices', unit: 'count', values: groups('time').map((g) => plotted(g.choices)) },
    ],
  });
  charts.push({
    id: 'chart-time-answers',
    type: 'time',
    labels: timeKeys,
    series: METHODS.map((m) => ({ label: `${METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (m)]} (% of choices)`, unit: /** @type {const} */ ('percent'), values: groups('time').map((g) => plotted(g.methods[m]?.share ?? SMALL)) })),
  });
  charts.push({ id: 'chart-categories', type: 'bars', labels: categories.map(title), series: [{ label: 'Opt-in rate (%)', unit: 'percent', values: categories.map((c) => plotted(t.categories[c]?.rate ?? SMALL)) }] });
  for (const by of Object.keys(BREAKDOWN_TITLES)) {
    charts.push({
      id: `chart-${by}`,
      type: 'bars',
      labels: labels(by),
      series: [
        { label: 'Banner views', unit: 'count', values: groups(by).map((g) => plotted(g.shown)) },
        { label: 'Accept all (% of choices)', unit: 'percent', values: groups(by).map((g) => plotted(g.methods['accept-all']?.share ?? SMALL)), line: true },
      ],
    });
  }
  const period = d.time === 'week' ? 'week' : 'day';
  const jsonLink = `/insights.json?${new URLSearchParams({ ...(d.site ? { site: d.site } : {}), from: d.from, to: d.to, by: period })}`;
  const range = (/** @type {number} */ days) => {
    const to = new Date(Date.parse(d.to));
    const from = new Date(to.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    return `/insights?${new URLSearchParams({ ...(d.site ? { site: d.site } : {}), from, to: d.to })}`;
  };

  const body = html`<header class="top">
<div>
<h1>Consent insights</h1>
<p class="scope">${d.site ?? 'No site has sent events yet'} · ${d.from} to ${d.to} (UTC days)</p>
</div>
<form method="post" action="/insights/logout"><button type="submit" class="quiet">Sign out</button></form>
</header>
<main>
<form class="filters" method="get" action="/insights">
<div><label for="site">Site</label>
<select id="site" name="site">${(d.sites.length ? d.sites : [d.site ?? '']).map((s) => html`<option value="${s}"${s === d.site ? html` selected` : ''}>${s || '(none yet)'}</option>`)}</select></div>
<div><label for="from">From</label><input id="from" name="from" type="date" value="${d.from}" required></div>
<div><label for="to">To</label><input id="to" name="to" type="date" value="${d.to}" required></div>
<button type="submit">Show</button>
<p class="ranges">Last <a href="${range(7)}">7</a>, <a href="${range(30)}">30</a>, <a href="${range(90)}">90</a> or <a href="${range(365)}">365</a> days</p>
</form>

<section aria-labelledby="summary-title">
<h2 id="summary-title">Summary</h2>
<dl class="cards">
<div><dt>Banner views</dt><dd>${n(t.shown)}</dd></div>
<div><dt>Choices</dt><dd>${n(t.choices)}</dd><dd class="sub">${pct(t.choiceRate)} of banner views</dd></div>
${METHODS.map((m) => html`<div><dt>${METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (m)]}</dt><dd>${pct(t.methods[m]?.share ?? SMALL)}</dd><dd class="sub">${n(t.methods[m]?.count ?? SMALL)} choices</dd></div>`)}
<div><dt>Preference centre opened</dt><dd>${n(t.preferences)}</dd></div>
</dl>
<p class="note">Figures from fewer than 5 events show as “&lt; 5”, and so does a share of which either side is below 5. Choices made from a footer link on a page where the banner did not show count too, so “choices per view” can read a little high.</p>
</section>

<section aria-labelledby="revision-title">
<h2 id="revision-title">What the newest revision changed</h2>
${
  d.revisions
    ? html`${d.revisions.sentences.length ? html`<ul class="sentences">${d.revisions.sentences.map((s) => html`<li>${s}</li>`)}</ul>` : html`<p>Too few choices in one of the two revisions to compare them (&lt; 5).</p>`}
<div class="table" role="region" tabindex="0" aria-label="Revision ${d.revisions.previous} against revision ${d.revisions.current}"><table>
<caption>Revision ${d.revisions.previous} against revision ${d.revisions.current}</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Revision ${d.revisions.previous}</th><th scope="col">Revision ${d.revisions.current}</th></tr></thead>
<tbody>${d.revisions.changes.map(
        (c) => html`<tr><th scope="row">${c.measure in METHOD_LABELS ? `${METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (c.measure)]} (share of choices)` : `${title(c.measure)} cookies (opt-in rate)`}</th><td>${pct(c.before)}</td><td>${pct(c.after)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>Only one revision was counted in this range, so there is nothing to compare yet.</p>`
}
</section>

<section aria-labelledby="categories-title">
<h2 id="categories-title">Opt-in rate by category</h2>
${chartFigure({ id: 'chart-categories', caption: 'Share of choices that accepted each category', description: 'Bar chart of the opt-in rate of each category.', series: [{ label: 'Opt-in rate', kind: 'bars' }] })}
<div class="table" role="region" tabindex="0" aria-label="Opt-in rate by category"><table>
<caption>Opt-in rate by category</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Accepted</th><th scope="col">Refused</th><th scope="col">Opt-in rate</th></tr></thead>
<tbody>${categories.map((c) => html`<tr><th scope="row">${title(c)}</th><td>${n(t.categories[c]?.granted ?? SMALL)}</td><td>${n(t.categories[c]?.refused ?? SMALL)}</td><td>${pct(t.categories[c]?.rate ?? SMALL)}</td></tr>`)}</tbody>
</table></div>
</section>

<section aria-labelledby="time-title">
<h2 id="time-title">Over time</h2>
${chartFigure({ id: 'chart-time-counts', caption: `Banner views and choices per ${period}`, description: `Line chart of banner views and choices per ${period}.`, series: [{ label: 'Banner views', kind: 'line' }, { label: 'Choices', kind: 'line' }] })}
${chartFigure({
  id: 'chart-time-answers',
  caption: `How visitors answer, per ${period} (share of choices)`,
  description: `Line chart of the shares of Accept all, Reject all and custom choices per ${period}.`,
  series: METHODS.map((m) => ({ label: METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (m)], kind: 'line' })),
})}
${figuresTable({ caption: `Figures per ${period}`, head: d.time === 'week' ? 'Week' : 'Day', rows: groups('time').map((g, i) => ({ label: labels('time')[i] ?? g.key, figures: g })), categories })}
</section>

${Object.entries(BREAKDOWN_TITLES).map(
  ([by, heading]) => html`<section aria-labelledby="${by}-title">
<h2 id="${by}-title">${heading}</h2>
${
  groups(by).length
    ? html`${chartFigure({ id: `chart-${by}`, caption: `Banner views and the share of Accept all, ${heading.toLowerCase()}`, description: `Bars of banner views and a line of the Accept all share for each ${by}.`, series: [{ label: 'Banner views', kind: 'bars' }, { label: 'Accept all (% of choices)', kind: 'line' }] })}
${figuresTable({ caption: `Figures ${heading.toLowerCase()}`, head: title(by), rows: groups(by).map((g, i) => ({ label: labels(by)[i] ?? g.key, figures: g })), categories })}`
    : html`<p>Nothing counted in this range.</p>`
}
</section>`,
)}
</main>
<footer>
<p>Anonymous statistics: the ledger keeps daily counters only, with no identifier, no address and nothing read from or stored on the visitor's device. <a href="${jsonLink}">These figures as JSON</a>.</p>
</footer>
<script type="application/json" id="insights-charts">${jsonInScript({ time: d.time, charts })}</script>`;
  return document({ title: `Consent insights — ${d.site ?? 'no site yet'}`, body, scripts: true });
}
