// The Open Cookie Database (scanner/data/cookie-database.ts, generated from the vendored CSV):
// which known cookie or storage key a name is. Tried after the presets. A name matches an
// entry exactly, or by the entry's wildcard (a prefix). An entry that names the vendor's
// domains covers a cookie on those domains or set from them; by an exact name it also
// covers a first-party cookie anywhere, since vendors' scripts set their cookies on the
// site's own domain (Shopify's), but not by a wildcard: Marfeel's "_s*" is not every
// site's "_session". When the closest entries disagree (two vendors' "token"), nothing is
// guessed.
import { CATEGORIES, COOKIES, VENDORS } from './data/cookie-database';
import type { DatasetClassification } from './types';

interface Entry {
  row: (typeof COOKIES)[number];
  prefix: string;
  exact: boolean;
  domains: string[];
}

/** What a name is found with: its domain (a cookie's, or a storage key's origin host), its party, who set it. */
export interface DatasetQuery {
  name: string;
  domain: string;
  party: 'first' | 'third';
  /** Host names of the responses or scripts that set it. */
  setters?: string[];
}

function buildIndex() {
  const exact = new Map<string, Entry[]>();
  const wildcards: Entry[] = [];
  for (const row of COOKIES) {
    const [pattern, , , domains] = row;
    const entry: Entry = { row, exact: !pattern.endsWith('*'), prefix: pattern.replace(/\*$/, ''), domains: domains ? domains.split(' ') : [] };
    if (entry.exact) exact.set(pattern, [...(exact.get(pattern) ?? []), entry]);
    else wildcards.push(entry);
  }
  return { exact, wildcards };
}
const INDEX = buildIndex();

const covers = (domain: string, host: string) => host === domain || host.endsWith('.' + domain);

/** The dataset's entry for `query`, or `undefined` when it has none, or two that disagree. */
export function lookupDataset(query: DatasetQuery): DatasetClassification | undefined {
  const { exact, wildcards } = INDEX;
  const hosts = [query.domain.replace(/^\./, '').toLowerCase(), ...(query.setters ?? [])];
  const candidates = [...(exact.get(query.name) ?? []), ...wildcards.filter((entry) => query.name.startsWith(entry.prefix))];
  // Closest first: on the vendor's own domain, then an exact name, then the longest prefix.
  const onItsDomain = (entry: Entry) => entry.domains.some((domain) => hosts.some((host) => covers(domain, host)));
  const score = (entry: Entry) => (onItsDomain(entry) ? 1e6 : 0) + (entry.exact ? 1e3 : 0) + entry.prefix.length;
  const applicable = candidates.filter((entry) => !entry.domains.length || onItsDomain(entry) || (query.party === 'first' && entry.exact));
  const best = Math.max(...applicable.map(score));
  const closest = applicable.filter((entry) => score(entry) === best);
  const [first] = closest;
  if (!first) return;
  const verdict = (entry: Entry) => `${VENDORS[entry.row[1]]![0]}\n${CATEGORIES[entry.row[2]]}`;
  if (closest.some((entry) => verdict(entry) !== verdict(first))) return;
  const [pattern, vendor, datasetCategory, , retention, description, id] = first.row;
  const [label, controller, privacyUrl] = VENDORS[vendor]!;
  return {
    source: 'open-cookie-database',
    id,
    pattern,
    label,
    category: CATEGORIES[datasetCategory]!,
    datasetCategory,
    ...(controller ? { controller } : {}),
    ...(retention ? { retention } : {}),
    ...(description ? { description } : {}),
    ...(privacyUrl ? { privacyUrl } : {}),
  };
}
