// The HTML report: one self-contained, accessible file a privacy officer can read (and
// print): per category the services, their cookies with lifetimes and the pages they were
// seen on; then what nothing classified, the storage keys, the pages, and a screenshot of
// the first page inlined as a data: URL. No script, no external request.
import { describeLifetime } from '../aggregate';
import type { ReportCookie, ScanReport } from '../types';

const CATEGORIES: [string, string][] = [
  ['necessary', 'Necessary'],
  ['analytical', 'Analytical (statistics)'],
  ['functional', 'Functional (embeds, chat, comments)'],
  ['other', 'Other (advertising, marketing, social)'],
];

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const list = (items: string[]) => (items.length ? `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : '—');
const pagesCell = (pages: string[]) => list(pages.map((page) => new URL(page).pathname + new URL(page).search));

function cookieRows(cookies: ReportCookie[]): string {
  return cookies
    .map(
      (cookie) => `<tr><th scope="row"><code>${escape(cookie.name)}</code></th><td>${escape(cookie.domain)}</td><td>${cookie.party}-party${cookie.refused ? ' <span class="note">(the scanning browser refused it; browsers that accept third-party cookies keep it)</span>' : ''}</td>` +
        `<td>${escape(describeLifetime(cookie.lifetimeSeconds))}${cookie.documentedLifetime ? ` <span class="note">(vendor: ${escape(cookie.documentedLifetime)})</span>` : ''}</td>` +
        `<td>${list(cookie.setBy.map((setter) => `${setter.via === 'header' ? 'response' : 'script'} ${setter.url}`))}</td><td>${pagesCell(cookie.pages)}</td></tr>`,
    )
    .join('\n');
}

const cookieTable = (caption: string, cookies: ReportCookie[]) =>
  cookies.length
    ? `<table><caption>${escape(caption)}</caption><thead><tr><th scope="col">Cookie</th><th scope="col">Domain</th><th scope="col">Party</th><th scope="col">Lifetime</th><th scope="col">Set by</th><th scope="col">Seen on</th></tr></thead><tbody>\n${cookieRows(cookies)}\n</tbody></table>`
    : '';

export function htmlReport(report: ScanReport, screenshot?: Buffer): string {
  const site = new URL(report.url).host;
  const sections = CATEGORIES.map(([category, title]) => {
    const services = report.services.filter((service) => service.category === category);
    if (!services.length) return '';
    const rows = services
      .map(
        (service) => `<tr><th scope="row">${escape(service.label)} <span class="note">(<code>${escape(service.preset)}</code>)</span></th><td>${escape(service.provider)}<br><a href="${escape(service.policyUrl)}">Privacy policy<span class="visually-hidden"> of ${escape(service.label)}</span></a></td>` +
          `<td>${list(service.hosts)}</td><td>${pagesCell(service.pages)}</td></tr>`,
      )
      .join('\n');
    const cookies = report.cookies.filter((cookie) => cookie.service?.category === category);
    return `<section aria-labelledby="cat-${category}"><h2 id="cat-${category}">${escape(title)}</h2>
<table><caption>Services</caption><thead><tr><th scope="col">Service</th><th scope="col">Provider</th><th scope="col">Hosts contacted</th><th scope="col">Seen on</th></tr></thead><tbody>
${rows}
</tbody></table>
${cookieTable(`Cookies of ${title.toLowerCase()} services`, cookies)}</section>`;
  }).join('\n');

  const unknownHosts = report.hosts.filter((host) => !host.service);
  const unknownCookies = report.cookies.filter((cookie) => !cookie.service);
  const unclassified =
    unknownHosts.length || unknownCookies.length
      ? `<section aria-labelledby="unclassified"><h2 id="unclassified">Unclassified</h2><p>No preset knows these: find out what they are and declare them in the config.</p>
${
  unknownHosts.length
    ? `<table><caption>Third-party hosts</caption><thead><tr><th scope="col">Host</th><th scope="col">Kinds of request</th><th scope="col">Requests</th><th scope="col">Examples</th><th scope="col">Seen on</th></tr></thead><tbody>
${unknownHosts.map((host) => `<tr><th scope="row">${escape(host.host)}</th><td>${escape(host.kinds.join(', '))}</td><td>${host.count}</td><td>${list(host.examples)}</td><td>${pagesCell(host.pages)}</td></tr>`).join('\n')}
</tbody></table>`
    : ''
}
${cookieTable('Cookies', unknownCookies)}</section>`
      : '';

  const storage = report.storage.length
    ? `<section aria-labelledby="storage"><h2 id="storage">Storage keys</h2><table><caption>localStorage and sessionStorage</caption><thead><tr><th scope="col">Key</th><th scope="col">Storage</th><th scope="col">Origin</th><th scope="col">Seen on</th></tr></thead><tbody>
${report.storage.map((item) => `<tr><th scope="row"><code>${escape(item.key)}</code></th><td>${item.area}Storage</td><td>${escape(item.origin)}</td><td>${pagesCell(item.pages)}</td></tr>`).join('\n')}
</tbody></table></section>`
    : '';

  const pages = `<section aria-labelledby="pages"><h2 id="pages">Pages scanned</h2><ol>${report.pages
    .map((page) => `<li>${escape(page.url)}${page.title ? ` — ${escape(page.title)}` : ''}${page.error ? ` <strong>(failed: ${escape(page.error)})</strong>` : ''}</li>`)
    .join('')}</ol></section>`;

  const shot = screenshot
    ? `<figure><img src="data:image/png;base64,${screenshot.toString('base64')}" alt="The first page scanned, ${escape(report.pages[0]?.url ?? report.url)}, as a visitor sees it before any choice" width="640"><figcaption>The first page, before any choice.</figcaption></figure>`
    : '';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie and tracker scan of ${escape(site)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:2px solid #1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #767676;padding:.4rem .5rem;text-align:left;vertical-align:top}thead th{background:#f0f0f0}
ul,ol{margin:0;padding-left:1.2rem}code{font-size:.95em}.note{color:#4a4a4a;font-weight:400}
a{color:#0645ad}figure{margin:1rem 0}img{max-width:100%;height:auto;border:1px solid #767676}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
</style>
</head>
<body>
<main>
<h1>Cookie and tracker scan of ${escape(site)}</h1>
<dl><dt>Start page</dt><dd>${escape(report.url)}</dd><dt>Scanned</dt><dd>${escape(report.scannedAt)}, ${report.pages.length} page(s), no consent given</dd>
<dt>Found</dt><dd>${report.services.length} known services, ${report.cookies.length} cookies, ${report.hosts.length} third-party hosts, ${unknownHosts.length + unknownCookies.length} unclassified</dd></dl>
${shot}
${sections}
${unclassified}
${storage}
${pages}
<p class="note">Made by <code>consentry scan</code>. Lifetimes are measured from the scan; the vendor’s documented lifetime is shown next to it.</p>
</main>
</body>
</html>
`;
}
