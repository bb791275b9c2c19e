/**
 * Pure validation and normalisation of the configuration. A schema of small rules checks
 * the shape, reporting one issue per bad path and dropping the bad part; the resolve step
 * then applies defaults and the rules that span keys (a service's category must exist).
 * Output objects are built only from own keys that passed a check, so no input key can
 * reach a prototype.
 */
import { presetService } from '../gating/presets';
import { describeValue } from '../log';
import type { ConfigIssue, Mode, ResolvedConfig, ResolvedService } from '../types';
import { DEFAULT_CONSENT_MODE, MAX_EXPIRES_DAYS, defaultConfig } from './defaults';
import { resolveMode } from './resolve';

/** Category and service names: used in `data-consent`, in the stored cookie and as object keys. */
const NAME = /^[a-z][\w-]{0,31}$/i;
const HOST = /^(?=.{1,253}$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;
/** RFC 6265 token characters, less `%` (js-cookie would encode it). */
const COOKIE_CHARS = "[\\w!#$&'+.^`|~-]{1,64}";
const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8}){0,2}$/i;
const REGION = /^[a-z\d-]{1,16}$/i;

/** A preset id → a fresh copy of its service definition (the gating module owns the table). */
export type PresetLookup = (id: string) => ResolvedService | undefined;

export interface Normalized {
  config: ResolvedConfig;
  issues: ConfigIssue[];
}

type Obj = Record<string, any>;
/** Checks a value at a path: returns what is valid of it, or `undefined` after reporting. */
type Rule = (value: unknown, path: string) => any;

export const has = (obj: object, key: unknown): key is string =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(obj, key);

/** `true` for a name that may key a category or service: never an `Object.prototype` member. */
export const isName = (value: unknown): value is string => typeof value === 'string' && NAME.test(value) && !(value in {});

/** `true` for a link Consentry may render or call: `https:`, `http:` or relative. */
export function isSafeUrl(value: unknown): value is string {
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"): refuse every control character.
  if (typeof value !== 'string' || !value || value.trim() !== value || /[\0-\x1f\x7f]/.test(value)) return false;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value);
  return !scheme || /^https?$/i.test(scheme[1]!);
}

/** A host name (its subdomains match too), or a URL prefix starting with `http(s)://` or `//`. */
export const isHostPattern = (value: unknown): value is string =>
  typeof value === 'string' && (HOST.test(value) || (/^(https?:)?\/\/[^\s/]/i.test(value) && isSafeUrl(value)));

const isObject = (value: unknown): value is Obj => !!value && typeof value === 'object' && !Array.isArray(value);

/** The host pattern a string names: itself when valid, else the host name a URL-ish string carries. */
function looseHost(value: string): string | undefined {
  if (isHostPattern(value)) return value;
  const text: string = value;
  try {
    const { hostname } = new URL(/^[a-z][a-z\d+.-]*:/i.test(text) ? text : 'https://' + text.replace(/^\/+/, ''));
    if (hostname.includes('.') && HOST.test(hostname)) return hostname;
  } catch {
    // Names no host.
  }
}

/** Every host pattern a raw config value names, however malformed its shape (a few levels deep). */
function hostsNamedIn(value: unknown, out: string[], depth = 0): string[] {
  if (typeof value === 'string') {
    const host = looseHost(value);
    if (host) out.push(host);
  } else if (depth < 3 && value && typeof value === 'object') for (const item of Object.values(value)) hostsNamedIn(item, out, depth + 1);
  return out;
}

/** Validates a configuration and returns the problems found, as data (SPEC §2); preset ids resolve to the built-in presets. */
export function validateConfig(input: unknown, preset: PresetLookup = presetService): ConfigIssue[] {
  return normalizeConfig(input, preset).issues;
}

