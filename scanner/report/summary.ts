// The terminal summary: per category the services, cookies and storage keys found (each with
// its source), then what no source knows; what changed since the baseline, the config
// against what was found, and what fails the scan, when asked.
import type { Changes, Classification, DeclaredComparison, ReportCookie, ReportStorage, ScanReport } from '../types';
import { categoriesOf, describeLifetime, describeSource, describeTime } from './describe';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const cookieLine = (cookie: ReportCookie) =>
  `cookie ${cookie.name} on ${cookie.domain} (${cookie.party}-party, ${describeLifetime(cookie.lifetimeSeconds)}${cookie.refused ? ', refused by the scanning browser' : ''})`;
const storageLine = (item: ReportStorage) => `${item.area}Storage ${item.key} (${item.origin})`;

export function summary(report: ScanReport): string {
  const lines: string[] = [];
  const failed = report.pages.filter((page) => page.error);
  lines.push(`Scanned ${plural(report.pages.length, 'page')} of ${report.url} on ${describeTime(report.scannedAt)}${failed.length ? ` (${failed.length} failed)` : ''}`);
  for (const page of failed) lines.push(`  ! ${page.url}: ${page.error}`);
  lines.push(
    `${report.services.length} known services, ${plural(report.cookies.length, 'cookie')}, ${report.hosts.length} third-party hosts, ${plural(report.storage.length, 'storage key')}`,
    '',
  );
  const classified = [...report.cookies, ...report.storage].map((item) => item.classification?.category);
  for (const category of categoriesOf([...classified, ...report.services.map((service) => service.category)])) {
    lines.push(`${category}:`);
    for (const service of report.services.filter((entry) => entry.category === category)) {
      lines.push(`  ${service.label} (preset "${service.preset}") on ${plural(service.pages.length, 'page')}`);
      if (service.hosts.length) lines.push(`    hosts: ${service.hosts.join(', ')}`);
      for (const cookie of report.cookies.filter((item) => item.classification?.source === 'preset' && item.classification.preset === service.preset)) lines.push(`    ${cookieLine(cookie)}`);
    }
    for (const cookie of report.cookies) {
      if (cookie.classification?.category === category && cookie.classification.source !== 'preset') lines.push(`  ${cookieLine(cookie)}: ${describeSource(cookie.classification)}`);
    }
    for (const item of report.storage) if (item.classification?.category === category) lines.push(`  ${storageLine(item)}: ${describeSource(item.classification)}`);
  }
  const hosts = report.hosts.filter((host) => !host.classification);
  const cookies = report.cookies.filter((cookie) => !cookie.classification);
  const storage = report.storage.filter((item) => !item.classification);
  if (hosts.length || cookies.length || storage.length) {
    lines.push('unclassified (no source knows them: review and declare them):');
    for (const host of hosts) lines.push(`  host ${host.host} (${host.kinds.join(', ')}; ${plural(host.count, 'request')})`);
    for (const cookie of cookies) lines.push(`  ${cookieLine(cookie)}${cookie.setBy[0] ? `, set by ${cookie.setBy[0].url}` : ''}`);
    for (const item of storage) lines.push(`  ${storageLine(item)}`);
  }
  return lines.join('\n') + '\n';
}

const paths = (pages: string[]) => (pages.length ? ` on ${pages.map((page) => new URL(page).pathname + new URL(page).search).join(', ')}` : '');
const classified = (item: { classification?: Classification }) =>
  item.classification ? `${item.classification.category}, ${describeSource(item.classification)}` : 'unclassified';

/** What changed since the baseline, new then gone, each classified, with the pages it was (or is) seen on. */
export function changesSummary(changes: Changes): string {
  const lines = [`Changes since ${describeTime(changes.baseline.scannedAt)} (the baseline scanned ${plural(changes.baseline.pages, 'page')} of ${changes.baseline.url}):`];
  for (const word of ['new', 'gone'] as const) {
    for (const host of changes.hosts[word]) lines.push(`  ${word} host ${host.host} (${classified(host)})${paths(host.pages)}`);
    for (const cookie of changes.cookies[word]) lines.push(`  ${word} cookie ${cookie.name} on ${cookie.domain} (${classified(cookie)})${paths(cookie.pages)}`);
    for (const item of changes.storage[word]) lines.push(`  ${word} ${storageLine(item)} (${classified(item)})${paths(item.pages)}`);
  }
  if (lines.length === 1) lines.push('  nothing: the same cookies, storage keys and third-party hosts');
  return lines.join('\n') + '\n';
}

/** The config against the site: what it leaves out, and what it declares that no page set. */
export function declaredSummary(declared: DeclaredComparison): string {
  const lines = [`Declared in ${declared.config}, against what the site set:`];
  for (const cookie of declared.undeclared) lines.push(`  undeclared cookie ${cookie.name} on ${cookie.domain} (${classified(cookie)})${paths(cookie.pages)}`);
  for (const declaration of declared.stale) lines.push(`  never seen: ${declaration.name}, declared in ${declaration.owner}`);
  if (!declared.consented && declared.stale.length) lines.push('  (the site does not run Consentry, so the scan could not consent: cookies set only after consent were not seen)');
  if (lines.length === 1) lines.push('  every cookie found is declared, and every declared cookie was seen');
  return lines.join('\n') + '\n';
}

/** One line per finding that fails the scan, then the count. */
export function findingsSummary(failOn: NonNullable<ScanReport['failOn']>): string {
  const lines = failOn.findings.map((finding) => `FAIL ${finding.kind}: ${finding.what} ${finding.name} (${classified(finding)})${paths(finding.pages)}`);
  lines.push(
    failOn.findings.length
      ? `consentry: ${plural(failOn.findings.length, 'finding')} of the kinds --fail-on ${failOn.kinds.join(',')} names`
      : `consentry: nothing of the kinds --fail-on ${failOn.kinds.join(',')} names`,
  );
  return lines.join('\n') + '\n';
}
