/**
 * The ground floor shared by the validator, the gate's cheap config path, the codec and
 * gating: what a name, a link and a host pattern are, and which hosts a raw config names.
 * Pure.
 */
import type { ResolvedService } from '../types';

/** Category and service names: used in `data-consent`, in the stored cookie and as object keys. */
const NAME = /^[a-z][\w-]{0,31}$/i;
export const HOST = /^(?=.{1,253}$)[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*$/i;

/** A preset id → a fresh copy of its service definition (the presets module owns the table). */
export type PresetLookup = (id: string) => ResolvedService | undefined;

export const isObject = (value: unknown): value is Record<string, any> => !!value && typeof value === 'object' && !Array.isArray(value);

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
  } else if (depth < 3 && value && typeof value === 'object') for (const item of readableValues(value)) hostsNamedIn(item, out, depth + 1);
  return out;
}

/** `obj[key]`, or `undefined` when its getter throws: such a value names no host (the validator says so). */
function readable(obj: object, key: string): unknown {
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}
const readableValues = (obj: object) => Object.keys(obj).map((key) => readable(obj, key));

/**
 * The hosts a raw config names where hosts belong: under `autoblock` and in services'
 * `hosts` or preset ids, including keys spelt in another case (`autoBlock`).
 */
export function namedHosts(input: unknown, preset: PresetLookup): string[] {
  const named: string[] = [];
  if (!isObject(input)) return named;
  for (const key of Object.keys(input)) {
    const value = readable(input, key);
    if (key.toLowerCase() === 'autoblock') hostsNamedIn(value, named);
    if (key.toLowerCase() !== 'services' || !isObject(value)) continue;
    for (const service of readableValues(value)) {
      if (typeof service === 'string') named.push(...(preset(service)?.hosts ?? []));
      else if (isObject(service)) hostsNamedIn(readable(service, 'hosts'), named);
    }
  }
  return named;
}
