/**
 * The stored form of a consent record: a compact, versioned string with an integrity check.
 * Pure, and shared as it is by the gate, the manager and `consentry/server`: decoding never
 * throws, and anything malformed, edited, truncated, expired, of another version or
 * revision, or naming categories in an impossible way is `null`.
 *
 * Version 1, fields joined by `~` (all cookie-safe, so the value needs no encoding):
 *
 *   1~<id>~<revision>~<givenAt>~<updatedAt>~<expiresAt>~<method>~<gpc>~<categories>~<services>~<check>
 *
 * times are Unix seconds in base 36; method is one digit, an index into METHODS; gpc is 0 or
 * 1; categories and services are names joined by `.`, refused ones prefixed with `!`; check
 * is the FNV-1a hash (base 36) of everything before it.
 */
import type { ConsentRecord, Method } from '../types';
import { checksum } from './hash';
import { has, isName } from './names';

/** Well under the 4 KB per-cookie limit with attributes, so the browser never drops a write for size. */
export const MAX_VALUE_LENGTH = 1024;

/** Chrome caps cookie lifetimes at 400 days: a longer record is an edit (and a longer setting would silently shrink). */
export const MAX_EXPIRES_DAYS = 400;

export const METHODS: readonly Method[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];

const TIME = '~([\\da-z]{1,9})';
const FORMAT = RegExp(
  `^1~([\\da-f]{8}-[\\da-f]{4}-4[\\da-f]{3}-[89ab][\\da-f]{3}-[\\da-f]{12})~(\\d{1,10})${TIME + TIME + TIME}~([0-4])~([01])~([\\w!.-]*)~([\\w!.-]*)~([\\da-z]+)$`,
);
/** Clock skew tolerated between writing a record and reading it. */
const SKEW_SECONDS = 3600;

/** What a stored record is read against: the config in force and the time. */
export interface DecodeExpectations {
  revision: number;
  /** Milliseconds. */
  now: number;
  /** Configured categories; read-only ones can never be stored as refused. */
  categories: Record<string, { readOnly: boolean }>;
  services: object;
}

export function encodeRecord(record: ConsentRecord): string {
  const states = (map: Record<string, boolean>) =>
    Object.keys(map)
      .map((name) => (map[name] ? '' : '!') + name)
      .join('.');
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
  const payload = [1, record.id, record.revision, seconds(record.givenAt), seconds(record.updatedAt), seconds(record.expiresAt), METHODS.indexOf(record.method), +record.gpc, states(record.categories), states(record.services)].join('~');
  return payload + '~' + checksum(payload);
}

/**
 * Reads a stored record against the config in force. Stored names no longer configured are
 * dropped; configured ones the record does not name are absent (the visitor is asked again).
 */
export function decodeRecord(raw: unknown, expect: DecodeExpectations): ConsentRecord | null {
  const match = typeof raw == 'string' && raw.length <= MAX_VALUE_LENGTH && FORMAT.exec(raw);
  if (!match || match[10] !== checksum(raw.slice(0, raw.lastIndexOf('~')))) return null;
  const [given, updated, expires] = [match[3], match[4], match[5]].map((time) => parseInt(time!, 36)) as [number, number, number];
  const now = expect.now / 1000;
  const categories = decodeStates(match[8]!, expect.categories);
  const services = decodeStates(match[9]!, expect.services);
  if (
    +match[2]! !== expect.revision ||
    !(given <= updated && updated <= expires && updated <= now + SKEW_SECONDS && expires > now) ||
    expires - updated > MAX_EXPIRES_DAYS * 86400 ||
    !categories ||
    !services
  )
    return null;
  for (const name in expect.categories) {
    if (!expect.categories[name]!.readOnly) continue;
    if (categories[name] === false) return null;
    categories[name] = true;
  }
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
  return {
    id: match[1]!,
    revision: expect.revision,
    givenAt: iso(given),
    updatedAt: iso(updated),
    expiresAt: iso(expires),
    method: METHODS[+match[6]!]!,
    categories,
    services,
    gpc: match[7] == '1',
  };
}

/**
 * The choice that every stored copy agrees on (`values`: each cookie of that name the
 * browser sent: a host and a parent domain can both hold one), or `null`: none, one that
 * does not decode, or copies that disagree.
 */
export function readStored(values: readonly string[], expect: DecodeExpectations): ConsentRecord | null {
  const record = decodeRecord(values[0], expect);
  return record && values.every((value) => value === values[0]) ? record : null;
}

/** `null` when an entry is not a name or a name repeats; unconfigured names are dropped. */
function decodeStates(text: string, configured: object): Record<string, boolean> | null {
  const states: Record<string, boolean> = {};
  const seen = new Set<string>();
  for (const entry of text ? text.split('.') : []) {
    const name = entry.replace(/^!/, '');
    if (!isName(name) || seen.has(name)) return null;
    seen.add(name);
    if (has(configured, name)) states[name] = entry == name;
  }
  return states;
}