/** Validates `input` and returns the configuration to run with, plus every problem found. */
export function normalizeConfig(input: unknown, preset: PresetLookup = () => undefined): Normalized {
  const issues: ConfigIssue[] = [];
  const say = (path: string, text: string, level: ConfigIssue['level'] = 'error') =>
    void issues.push({ level, path, message: `consentry: ${path}: ${text}` });

  const is =
    (ok: (value: any) => unknown, expected: string): Rule =>
    (value, path) =>
      ok(value) ? value : say(path, `expected ${expected}, got ${describeValue(value)}`);
  const matches = (pattern: RegExp, expected: string) => is((v) => typeof v === 'string' && pattern.test(v), expected);
  const oneOf = (...options: unknown[]) => is((v) => options.includes(v), 'one of ' + options.map((o) => JSON.stringify(o)).join(', '));
  const either =
    (test: (value: unknown) => boolean, then: Rule, otherwise: Rule): Rule =>
    (value, path) =>
      (test(value) ? then : otherwise)(value, path);

  /** A map whose keys pass `keyOk`; with `fields`, the keys are fixed and each has its own rule. */
  const object =
    (rule: Rule | Record<string, Rule>, keyOk: (key: string) => unknown = isName, expectedKey = 'a name (a letter, then letters, digits, _ or -)'): Rule =>
    (value, path) => {
      if (!isObject(value)) return say(path, `expected an object, got ${describeValue(value)}`);
      const out: Obj = {};
      for (const key of Object.keys(value)) {
        const at = `${path}.${key}`;
        const check = (typeof rule === 'function' ? keyOk(key) && rule : has(rule, key) && rule[key]) as Rule | false;
        if (check) {
          const checked = check(value[key], at);
          if (checked !== undefined) out[key] = checked;
        } else if (typeof rule === 'function') say(at, `expected ${expectedKey}, got ${describeValue(key)}`);
        else {
          const hint = Object.keys(rule).find((known) => known.toLowerCase() === key.toLowerCase());
          say(at, `unknown key, ignored${hint ? ` (did you mean "${hint}"?)` : ''}`, 'warning');
        }
      }
      return out;
    };
  const required = (rule: Rule, key: string): Rule => (value, path) => {
    const out = rule(value, path);
    if (!out || out[key] !== undefined) return out;
    if (isObject(value) && value[key] === undefined) say(`${path}.${key}`, 'missing');
  };
  const list =
    (rule: Rule): Rule =>
    (value, path) =>
      Array.isArray(value)
        ? value.map((item, i) => rule(item, `${path}[${i}]`)).filter((item) => item !== undefined)
        : say(path, `expected an array, got ${describeValue(value)}`);

  const kit: ShapeKit<Rule> = {
    is,
    matches,
    oneOf,
    either,
    object,
    required,
    list,
    preset: (id, path) => preset(id as string) ?? say(path, `expected a service object or a preset id, got ${describeValue(id)}`),
  };
  const given: Obj = input == null ? {} : (configShape(kit)(input, 'config') ?? {});

  const { $schema, categories, services, autoblock, googleConsentMode, mode: modes, cookie, translations, ...rest } = given;
  const named = namedHosts(input, preset);
  const config: ResolvedConfig = Object.assign(defaultConfig(), rest);

  if (categories) {
    config.categories = { necessary: { readOnly: true, cookies: [] } };
    for (const name in categories) {
      config.categories[name] = { cookies: [], ...categories[name], readOnly: name === 'necessary' || !!categories[name].readOnly };
    }
  }
  /** Keeps the entries of `map` whose category is configured; reports the others. */
  const byCategory = (key: string, map: Obj = {}, categoryOf: (entry: any, name: string) => string = (_, name) => name) => {
    const out: Obj = {};
    for (const name in map) {
      const category = categoryOf(map[name], name);
      if (config.categories[category]) out[name] = map[name];
      else say(`config.${key}.${name}`, `"${category}" is not a configured category (${Object.keys(config.categories)}); ignored, its hosts stay blocked`);
    }
    return out;
  };
  config.services = byCategory('services', services, (service) => service.category);
  for (const id in config.services) config.services[id] = { cookies: [], hosts: [], ...config.services[id] } as ResolvedService;
  config.autoblock = byCategory('autoblock', autoblock);
  // Fail closed: a host the config names that no valid entry covers stays held for the page's life.
  const covered = new Set(Object.values(config.autoblock).flat());
  for (const id in config.services) for (const pattern of config.services[id]!.hosts) covered.add(pattern);
  config.heldHosts = [...new Set(named)].filter((pattern) => !covered.has(pattern));
  config.googleConsentMode = googleConsentMode === true ? DEFAULT_CONSENT_MODE : !!googleConsentMode && byCategory('googleConsentMode', googleConsentMode);
  // Language tags compare case-insensitively (BCP 47); keep them lower-case.
  config.language = config.language.toLowerCase();
  for (const lang in translations) config.translations[lang.toLowerCase()] = translations[lang];

  if (isObject(modes)) {
    if (!modes.default) say('config.mode.default', 'missing; "opt-in" applies where no region matches');
    config.mode = resolveMode(modes as Record<string, Mode>, config.region);
    config.modes = modes as ResolvedConfig['modes'];
  } else if (modes) config.mode = modes;

  const c = Object.assign(config.cookie, cookie);
  // Browsers refuse a __Host- cookie with a domain, another path or without Secure.
  if (/^__Host-/.test(c.name) && (c.domain || c.path !== '/' || c.secure === false)) {
    say('config.cookie', 'a "__Host-" cookie needs no domain, path "/" and secure: using those');
    delete c.domain;
    c.path = '/';
    c.secure = true;
  }
  if (c.sameSite === 'None' && c.secure === false) {
    say('config.cookie.sameSite', 'browsers refuse "None" without secure: using "Lax"');
    c.sameSite = 'Lax';
  }
  return { config, issues };
}

