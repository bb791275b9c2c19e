/**
 * The hosts a raw config names where hosts belong — under `autoblock` (in any letter case)
 * and in services' `hosts` or preset ids — however malformed its shape. Until the manager has
 * checked a config, the gate holds every one of them; after, the manager holds for the page's
 * life those that no valid entry covers (fail closed). Pure.
 */
import { isObject } from './names';

/**
 * The pattern a string names: itself when it looks like a host or a URL prefix (the
 * validator's stricter rules keep exactly such strings, so they compare equal), else the host
 * name a URL-ish string carries. Loose on purpose: holding a malformed host holds nothing
 * real, and missing one would let a tracker through.
 */
function looseHost(value: string): string | undefined {
  if (/^([\w-]+\.)*[\w-]+$|^(https?:)?\/\/[^\s/]\S*$/i.test(value)) return value;
  try {
    return new URL(/^[a-z][\w+.-]*:/i.test(value) ? value : 'https://' + value.replace(/^[/*.]+/, '')).hostname || undefined;
  } catch {
    // Names no host.
  }
}

/** `obj[key]`, or nothing when its getter throws: such a value names no host (the validator says so). */
function read(obj: object, key: string): unknown {
  try {
    return (obj as Record<string, unknown>)[key];
  } catch {}
}
const values = (obj: object) => Object.keys(obj).map((key) => read(obj, key));

/** Every host pattern under `value`, a few levels deep. */
function collect(value: unknown, out: string[], depth = 0): string[] {
  if (typeof value == 'string') {
    const host = looseHost(value);
    if (host) out.push(host);
  } else if (depth < 3 && value && typeof value == 'object') for (const item of values(value)) collect(item, out, depth + 1);
  return out;
}

/** The hosts `input` names; `presetHosts` gives a preset id's. */
export function namedHosts(input: unknown, presetHosts: (id: string) => string[] | undefined): string[] {
  const named: string[] = [];
  if (!isObject(input)) return named;
  for (const key of Object.keys(input)) {
    const value = read(input, key);
    const lower = key.toLowerCase();
    if (lower == 'autoblock') collect(value, named);
    if (lower == 'services' && isObject(value))
      for (const service of values(value)) {
        if (typeof service == 'string') named.push(...(presetHosts(service) ?? []));
        else if (isObject(service)) collect(read(service, 'hosts'), named);
      }
  }
  return named;
}
