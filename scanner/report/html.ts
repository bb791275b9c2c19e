// The HTML report: one self-contained, accessible file a privacy officer can read (and
// print): what changed since the baseline and what the config does not declare, when asked;
// then per category the services and every cookie and storage key with who classified it,
// the pages they were seen on and their lifetimes; what no source knows; the pages, and a
// screenshot of the first page inlined as a data: URL. No script, no external request.
import type { ScanReport } from '../types';
import { CATEGORY_TITLES, categoriesOf, describeTime } from './describe';
import { extraSections } from './html-changes';
import { cookieTable, escape, hostTable, list, pagesCell, storageTable, table } from './html-parts';

function categorySections(report: ScanReport): string {
  const categories = categoriesOf([...report.services, ...report.cookies.map((c) => c.classification), ...report.storage.map((s) => s.classification)].map((item) => item?.category));
  return categories
    .map((category) => {
      const title = CATEGORY_TITLES[category] ?? category;
      const services = table(
        'Services',
        ['Service', 'Provider', 'Hosts contacted', 'Seen on'],
        report.services
          .filter((service) => service.category === category)
          .map((service) => [
            `${escape(service.label)} <span class="note">(preset <code>${escape(service.preset)}</code>)</span>`,
            `${escape(service.provider)}<br><a href="${escape(service.policyUrl)}">Privacy policy<span class="visually-hidden"> of ${escape(service.label)}</span></a>`,
            list(service.hosts),
            pagesCell(service.pages),
          ]),
      );
      const cookies = cookieTable('Cookies', report.cookies.filter((cookie) => cookie.classification?.category === category));
      const storage = storageTable('Storage keys', report.storage.filter((item) => item.classification?.category === category));
      return `<section aria-labelledby="cat-${escape(category)}"><h2 id="cat-${escape(category)}">${escape(title)}</h2>\n${services}\n${cookies}\n${storage}</section>`;
    })
    .join('\n');
}

function unclassifiedSection(report: ScanReport): string {
  const hosts = report.hosts.filter((host) => !host.classification);
  const cookies = report.cookies.filter((cookie) => !cookie.classification);
  const storage = report.storage.filter((item) => !item.classification);
  if (!hosts.length && !cookies.length && !storage.length) return '';
  return `<section aria-labelledby="unclassified"><h2 id="unclassified">Unclassified</h2><p>Neither Consentry’s presets nor the Open Cookie Database knows these: find out what they are and declare them in the config.</p>
${hostTable('Third-party hosts', hosts)}
${cookieTable('Cookies', cookies)}
${storageTable('Storage keys', storage)}</section>`;
}

export function htmlReport(report: ScanReport, screenshot?: Buffer): string {
  const site = new URL(report.url).host;
  const unknown = report.unclassified.hosts.length + report.unclassified.cookies.length + report.unclassified.storage.length;
  const pages = `<section aria-labelledby="pages"><h2 id="pages">Pages scanned</h2><ol>${report.pages
    .map(
      (page) =>
        `<li>${escape(page.url)}${page.requested ? ` <span class="note">(from ${escape(page.requested)})</span>` : ''}${page.title ? ` — ${escape(page.title)}` : ''}${page.error ? ` <strong>(failed: ${escape(page.error)})</strong>` : ''}</li>`,
    )
    .join('')}</ol></section>`;
  const shot = screenshot
    ? `<figure><img src="data:image/png;base64,${screenshot.toString('base64')}" alt="The first page scanned, ${escape(report.pages[0]?.url ?? report.url)}, as a visitor sees it before any choice" width="640"><figcaption>The first page, before any choice.</figcaption></figure>`
    : '';
  const { dataset } = report.scanner;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie and tracker scan of ${escape(site)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:80rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:2px solid #1a1a1a}h3{margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #767676;padding:.4rem .5rem;text-align:left;vertical-align:top}thead th{background:#f0f0f0}
ul,ol{margin:0;padding-left:1.2rem}code{font-size:.95em}
/* URLs and cookie names wrap anywhere rather than push the page sideways; headings keep their words. */
li,code,dd{overflow-wrap:anywhere}.note{color:#4a4a4a;font-weight:400}
a{color:#0645ad}figure{margin:1rem 0}img{max-width:100%;height:auto;border:1px solid #767676}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.alert{border-left:.35rem solid #b3261e;padding:.25rem .75rem;background:#fdf1f0}
</style>
</head>
<body>
<main>
<h1>Cookie and tracker scan of ${escape(site)}</h1>
<dl><dt>Start page</dt><dd>${escape(report.url)}</dd><dt>Scanned</dt><dd><time datetime="${escape(report.scannedAt)}">${escape(describeTime(report.scannedAt))}</time>, ${report.pages.length} page(s), no consent given</dd>
<dt>Found</dt><dd>${report.services.length} known services, ${report.cookies.length} cookies, ${report.hosts.length} third-party hosts, ${report.storage.length} storage keys, ${unknown} unclassified</dd></dl>
${extraSections(report).join('\n')}
${shot}
${categorySections(report)}
${unclassifiedSection(report)}
${pages}
<p class="note">Made by <code>consentry scan</code> ${escape(report.scanner.version)}. Lifetimes are measured by the scanning browser (which caps them at 400 days); the documented lifetime is shown next to it.
Classified by Consentry’s presets, then by the <a href="https://github.com/jkwakman/Open-Cookie-Database">${escape(dataset.name)}</a> (commit ${escape(dataset.commit.slice(0, 7))} of ${escape(dataset.date)}, Apache License 2.0).</p>
</main>
</body>
</html>
`;
}
