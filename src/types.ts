/**
 * Public types of Consentry: the configuration users write, the record we store, the API
 * and its events. Types only: this module emits no code.
 */

/** A cookie a category or service sets; listed in the preference centre, deleted on withdrawal. */
export interface CookieDecl {
  /** Exact name, or a wildcard at either end: `_ga_*`, `*_session`. */
  name: string;
  provider?: string;
  duration?: string;
  description?: string;
  /** Domain the cookie is set on, when it is not the page's host or a parent of it. */
  domain?: string;
}

export interface CategoryConfig {
  label?: string;
  description?: string;
  /** Always on and cannot be refused (the `necessary` category). */
  readOnly?: boolean;
  cookies?: CookieDecl[];
}

export interface ServiceConfig {
  category: string;
  label?: string;
  description?: string;
  cookies?: CookieDecl[];
  /** Host names or URL prefixes whose scripts, JS-created images and beacons are held. */
  hosts?: string[];
  /** The provider's privacy policy. */
  url?: string;
}

export type Mode = 'opt-in' | 'opt-out' | 'notice';
export type ModeMap = { default: Mode } & Record<string, Mode>;
export type SameSite = 'Lax' | 'Strict' | 'None';
export type Theme = 'light' | 'dark' | 'auto';
export type Layout = 'bar' | 'box';
export type Position = 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

export interface CookieOptions {
  name?: string;
  domain?: string;
  path?: string;
  sameSite?: SameSite;
  /** Defaults to on for https pages. */
  secure?: boolean;
  expiresDays?: number;
}

/** Everything is optional: `createConsentry()` with no config gives the four default categories. */
export interface Config {
  categories?: Record<string, CategoryConfig>;
  /** A service definition, or the id of a built-in preset such as `"google-analytics"`. */
  services?: Record<string, ServiceConfig | string>;
  revision?: number;
  mode?: Mode | ModeMap;
  region?: string;
  cookie?: CookieOptions;
  language?: string;
  /** Per language, partial overrides of the visible texts. */
  translations?: Record<string, Record<string, unknown>>;
  policyUrl?: string;
  autoShow?: boolean;
  autoblock?: Record<string, string[]>;
  googleConsentMode?: boolean | Record<string, string[]>;
  gpc?: boolean;
  reloadOnRevoke?: boolean;
  /**
   * `endpoint` receives each choice as a receipt (proof of consent); `events` receives the
   * banner's anonymous events (shown, preferences, choice) for the ledger's insights.
   */
  record?: { endpoint?: string; events?: string };
  nonce?: string;
  theme?: Theme;
  layout?: Layout;
  position?: Position;
  hideFromBots?: boolean;
  /** Warn about third-party requests nothing covers (loads a small debug chunk). */
  debug?: boolean;
}

export interface ResolvedCategory {
  label?: string;
  description?: string;
  readOnly: boolean;
  cookies: CookieDecl[];
}

export interface ResolvedService {
  category: string;
  label?: string;
  description?: string;
  cookies: CookieDecl[];
  hosts: string[];
  url?: string;
  /** The built-in preset the service came from, if any. */
  preset?: string;
}

/** The configuration after validation and defaults; what `cmp.config` holds. */
export interface ResolvedConfig {
  categories: Record<string, ResolvedCategory>;
  services: Record<string, ResolvedService>;
  revision: number;
  /** The mode in force for this page, after `region` picked it from a mode map. */
  mode: Mode;
  /** The mode map, when one was configured. */
  modes?: ModeMap;
  region?: string;
  cookie: {
    name: string;
    domain?: string;
    path: string;
    sameSite: SameSite;
    secure?: boolean;
    expiresDays: number;
  };
  language: string;
  translations: Record<string, Record<string, unknown>>;
  policyUrl?: string;
  autoShow: boolean;
  autoblock: Record<string, string[]>;
  /**
   * Hosts named by config entries that were invalid (a misspelt category, a bad host list):
   * held for the page's life, since no valid choice can cover them (fail closed).
   */
  heldHosts: string[];
  googleConsentMode: false | Record<string, string[]>;
  gpc: boolean;
  reloadOnRevoke: boolean;
  record?: { endpoint?: string; events?: string };
  nonce?: string;
  theme: Theme;
  layout: Layout;
  position: Position;
  hideFromBots: boolean;
  /** Warn about third-party requests nothing covers. */
  debug?: boolean;
}

export type Method = 'accept-all' | 'reject-all' | 'custom' | 'gpc' | 'api';

/** Frozen: the page cannot change a visitor's choice by editing it. */
export interface ConsentRecord {
  /** Random UUID, kept across updates of the same visitor's choice. */
  readonly id: string;
  readonly revision: number;
  /** ISO 8601, first choice. */
  readonly givenAt: string;
  /** ISO 8601, last change. */
  readonly updatedAt: string;
  readonly expiresAt: string;
  readonly method: Method;
  /** Every configured category; read-only ones are always `true`. */
  readonly categories: Readonly<Record<string, boolean>>;
  readonly services: Readonly<Record<string, boolean>>;
  /** The browser sent Global Privacy Control when the choice was made. */
  readonly gpc: boolean;
}

