// What a scan records and reports: plain data, written to --json as it is.

/** How a request to another site was made. */
export type RequestKind = 'script' | 'image' | 'iframe' | 'fetch' | 'beacon' | 'websocket' | 'stylesheet' | 'font' | 'media' | 'other';

/** Who set a cookie, where the browser tells: a response's Set-Cookie header, or a script writing document.cookie. */
export interface CookieSetter {
  via: 'header' | 'script';
  url: string;
}

/** One cookie as one page saw it. */
export interface SeenCookie {
  name: string;
  domain: string;
  path: string;
  party: 'first' | 'third';
  /** `undefined` for a session cookie. */
  lifetimeSeconds?: number;
  setBy?: CookieSetter[];
  /**
   * A third-party cookie the vendor's response set but the scanning browser refused
   * (Chromium blocks third-party cookies in its fresh contexts). Visitors whose browsers
   * accept third-party cookies get it.
   */
  refused?: true;
}

export interface SeenRequest {
  url: string;
  host: string;
  kind: RequestKind;
}

export interface SeenStorage {
  area: 'local' | 'session';
  origin: string;
  key: string;
}

/** Everything one page visit recorded. */
export interface PageVisit {
  /** Where the page ended up, after redirects. */
  url: string;
  /** The URL visited, when it redirected elsewhere. */
  requested?: string;
  depth: number;
  title?: string;
  /** Why the page could not be read, if it could not. */
  error?: string;
  cookies: SeenCookie[];
  /** Requests to other sites only. */
  requests: SeenRequest[];
  storage: SeenStorage[];
  /** Same-site links found on the page. */
  links: string[];
  /** Names that gated markup uses: `data-consent` categories (with or without `!`) and `data-service` ids. */
  gates: { categories: string[]; services: string[] };
  /** With --declared, on a site running Consentry: every cookie after clicking Accept all. */
  afterConsent?: SeenCookie[];
}

/** Where a classification comes from, tried in this order; what none knows is unclassified. */
export type ClassificationSource = 'preset' | 'open-cookie-database' | 'consentry' | 'declared';

/** A service of Consentry's preset database (src/presets/database.ts). */
export interface PresetClassification {
  source: 'preset';
  preset: string;
  label: string;
  category: string;
}

/** An entry of the Open Cookie Database (scanner/data/cookie-database.ts). */
export interface DatasetClassification {
  source: 'open-cookie-database';
  /** The entry's id in the dataset. */
  id: string;
  /** The entry's name; a trailing `*` is a wildcard. */
  pattern: string;
  /** The platform (vendor or software) the dataset names. */
  label: string;
  category: string;
  /** The dataset's own category (Functional, Analytics, Marketing…), before mapping. */
  datasetCategory: string;
  controller?: string;
  retention?: string;
  description?: string;
  privacyUrl?: string;
}

/** Consentry's own cookie and storage keys. */
export interface OwnClassification {
  source: 'consentry';
  label: 'Consentry';
  category: 'necessary';
}

/** What the config given to --declared says of it. */
export interface DeclaredClassification {
  source: 'declared';
  /** `category "necessary"`, or `service "shop"`. */
  label: string;
  category: string;
}

export type Classification = PresetClassification | DatasetClassification | OwnClassification | DeclaredClassification;

export interface ReportCookie extends Omit<SeenCookie, 'setBy'> {
  setBy: CookieSetter[];
  classification?: Classification;
  /** The documented lifetime, when the preset declares it or the dataset gives a retention. */
  documentedLifetime?: string;
  pages: string[];
}

export interface ReportHost {
  host: string;
  kinds: RequestKind[];
  count: number;
  examples: string[];
  classification?: PresetClassification;
  pages: string[];
}

export interface ReportStorage extends SeenStorage {
  classification?: Classification;
  pages: string[];
}

export interface ReportService extends Omit<PresetClassification, 'source'> {
  hosts: string[];
  cookies: string[];
  pages: string[];
  policyUrl: string;
  provider: string;
}

export interface ReportPage {
  /** Where the page ended up, after redirects. */
  url: string;
  /** The link that led to it, when it redirected. */
  requested?: string;
  depth: number;
  title?: string;
  error?: string;
}

/** The whole scan: what --json writes and the other reports read. */
export interface ScanReport {
  url: string;
  scannedAt: string;
  /** The consentry release that scanned, and the dataset it classified with. */
  scanner: { version: string; dataset: { name: string; commit: string; date: string } };
  pages: ReportPage[];
  /** Category and service names that gated markup (`data-consent`, `data-service`) uses. */
  gates: { categories: string[]; services: string[] };
  services: ReportService[];
  cookies: ReportCookie[];
  hosts: ReportHost[];
  storage: ReportStorage[];
  unclassified: { hosts: string[]; cookies: string[]; storage: string[] };
  /** With --baseline: what changed since. */
  changes?: Changes;
  /** With --declared: the config against what was found. */
  declared?: DeclaredComparison;
  /** With --fail-on: the kinds asked for, and what of them was found (any makes the exit status 1). */
  failOn?: { kinds: FailKind[]; findings: Finding[] };
}

export interface Delta<T> {
  new: T[];
  gone: T[];
}

/** This scan against an earlier one (--baseline). */
export interface Changes {
  /** The baseline: when it was made, of what, over how many pages. */
  baseline: { url: string; scannedAt: string; pages: number };
  cookies: Delta<ReportCookie>;
  storage: Delta<ReportStorage>;
  hosts: Delta<ReportHost>;
}

/** A cookie a config declares. */
export interface Declaration {
  /** As declared: an exact name, or `*` at one end. */
  name: string;
  category: string;
  /** `category "necessary"`, `service "ga"`. */
  owner: string;
  /** The preset whose documented cookies these are: not the config's own words, so never stale. */
  preset?: string;
}

/** The config given to --declared against what the scan found. */
export interface DeclaredComparison {
  config: string;
  /** Found (before consent, or after Accept all) and declared nowhere. */
  undeclared: ReportCookie[];
  /** Declared, and set on no page scanned. */
  stale: Declaration[];
  /** Whether the scan could give consent (the site runs Consentry), so cookies set only after consent were seen. */
  consented: boolean;
}

export type FailKind = 'new' | 'unclassified' | 'leak';

export interface Finding {
  kind: FailKind;
  what: 'cookie' | 'storage key' | 'host';
  name: string;
  classification?: Classification;
  pages: string[];
}
