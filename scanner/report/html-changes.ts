// The HTML report's sections for a weekly run: what changed since the baseline ("Changes
// since 1 December 2026"), the config against what was found, and what fails the scan.
import type { Changes, DeclaredComparison, ScanReport } from '../types';
import { describeTime } from './describe';
import { cookieTable, escape, hostTable, pagesCell, sourceCell, storageTable, table } from './html-parts';

function changesSection(changes: Changes): string {
  const since = describeTime(changes.baseline.scannedAt);
  const tables = (['new', 'gone'] as const)
    .map((word) => {
      const title = word === 'new' ? 'New since then' : 'Gone since then';
      const body = [
        hostTable('Third-party hosts', changes.hosts[word]),
        cookieTable('Cookies', changes.cookies[word]),
        storageTable('Storage keys', changes.storage[word]),
      ].join('\n');
      return body.trim() ? `<h3>${title}</h3>\n${body}` : '';
    })
    .join('\n');
  return `<section aria-labelledby="changes"><h2 id="changes">Changes since <time datetime="${escape(changes.baseline.scannedAt)}">${escape(since)}</time></h2>
<p>Compared with the scan of ${escape(changes.baseline.url)} made then (${changes.baseline.pages} page(s)). ${
    tables.trim() ? 'New items are from this scan, gone ones from that one, with the pages they were seen on.' : 'Nothing changed: the same cookies, storage keys and third-party hosts.'
  }</p>
${tables}</section>`;
}

function declaredSection(declared: DeclaredComparison): string {
  const stale = table(
    'Declared, and set on no page scanned',
    ['Cookie', 'Declared in'],
    declared.stale.map((item) => [`<code>${escape(item.name)}</code>`, escape(item.owner)]),
  );
  const note = !declared.consented && declared.stale.length
    ? '<p class="note">The site does not run Consentry, so the scan could not give consent: cookies set only after consent were not seen, and may be declared rightly.</p>'
    : '';
  const empty = !declared.undeclared.length && !declared.stale.length ? '<p>Every cookie found is declared, and every declared cookie was seen.</p>' : '';
  return `<section aria-labelledby="declared"><h2 id="declared">Declared in ${escape(declared.config)}</h2>
<p>A banner must name every cookie the site sets${declared.consented ? ', including those set after “Accept all” (the scan accepted on every page to see them)' : ''}.</p>
${empty}${cookieTable('Set, and declared nowhere', declared.undeclared)}
${stale}${note}</section>`;
}

function findingsSection(failOn: NonNullable<ScanReport['failOn']>): string {
  const rows = failOn.findings.map((finding) => [escape(finding.kind), `${escape(finding.what)} <code>${escape(finding.name)}</code>`, sourceCell(finding.classification), pagesCell(finding.pages)]);
  return `<section aria-labelledby="findings" class="${rows.length ? 'alert' : ''}"><h2 id="findings">${rows.length ? `${rows.length} finding(s) fail this scan` : 'Nothing fails this scan'}</h2>
<p>The scan fails on ${escape(failOn.kinds.join(', '))}${failOn.kinds.includes('leak') ? ' (a leak: something of a category that needs consent, seen before any consent)' : ''}.</p>
${table('Findings', ['Kind', 'What', 'Classified by', 'Seen on'], rows)}</section>`;
}

/** The sections a report carries beyond the scan itself, in reading order. */
export function extraSections(report: ScanReport): string[] {
  return [
    report.failOn ? findingsSection(report.failOn) : '',
    report.changes ? changesSection(report.changes) : '',
    report.declared ? declaredSection(report.declared) : '',
  ].filter(Boolean);
}