/** Input of `set()`: categories and services to change; the rest keep their state. */
export interface Choice {
  [category: string]: boolean | Record<string, boolean> | undefined;
  services?: Record<string, boolean>;
}

export type View = 'banner' | 'preferences';

/** A category's visible name and purpose. */
export interface CategoryTexts {
  label: string;
  description: string;
}

/**
 * Every visible text. English is built in; each language file and `config.translations`
 * override any part of it. `{service}` and `{category}` in a text are replaced by names.
 */
export interface Texts {
  bannerTitle: string;
  bannerText: string;
  acceptAll: string;
  rejectAll: string;
  preferences: string;
  policyLink: string;
  preferencesTitle: string;
  preferencesText: string;
  save: string;
  close: string;
  alwaysOn: string;
  services: string;
  cookieName: string;
  cookieProvider: string;
  cookieDuration: string;
  cookiePurpose: string;
  /** Summary of a category's cookie table. */
  cookieDetails: string;
  /** Link to a service's own privacy policy. */
  servicePolicy: string;
  /** First layer (opt-in): `{categories}` is the list of the configured optional categories' labels. */
  bannerPurposes: string;
  /** How a list of categories is joined: between items, and before the last one ("A, B and C"). */
  listComma: string;
  listAnd: string;
  /** The same in a notice (opt-out and notice modes). */
  noticePurposes: string;
  /** The browser sends Global Privacy Control and the config honours it; `{categories}`: what it keeps off. */
  gpcHonoured: string;
  /** The signal is honoured, but no configured category is one it turns off. */
  gpcNone: string;
  /** The browser sends Global Privacy Control and the config does not honour it (`gpc: false`). */
  gpcNotHonoured: string;
  /** Label of the visitor's consent id in the preference centre. */
  consentId: string;
  /** Downloads the visitor's consent record as JSON. */
  downloadRecord: string;
  /** Cookie table column: session or persistent. */
  cookieType: string;
  session: string;
  persistent: string;
  /** Title of the notice shown in opt-out and notice modes. */
  noticeTitle: string;
  /** The notice in `notice` mode: informational only. */
  noticeText: string;
  /** The notice in `opt-out` mode: says what runs and how to opt out. */
  optOutText: string;
  doNotSell: string;
  /** Closes a notice, keeping the state in force. */
  dismiss: string;
  placeholderText: string;
  placeholderLoadOnce: string;
  placeholderAllow: string;
  categories: Record<string, CategoryTexts>;
  /** Purposes of built-in service presets, by preset id (a language file's translations). */
  servicePurposes?: Record<string, string>;
}

/** Texts of one language that differ from built-in English: what a language file holds. */
export type TextOverrides = Partial<Omit<Texts, 'categories'>> & { categories?: Record<string, Partial<CategoryTexts>> };

export interface ConsentryEvents {
  ready: { record: ConsentRecord | null };
  consent: ConsentRecord;
  /** `record` is `null` after `reset()`. */
  change: { record: ConsentRecord | null; changed: string[] };
  show: { view: View };
  hide: { view: View };
  /** The visible language changed (`setLanguage()`). */
  language: { language: string };
}

export type EventName = keyof ConsentryEvents;

/** One problem found by `validateConfig`. */
export interface ConfigIssue {
  level: 'error' | 'warning';
  /** Where, as written in the config: `config.categories.analytical.cookies[0].name`. */
  path: string;
  /** The full message, as printed to the console. */
  message: string;
}

/** The Consentry instance: `window.Consentry`, or what `createConsentry()` returns. */
export interface Consentry {
  /** The validated configuration in force. */
  readonly config: ResolvedConfig;
  get(): ConsentRecord | null;
  accepted(category: string): boolean;
  acceptedService(id: string): boolean;
  acceptAll(): void;
  rejectAll(): void;
  /**
   * Changes the named categories and services. `method` goes into the record: `"api"` for
   * code, `"custom"` for a choice the visitor made switch by switch (the preference centre).
   */
  set(choice: Choice, method?: 'custom' | 'api'): void;
  reset(): void;
  show(): void;
  hide(): void;
  showPreferences(): void;
  on<K extends EventName>(name: K, listener: (detail: ConsentryEvents[K]) => void): () => void;
  /** The visible language: a code such as `"fr"`. */
  readonly language: string;
  /** Texts of the current language that differ from built-in English (language file, then `translations`). */
  texts(): TextOverrides;
  /** Switches the visible language, loading its file if needed; unknown languages fall back to English. */
  setLanguage(code: string): Promise<void>;
  destroy(): void;
}
