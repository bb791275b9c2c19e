// Change detection: this scan against an earlier `--json` report (the baseline). A cookie is
// the same cookie by name and domain, a storage key by storage, origin and key, a host by
// its name. New items come from this scan, gone ones from the baseline, with the pages they
// were seen on there; both are classified by today's rules, so a gone cookie reads the same
// whatever release made the baseline.
import { classifyCookie, classifyHost, classifyStorage, type Declared } from './classification';
import { isFirstParty, siteOf } from './site';
import type { Changes, Delta, ReportCookie, ReportHost, ReportStorage, ScanReport } from './types';

import { SetupError } from './status';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Reads a baseline, checking the parts a comparison uses; anything else is refused with a reason. */
export function parseBaseline(text: string, path: string): Pick<ScanReport, 'url' | 'scannedAt' | 'pages' | 'cookies' | 'storage' | 'hosts'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SetupError(`consentry: --baseline ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const report = isObject(data) ? data : {};
  const list = (key: string, fields: string[]) => {
    const items = report[key];
    if (!Array.isArray(items) || !items.every((item) => isObject(item) && fields.every((field) => typeof item[field] === 'string'))) {
      throw new SetupError(`consentry: --baseline ${path} is not a report written by consentry scan --json (${key}: expected a list of {${fields.join(', ')}})`);
    }
    return items.map((item) => ({ ...item, pages: strings(item.pages) }));
  };
  if (typeof report.url !== 'string' || typeof report.scannedAt !== 'string' || Number.isNaN(Date.parse(report.scannedAt))) {
    throw new SetupError(`consentry: --baseline ${path} is not a report written by consentry scan --json (no url and scannedAt)`);
  }
  return {
    url: report.url,
    scannedAt: report.scannedAt,
    pages: list('pages', ['url']) as unknown as ScanReport['pages'],
    cookies: list('cookies', ['name', 'domain']).map((cookie) => ({ party: 'first', path: '/', ...cookie, setBy: [] })) as unknown as ReportCookie[],
    storage: list('storage', ['area', 'origin', 'key']) as unknown as ReportStorage[],
    hosts: list('hosts', ['host']).map((host) => ({ kinds: [], count: 0, examples: [], ...host })) as unknown as ReportHost[],
  };
}

const cookieKey = (cookie: ReportCookie) => `${cookie.name}\n${cookie.domain.replace(/^\./, '')}`;
const storageKey = (item: ReportStorage) => `${item.area}\n${item.origin}\n${item.key}`;

function delta<T>(before: T[], after: T[], key: (item: T) => string): Delta<T> {
  const was = new Set(before.map(key));
  const is = new Set(after.map(key));
  const once = (items: T[]) => items.filter((item, index) => items.findIndex((other) => key(other) === key(item)) === index);
  return { new: once(after.filter((item) => !was.has(key(item)))), gone: once(before.filter((item) => !is.has(key(item)))) };
}

function reclassify<C>(item: { classification?: C }, found: C | undefined) {
  if (found) item.classification = found;
  else delete item.classification;
}

function isFirstPartyOrigin(origin: string, site: string): boolean {
  try {
    return isFirstParty(new URL(origin).hostname, site);
  } catch {
    return false; // not a URL: nobody's origin
  }
}

export function compareReports(baseline: ReturnType<typeof parseBaseline>, current: ScanReport, declared?: Declared): Changes {
  const site = siteOf(current.url);
  const cookies = delta(baseline.cookies, current.cookies, cookieKey);
  const storage = delta(baseline.storage, current.storage, storageKey);
  const hosts = delta(baseline.hosts, current.hosts, (host) => host.host);
  // What the baseline says of a gone item is from its day: classify it as this scan would.
  for (const cookie of cookies.gone) reclassify(cookie, classifyCookie(cookie, declared));
  for (const item of storage.gone) reclassify(item, classifyStorage(item, isFirstPartyOrigin(item.origin, site) ? 'first' : 'third', declared));
  for (const host of hosts.gone) reclassify(host, classifyHost(host.examples));
  return { baseline: { url: baseline.url, scannedAt: baseline.scannedAt, pages: baseline.pages.length }, cookies, storage, hosts };
}
