// From page visits to the report: cookies, hosts and storage keys merged across pages (with
// the pages they were seen on), classified by the preset database, services grouped.
import { classifyCookie, classifyUrl, cookieNameMatches, presetById } from './classify';
import type { PageVisit, ReportCookie, ReportHost, ReportService, ReportStorage, ScanReport } from './types';

const addPage = (pages: string[], url: string) => void (pages.includes(url) || pages.push(url));
const EXAMPLES = 3;

export function buildReport(url: string, visits: PageVisit[], now = new Date()): ScanReport {
  const cookies = new Map<string, ReportCookie>();
  const hosts = new Map<string, ReportHost>();
  const storage = new Map<string, ReportStorage>();

  for (const visit of visits) {
    for (const cookie of visit.cookies) {
      const key = `${cookie.name}\n${cookie.domain}\n${cookie.path}`;
      const known = cookies.get(key);
      if (known) {
        addPage(known.pages, visit.url);
        for (const setter of cookie.setBy ?? []) if (!known.setBy.some((s) => s.url === setter.url && s.via === setter.via)) known.setBy.push(setter);
        continue;
      }
      const { setBy = [], ...rest } = cookie;
      cookies.set(key, { ...rest, setBy: [...setBy], pages: [visit.url] });
    }
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
    const found = host.examples.map(classifyUrl).find(Boolean);
    if (!found) continue;
    host.service = found;
    const entry = service(found.preset);
    entry.hosts.push(host.host);
    for (const page of host.pages) addPage(entry.pages, page);
  }
  for (const cookie of cookies.values()) {
    const found = classifyCookie(cookie);
    if (!found) continue;
    cookie.service = found;
    const declared = presetById(found.preset)!.cookies.find((decl) => cookieNameMatches(decl.name, cookie.name));
    if (declared) cookie.documentedLifetime = declared.duration;
    const entry = service(found.preset);
    if (!entry.cookies.includes(cookie.name)) entry.cookies.push(cookie.name);
    for (const page of cookie.pages) addPage(entry.pages, page);
  }

  const byName = <T>(key: (item: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  const allHosts = [...hosts.values()].sort(byName((host) => host.host));
  const allCookies = [...cookies.values()].sort(byName((cookie) => cookie.name));
  return {
    url,
    scannedAt: now.toISOString(),
    pages: visits.map(({ url: page, depth, title, error }) => ({ url: page, depth, ...(title ? { title } : {}), ...(error ? { error } : {}) })),
    services: [...services.values()].sort(byName((entry) => entry.preset)),
    cookies: allCookies,
    hosts: allHosts,
    storage: [...storage.values()].sort(byName((item) => item.origin + item.key)),
    unclassified: {
      hosts: allHosts.filter((host) => !host.service).map((host) => host.host),
      cookies: allCookies.filter((cookie) => !cookie.service).map((cookie) => cookie.name),
    },
  };
}

/** "13 months", "2 days", "45 minutes": a lifetime in a unit a person reads at a glance. */
export function describeLifetime(seconds: number | undefined): string {
  if (seconds === undefined) return 'session';
  const day = 86400;
  const units: [number, number, string][] = [
    [700 * day, 365 * day, 'year'],
    [60 * day, 30.4 * day, 'month'],
    [2 * day, day, 'day'],
    [2 * 3600, 3600, 'hour'],
    [60, 60, 'minute'],
  ];
  for (const [from, size, unit] of units) {
    if (seconds >= from) {
      const count = Math.round(seconds / size);
      return `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}
