/**
 * Pure validation and normalisation of the configuration. A schema of small rules checks
 * the shape, reporting one issue per bad path and dropping the bad part; the resolve step
 * then applies defaults and the rules that span keys (a service's category must exist).
 * Output objects are built only from own keys that passed a check, so no input key can
 * reach a prototype.
 */
import { MAX_EXPIRES_DAYS } from '../gate/codec';
import { namedHosts } from '../gate/held-hosts';
import { describeValue } from '../gate/log';
import { has, isName, isObject } from '../gate/names';
import { presetService } from '../gate/presets';
import type { ConfigIssue, ResolvedConfig } from '../types';
import { PRESET_DETAILS } from './preset-details-table';
import { resolveConfig, type Place, type PresetLookup } from './resolve-config';
import { didYouMean } from './suggest';

/** The built-in presets' ids, for "did you mean": from the manager's own table, not the gate's host table. */
const PRESET_IDS = Object.keys(PRESET_DETAILS);

/** A host name; its subdomains match too. */
export const HOST = /^(?=.{1,253}$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;

/** A host name, or a URL prefix starting with `http(s)://` or `//` (no spaces or control characters). */
export const isHostPattern = (value: unknown): boolean => typeof value == 'string' && (HOST.test(value) || /^(https?:)?\/\/[^\s/][^\s\0-\x1f\x7f]*$/i.test(value));

/** `true` for a link Consentry may render or call: `https:`, `http:` or relative. */
export function isSafeUrl(value: unknown): value is string {
  // Browsers drop tabs and newlines inside URLs ("java\tscript:"): refuse every control character.
  if (typeof value !== 'string' || !value || value.trim() !== value || /[\0-\x1f\x7f]/.test(value)) return false;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value);
  return !scheme || /^https?$/i.test(scheme[1]!);
}

/** RFC 6265 token characters, less `%` (js-cookie would encode it). */
const COOKIE_CHARS = "[\\w!#$&'+.^`|~-]{1,64}";
const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8}){0,2}$/i;
const REGION = /^[a-z\d-]{1,16}$/i;


export interface Normalized {
  config: ResolvedConfig;
  issues: ConfigIssue[];
}

type Obj = Record<string, any>;
/** Checks a value at a path: returns what is valid of it, or `undefined` after reporting. */
type Rule = (value: unknown, path: string) => any;






/** Validates a configuration and returns the problems found, as data (SPEC 2): the console's exact messages. */
export function validateConfig(input: unknown): ConfigIssue[] {
  return normalizeConfig(input, presetService).issues;
}

/**
 * Validates `input` and returns the configuration to run with, plus every problem found.
 * `place`: where Consentry's own files are; a host rule covering them is named.
 */
export function normalizeConfig(input: unknown, preset: PresetLookup = () => undefined, place?: Place): Normalized {
  const issues: ConfigIssue[] = [];
  const say = (path: string, text: string, level: ConfigIssue['level'] = 'error') =>
    void issues.push({ level, path, message: `consentry: ${path}: ${text}` });

  const is =
    (ok: (value: any) => unknown, expected: string): Rule =>
    (value, path) =>
      ok(value) ? value : say(path, `expected ${expected}, got ${describeValue(value)}`);
  const matches = (pattern: RegExp, expected: string) => is((v) => typeof v === 'string' && pattern.test(v), expected);
  const oneOf =
    (...options: unknown[]): Rule =>
    (value, path) =>
      options.includes(value) ? value : say(path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${describeValue(value)}${didYouMean(value, options as string[])}`);
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
          let item: unknown;
          try {
            item = value[key];
          } catch (error) {
            say(at, `${(error as Error)?.message ?? String(error)}; ignored`); // a getter that throws
            continue;
          }
          const checked = check(item, at);
          if (checked !== undefined) out[key] = checked;
        } else if (typeof rule === 'function') say(at, `expected ${expectedKey}, got ${describeValue(key)}`);
        else {
          say(at, `unknown key, ignored${didYouMean(key, Object.keys(rule))}`, 'warning');
        }
      }
      return out;
    };
  const required = (rule: Rule, key: string): Rule => (value, path) => {
    const out = rule(value, path);
    if (!out || out[key] !== undefined) return out;
    try {
      if (isObject(value) && value[key] === undefined) say(`${path}.${key}`, 'missing');
    } catch {
      // A getter that throws: said when its object was read; the entry is left out.
    }
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
    preset: (id, path) => preset(id as string) ?? say(path, `expected a service object or a preset id, got ${describeValue(id)}${didYouMean(id, PRESET_IDS)}`),
  };
  const given: Obj = input == null ? {} : (configShape(kit)(input, 'config') ?? {});

  return { config: resolveConfig(given, namedHosts(input, (id) => preset(id)?.hosts), preset, say, place), issues };
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
    // `endpoint` takes the receipts (proof of consent), `events` the anonymous banner events (SPEC 12).
    record: object({ endpoint: url, events: url }),
    nonce: matches(/^[\w+/=-]{1,200}$/, 'a CSP nonce (base64 characters)'),
    theme: oneOf('light', 'dark', 'auto'),
    layout: oneOf('bar', 'box'),
    position: oneOf('bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'),
    hideFromBots: bool,
    debug: bool,
  });
}
