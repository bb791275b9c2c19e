// From page visits to the report: cookies, hosts and storage keys merged across pages (with
// the pages they were seen on), each classified (scanner/classification.ts), services grouped.
import { SOURCE } from './data/cookie-database';
import { classifyCookie, classifyHost, classifyStorage, type Declared } from './classification';
import { cookieNameMatches, presetById } from './classify';
import { isFirstParty, siteOf } from './site';
import type { PageVisit, ReportCookie, ReportHost, ReportService, ReportStorage, ScanReport, SeenCookie } from './types';
import { VERSION } from '../src/version';

const addPage = (pages: string[], url: string) => void (pages.includes(url) || pages.push(url));
const EXAMPLES = 3;

/** Cookies merged across pages by name, domain and path, with the pages each was seen on and who set it. */
export function mergeCookies(pages: { url: string; cookies: SeenCookie[] }[]): ReportCookie[] {
  const cookies = new Map<string, ReportCookie>();
  for (const page of pages) {
    for (const cookie of page.cookies) {
      const key = `${cookie.name}\n${cookie.domain}\n${cookie.path}`;
      const known = cookies.get(key);
      if (known) {
        addPage(known.pages, page.url);
        for (const setter of cookie.setBy ?? []) if (!known.setBy.some((s) => s.url === setter.url && s.via === setter.via)) known.setBy.push(setter);
        continue;
      }
      const { setBy = [], ...rest } = cookie;
      cookies.set(key, { ...rest, setBy: [...setBy], pages: [page.url] });
    }
  }
  return [...cookies.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function buildReport(url: string, visits: PageVisit[], now = new Date(), declared?: Declared): ScanReport {
  const site = siteOf(url);
  const hosts = new Map<string, ReportHost>();
  const storage = new Map<string, ReportStorage>();
  const gates = { categories: new Set<string>(), services: new Set<string>() };

  for (const visit of visits) {
    for (const request of visit.requests) {
      const known = hosts.get(request.host) ?? { host: request.host, kinds: [], count: 0, examples: [], pages: [] };
      known.count++;
      if (!known.kinds.includes(request.kind)) known.kinds.push(request.kind);
      if (known.examples.length < EXAMPLES && !known.examples.includes(request.url)) known.examples.push(request.url);
      addPage(known.pages, visit.url);
      hosts.set(request.host, known);
    }
    for (const item of visit.storage) {
      const key = `${item.area}\n${item.origin}\n${item.key}`;
      const known = storage.get(key) ?? { ...item, pages: [] };
      addPage(known.pages, visit.url);
      storage.set(key, known);
    }
    for (const name of visit.gates.categories) gates.categories.add(name);
    for (const name of visit.gates.services) gates.services.add(name);
  }

  const services = new Map<string, ReportService>();
  const service = (preset: string) => {
    const known = services.get(preset);
    if (known) return known;
    const entry = presetById(preset)!;
    const created: ReportService = { preset, label: entry.label, category: entry.category, provider: entry.provider, policyUrl: entry.policyUrl, hosts: [], cookies: [], pages: [] };
    services.set(preset, created);
    return created;
  };

  for (const host of hosts.values()) {
    // A host belongs to a service when one of its requests does (a URL-prefix preset holds only part of a host).
    const found = classifyHost(host.examples);
    if (!found) continue;
    host.classification = found;
    const entry = service(found.preset);
    entry.hosts.push(host.host);
    for (const page of host.pages) addPage(entry.pages, page);
  }
  const allCookies = mergeCookies(visits);
  for (const cookie of allCookies) {
    const found = classifyCookie(cookie, declared);
    if (!found) continue;
    cookie.classification = found;
    if (found.source === 'open-cookie-database' && found.retention) cookie.documentedLifetime = found.retention;
    if (found.source !== 'preset') continue;
    const documented = presetById(found.preset)!.cookies.find((decl) => cookieNameMatches(decl.name, cookie.name));
    if (documented) cookie.documentedLifetime = documented.duration;
    const entry = service(found.preset);
    if (!entry.cookies.includes(cookie.name)) entry.cookies.push(cookie.name);
    for (const page of cookie.pages) addPage(entry.pages, page);
  }
  for (const item of storage.values()) {
    const found = classifyStorage(item, isFirstParty(new URL(item.origin).hostname, site) ? 'first' : 'third', declared);
    if (found) item.classification = found;
  }

  const byName = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  const allHosts = [...hosts.values()].sort(byName((host) => host.host));
  const allStorage = [...storage.values()].sort(byName((item) => item.origin + item.key));
  return {
    url,
    scannedAt: now.toISOString(),
    scanner: { version: VERSION, dataset: { name: SOURCE.name, commit: SOURCE.commit, date: SOURCE.date } },
    pages: visits.map(({ url: page, requested, depth, title, error }) => ({ url: page, ...(requested ? { requested } : {}), depth, ...(title ? { title } : {}), ...(error ? { error } : {}) })),
    gates: { categories: [...gates.categories].sort(), services: [...gates.services].sort() },
    services: [...services.values()].sort(byName((entry) => entry.preset)),
    cookies: allCookies,
    hosts: allHosts,
    storage: allStorage,
    unclassified: {
      hosts: allHosts.filter((host) => !host.classification).map((host) => host.host),
      cookies: allCookies.filter((cookie) => !cookie.classification).map((cookie) => cookie.name),
      storage: allStorage.filter((item) => !item.classification).map((item) => item.key),
    },
  };
}
