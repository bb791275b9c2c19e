// The HTML report's building blocks. Everything a scan found (names, URLs, the dataset's
// descriptions) is text from the outside world: it enters the page only through `escape`.
import type { Classification, ReportCookie, ReportHost, ReportStorage } from '../types';
import { describeLifetime, describeSource } from './describe';

export const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const list = (items: string[]) => (items.length ? `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>` : '—');

const path = (page: string) => {
  const url = new URL(page);
  return url.pathname + url.search;
};
export const pagesCell = (pages: string[]) => list(pages.map(path));

/** A link to an http(s) address, else the address as text. */
const link = (href: string, text: string, hidden: string) =>
  /^https?:\/\//i.test(href) ? `<a href="${escape(href)}">${escape(text)}<span class="visually-hidden"> ${escape(hidden)}</span></a>` : escape(text);

/** Its category and who classified it, and what that source says (the dataset's vendor, description and privacy link). */
export function sourceCell(classification: Classification | undefined): string {
  if (!classification) return 'unclassified';
  const source = `${escape(classification.category)}, ${escape(describeSource(classification))}`;
  if (classification.source !== 'open-cookie-database') return source;
  const details = [
    classification.description ? escape(classification.description) : '',
    classification.privacyUrl ? link(classification.privacyUrl, 'Privacy', `of ${classification.label}`) : '',
  ].filter(Boolean);
  return details.length ? `${source}<br><span class="note">${details.join(' ')}</span>` : source;
}

/** A table: a caption, column headings, and rows whose first cell heads the row. Cells are HTML already escaped. */
export function table(caption: string, headings: string[], rows: string[][]): string {
  if (!rows.length) return '';
  const head = headings.map((heading) => `<th scope="col">${escape(heading)}</th>`).join('');
  const body = rows.map(([first, ...rest]) => `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const lifetime = (cookie: ReportCookie) =>
  `${escape(describeLifetime(cookie.lifetimeSeconds))}${cookie.documentedLifetime ? ` <span class="note">(documented: ${escape(cookie.documentedLifetime)})</span>` : ''}`;
const party = (cookie: ReportCookie) =>
  `${cookie.party}-party${cookie.refused ? ' <span class="note">(the scanning browser refused it; browsers that accept third-party cookies keep it)</span>' : ''}`;

export const cookieTable = (caption: string, cookies: ReportCookie[]) =>
  table(
    caption,
    ['Cookie', 'Domain', 'Party', 'Lifetime', 'Classified by', 'Set by', 'Seen on'],
    cookies.map((cookie) => [
      `<code>${escape(cookie.name)}</code>`,
      escape(cookie.domain),
      party(cookie),
      lifetime(cookie),
      sourceCell(cookie.classification),
      list(cookie.setBy.map((setter) => `${setter.via === 'header' ? 'response' : 'script'} ${setter.url}`)),
      pagesCell(cookie.pages),
    ]),
  );

export const storageTable = (caption: string, items: ReportStorage[]) =>
  table(
    caption,
    ['Key', 'Storage', 'Origin', 'Classified by', 'Seen on'],
    items.map((item) => [`<code>${escape(item.key)}</code>`, `${item.area}Storage`, escape(item.origin), sourceCell(item.classification), pagesCell(item.pages)]),
  );

export const hostTable = (caption: string, hosts: ReportHost[]) =>
  table(
    caption,
    ['Host', 'Kinds of request', 'Requests', 'Classified by', 'Examples', 'Seen on'],
    hosts.map((host) => [escape(host.host), escape(host.kinds.join(', ')), String(host.count), sourceCell(host.classification), list(host.examples), pagesCell(host.pages)]),
  );
