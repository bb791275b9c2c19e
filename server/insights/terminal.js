// @ts-check
/**
 * The insights as a terminal reads them (`consentry-ledger insights`): the totals, then the
 * breakdown as a table whose columns line up, then what the newest revision changed. The
 * same figures as `/insights.json`, "< 5" included. Pure: a report in, text out.
 */
import { groupLabel } from './dashboard-page.js';
import { METHODS } from './event.js';
import { SMALL } from './figures.js';

/** @typedef {import('./report.js').Report} Report */
/** @typedef {import('./figures.js').Figure} Figure */

const METHOD_LABELS = { 'accept-all': 'Accept all', 'reject-all': 'Reject all', custom: 'Custom' };
/** @param {Figure} f */
const n = (f) => (f === SMALL ? SMALL : String(f));
/** @param {Figure} f */
const pct = (f) => (f === SMALL ? SMALL : `${f} %`);
/** @param {string} name */
const title = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Rows of cells as aligned text: the first column to the left, the others to the right.
 * @param {string[][]} rows
 */
function table(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ').trimEnd()).join('\n');
}

/** @param {Report} report */
export function insightsText(report) {
  const { totals: t, categories } = report;
  const lines = [`Consent insights for ${report.site ?? '(no site has sent events yet)'}, ${report.from} to ${report.to} (UTC days)`, 'Figures from fewer than 5 events show as "< 5".', ''];
  lines.push(
    table([
      ['Banner views', n(t.shown)],
      ['Choices', n(t.choices)],
      ['Choices per banner view', pct(t.choiceRate)],
      ...METHODS.map((m) => [`${METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (m)]} (share of choices)`, pct(t.methods[m]?.share ?? SMALL)]),
      ...categories.map((c) => [`${title(c)} opt-in rate`, pct(t.categories[c]?.rate ?? SMALL)]),
      ['Preference centre opened', n(t.preferences)],
    ]),
  );
  lines.push('', `By ${report.by}`);
  const head = [title(report.by), 'Views', 'Choices', 'Per view', ...METHODS.map((m) => METHOD_LABELS[/** @type {keyof METHOD_LABELS} */ (m)]), ...categories.map(title), 'Preferences'];
  const rows = report.groups.map((g) => [
    groupLabel(report.by === 'day' || report.by === 'week' ? 'time' : report.by, g.key, report.by),
    n(g.shown),
    n(g.choices),
    pct(g.choiceRate),
    ...METHODS.map((m) => pct(g.methods[m]?.share ?? SMALL)),
    ...categories.map((c) => pct(g.categories[c]?.rate ?? SMALL)),
    n(g.preferences),
  ]);
  lines.push(rows.length ? table([head, ...rows]) : 'Nothing counted in this range.');
  if (report.revisions) {
    lines.push('', `Revision ${report.revisions.current} against revision ${report.revisions.previous}`);
    lines.push(...(report.revisions.sentences.length ? report.revisions.sentences : ['Too few choices in one of the two revisions to compare them (< 5).']));
  }
  return lines.join('\n') + '\n';
}