/**
 * The hosts a raw config names where hosts belong: under `autoblock` and in services'
 * `hosts` or preset ids, including keys spelt in another case (`autoBlock`).
 */
function namedHosts(input: unknown, preset: PresetLookup): string[] {
  const named: string[] = [];
  if (!isObject(input)) return named;
  for (const key of Object.keys(input)) {
    const value = input[key];
    if (key.toLowerCase() === 'autoblock') hostsNamedIn(value, named);
    if (key.toLowerCase() !== 'services' || !isObject(value)) continue;
    for (const service of Object.values(value)) {
      if (typeof service === 'string') named.push(...(preset(service)?.hosts ?? []));
      else if (isObject(service)) hostsNamedIn(service.hosts, named);
    }
  }
  return named;
}

/** The combinators a config shape is written with: the validator's rules, or JSON Schema fragments. */
export interface ShapeKit<R> {
  is(ok: (value: any) => unknown, expected: string): R;
  matches(pattern: RegExp, expected: string): R;
  oneOf(...options: unknown[]): R;
  either(test: (value: unknown) => boolean, then: R, otherwise: R): R;
  object(rule: R | Record<string, R>, keyOk?: (key: string) => unknown, expectedKey?: string): R;
  required(rule: R, key: string): R;
  list(rule: R): R;
  /** A built-in preset's id. */
  preset: R;
}

/**
 * The shape of a configuration, written once: `normalizeConfig` runs it as the validator,
 * and the build turns it into `consentry.schema.json` (src/config/schema.ts), so editors
 * and the validator never disagree about what a key takes.
 */
export function configShape<R>({ is, matches, oneOf, either, object, required, list, preset }: ShapeKit<R>): R {
  const str = is((v) => typeof v === 'string', 'a string');
  const bool = is((v) => typeof v === 'boolean', 'true or false');
  const url = is(isSafeUrl, 'an https:, http: or relative URL');
  const domain = is((v) => typeof v === 'string' && HOST.test(v.replace(/^\./, '')), 'a domain name such as "example.com"');
  const hosts = list(is(isHostPattern, 'a host name or a URL prefix such as "https://example.com/js/"'));
  const cookies = list(
    required(
      object({
        name: matches(RegExp(`^\\*?${COOKIE_CHARS}\\*?$`), 'a cookie name, with "*" at one end for a wildcard'),
        provider: str,
        duration: str,
        description: str,
        domain,
      }),
      'name',
    ),
  );
  /** Visible texts: strings, at most three levels deep (`categories.analytical.label`). */
  const texts = (depth: number): R =>
    object(depth ? either(isObject, texts(depth - 1), str) : str, (key) => !(key in {}), 'a text key');
  const mode = oneOf('opt-in', 'opt-out', 'notice');

  return object({
    // An editor's link to consentry.schema.json; accepted and dropped.
    $schema: str,
    categories: object(object({ label: str, description: str, readOnly: bool, cookies })),
    services: object(
      either(
        (v) => typeof v === 'string',
        preset,
        required(object({ category: is(isName, 'a category name'), label: str, description: str, cookies, hosts, url }), 'category'),
      ),
    ),
    revision: is((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 31, 'a whole number from 0'),
    mode: either(isObject, object(mode, (key) => REGION.test(key), 'a region code or "default"'), mode),
    region: matches(REGION, 'a region code such as "US-CA" or "EU"'),
    cookie: object({
      name: matches(RegExp(`^${COOKIE_CHARS}$`), 'a cookie name'),
      domain,
      path: matches(/^\/[^\s;,]*$/, 'a path starting with "/"'),
      sameSite: oneOf('Lax', 'Strict', 'None'),
      secure: bool,
      expiresDays: is((v) => typeof v === 'number' && v >= 1 && v <= MAX_EXPIRES_DAYS, `days from 1 to ${MAX_EXPIRES_DAYS}`),
    }),
    language: matches(/^(auto|[a-z]{2,3}(-[a-z\d]{2,8}){0,2})$/i, '"auto" or a language code such as "pt-BR"'),
    translations: object(texts(2), (key) => LANGUAGE.test(key), 'a language code such as "pt-BR"'),
    policyUrl: url,
    autoShow: bool,
    autoblock: object(hosts),
    googleConsentMode: either(
      (v) => typeof v === 'boolean',
      bool,
      object(
        list(
          oneOf('ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'),
        ),
      ),
    ),
    gpc: bool,
    reloadOnRevoke: bool,
    record: required(object({ endpoint: url }), 'endpoint'),
    nonce: matches(/^[\w+/=-]{1,200}$/, 'a CSP nonce (base64 characters)'),
    theme: oneOf('light', 'dark', 'auto'),
    layout: oneOf('bar', 'box'),
    position: oneOf('bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'),
    hideFromBots: bool,
    debug: bool,
  });
}
