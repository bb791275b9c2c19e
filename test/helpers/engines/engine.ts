// The one interface the three-engine suites are written against: a case is written once
// and runs in Chromium (playwright-core), Firefox (puppeteer-core over WebDriver BiDi) and
// WebKit (selenium-webdriver with WebKitWebDriver). Every engine sends all traffic through
// the local web's proxy (web.ts), so tests count requests at the servers.

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface Engine {
  name: EngineName;
  /** A page in a fresh profile: no cookies, no storage, no cache from an earlier page. */
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface EnginePage {
  /** Navigates and resolves once the page's `load` event has fired. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (it is sent as source: no closures) and returns its result, awaited. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  /** A real click on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A real click inside the banner's open shadow root (`#consentry-root`). */
  clickInBanner(selector: string): Promise<void>;
  /** The names of the cookies the current page's URL would send, sorted. */
  cookies(): Promise<string[]>;
  /** Uncaught errors of the page; `undefined` where the engine's driver cannot report them. */
  errors: string[] | undefined;
  close(): Promise<void>;
}

/** The source of `fn`, called: what each driver sends to the page. */
export const callSource = (fn: () => unknown) => `(${fn.toString()})()`;
