/**
 * The stored form of a consent record: a compact, versioned string with an integrity check.
 * Pure: decoding never throws, and anything malformed, edited, truncated, expired, of
 * another version or revision, or naming categories in an impossible way is `null`.
 *
 * Version 1, fields joined by `~` (all cookie-safe, so js-cookie stores them verbatim):
 *
 *   1~<id>~<revision>~<givenAt>~<updatedAt>~<expiresAt>~<method>~<gpc>~<categories>~<services>~<check>
 *
 * times are Unix seconds in base 36; method is one letter of METHODS; gpc is 0 or 1;
 * categories and services are names joined by `.`, refused ones prefixed with `!`;
 * check is the FNV-1a hash (base 36) of everything before it.
 */
import { MAX_EXPIRES_DAYS } from '../config/defaults';
import { has, isName } from '../config/names';
import type { ConsentRecord, Method } from '../types';


/** Well under the 4 KB per-cookie limit with attributes, so the browser never drops a write for size. */
export const MAX_VALUE_LENGTH = 1024;

export const METHODS: Method[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];
const TIME = '~([\\da-z]{1,9})';
const FORMAT = RegExp(
  `^1~([\\da-f]{8}-[\\da-f]{4}-4[\\da-f]{3}-[89ab][\\da-f]{3}-[\\da-f]{12})~(\\d{1,10})${TIME + TIME + TIME}~([0-4])~([01])~([\\w!.-]*)~([\\w!.-]*)~([\\da-z]+)$`,
);
/** Clock skew tolerated between writing a record and reading it. */
const SKEW_SECONDS = 3600;

export interface DecodeExpectations {
  revision: number;
  /** Milliseconds. */
  now: number;
  /** Configured categories; read-only ones can never be stored as refused. */
  categories: Record<string, { readOnly: boolean }>;
  services: object;
}

/**
 * Reads a stored record against the current configuration. Stored names that are no longer
 * configured are dropped; configured ones the record does not name are absent (the caller
 * asks the visitor again for those).
 */
export function decodeRecord(raw: unknown, expect: DecodeExpectations): ConsentRecord | null {
  const match = typeof raw === 'string' && raw.length <= MAX_VALUE_LENGTH && FORMAT.exec(raw);
  if (!match || match[10] !== checksum(raw.slice(0, raw.lastIndexOf('~')))) return null;
  const [, id, revision, ...rest] = match as unknown as string[];
  const [given, updated, expires] = rest.map((time) => parseInt(time!, 36)) as [number, number, number];
  const now = expect.now / 1000;
  const categories = decodeStates(rest[5]!, expect.categories);
  const services = decodeStates(rest[6]!, expect.services);
  if (
    +revision! !== expect.revision ||
    !(given <= updated && updated <= expires && updated <= now + SKEW_SECONDS && expires > now) ||
    // A lifetime longer than any we write is an edit (and could overflow Date).
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
  return {
    id: id!,
    revision: expect.revision,
    givenAt: toIso(given),
    updatedAt: toIso(updated),
    expiresAt: toIso(expires),
    method: METHODS[+rest[3]!]!,
    categories,
    services,
    gpc: rest[4] === '1',
  };
}

/** FNV-1a, 32 bits: small and fast; it detects corruption and edits, not forgery. */
export function checksum(text: string, seed = 0x811c9dc5): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** `null` when an entry is not a name or a name repeats; unconfigured names are dropped. */
function decodeStates(text: string, configured: object): Record<string, boolean> | null {
  const states: Record<string, boolean> = {};
  const seen = new Set<string>();
  for (const entry of text ? text.split('.') : []) {
    const name = entry.replace(/^!/, '');
    if (!isName(name) || seen.has(name)) return null;
    seen.add(name);
    if (has(configured, name)) states[name] = entry === name;
  }
  return states;
}


const toIso = (seconds: number) => new Date(seconds * 1000).toISOString();
