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
  url: string;
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
}

/** A service the preset database knows, or `undefined`. */
export interface Classification {
  preset: string;
  label: string;
  category: string;
}

export interface ReportCookie extends Omit<SeenCookie, 'setBy'> {
  setBy: CookieSetter[];
  service?: Classification;
  /** The vendor's documented lifetime, when the preset declares it. */
  documentedLifetime?: string;
  pages: string[];
}

export interface ReportHost {
  host: string;
  kinds: RequestKind[];
  count: number;
  examples: string[];
  service?: Classification;
  pages: string[];
}

export interface ReportStorage extends SeenStorage {
  pages: string[];
}

export interface ReportService extends Classification {
  hosts: string[];
  cookies: string[];
  pages: string[];
  policyUrl: string;
  provider: string;
}

/** The whole scan: what --json writes and the other reports read. */
export interface ScanReport {
  url: string;
  scannedAt: string;
  pages: { url: string; depth: number; title?: string; error?: string }[];
  services: ReportService[];
  cookies: ReportCookie[];
  hosts: ReportHost[];
  storage: ReportStorage[];
  unclassified: { hosts: string[]; cookies: string[] };
}
