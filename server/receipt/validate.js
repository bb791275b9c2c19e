// @ts-check
/**
 * Checks one proof-of-consent receipt exactly: every key known, every value of the right type
 * and shape, the dates real and in order. Pure — the clock comes in as an argument — and it
 * neither stores nor deduplicates anything.
 */

/** @typedef {import('../../src/types').ConsentRecord} ConsentRecord */

/**
 * What the browser sends for each choice (SPEC §2 `record`): the record, plus what the visitor
 * was shown, so the choice is tied to what they were told.
 * @typedef {object} Receipt
 * @property {1} v Receipt format version.
 * @property {ConsentRecord} record
 * @property {string} url Page URL without query or fragment.
 * @property {string} language Language of the texts shown.
 * @property {string} shown Hash of the exact texts and configuration shown.
 * @property {number} revision Config revision; always equal to `record.revision`.
 */

/** @typedef {{ receipt: Receipt } | { error: string }} Checked */

/** crypto.randomUUID and Consentry's own fallback both write lowercase (src/env.ts). */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Exactly what `Date.prototype.toISOString` writes; the round trip below rejects 30 February. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const NAME = /^[A-Za-z][\w-]{0,31}$/;
/** The language codes Consentry's config accepts (src/config/validate.ts). */
export const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8}){0,2}$/i;
const HASH = /^[0-9a-z]{1,16}$/;
const PAGE_URL = /^https?:\/\/[^\s?#]+$/i;
const MAX_URL_LENGTH = 2048;
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];
/** Visitors' clocks run fast; more than this ahead of ours is not a real time. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;
/**
 * A browser retries a pending receipt on the visitor's next page load, days later at most in
 * practice; a choice older than this is a backdated forgery, not a retry.
 */
export const MAX_RECEIPT_AGE_DAYS = 30;

const RECEIPT_KEYS = ['v', 'record', 'url', 'language', 'shown', 'revision'];
const RECORD_KEYS = ['id', 'revision', 'givenAt', 'updatedAt', 'expiresAt', 'method', 'categories', 'services', 'gpc'];

const EXPECTED = {
  time: 'an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z',
  revision: 'an integer 0 or greater',
  bool: 'true or false',
};

/** The first problem found, as the one message the sender gets back. */
export class Invalid extends Error {}

/**
 * Validates a parsed request body as a receipt. Returns the receipt, or the first problem as
 * `path: expected …, got …` (the message shape of STYLE §3.8).
 * @param {unknown} value
 * @param {number} now Milliseconds, the server's clock.
 * @returns {Checked}
 */
export function validateReceipt(value, now) {
  try {
    return { receipt: checkReceipt(value, now) };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}

/** How a bad value reads in a message: `42`, `"x"`, `[1]`, `{"a":1}`, cut at 40 characters. */
export function describeValue(/** @type {unknown} */ value) {
  if (value && typeof value === 'object') return JSON.stringify(value).slice(0, 40);
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
}

/** A list as a message reads it: `a, b or c`. */
export const listed = (/** @type {readonly string[]} */ names) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join(''));

/**
 * @param {string} path
 * @param {string} expected
 * @param {unknown} value
 * @returns {never}
 */
export function fail(path, expected, value) {
  throw new Invalid(`${path}: expected ${expected}, got ${describeValue(value)}`);
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object with exactly `keys`: anything else is refused, so a sender cannot smuggle data
 * (an IP address, a user id) into the log.
 * @param {unknown} value
 * @param {string} path
 * @param {string[]} keys
 */
function exactly(value, path, keys) {
  if (!isObject(value)) fail(path || 'body', 'an object', value);
  const at = (/** @type {string} */ key) => (path ? `${path}.${key}` : key);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw new Invalid(`${at(key)}: unknown key`);
  for (const key of keys) if (!Object.hasOwn(value, key)) throw new Invalid(`${at(key)}: missing`);
  return value;
}

/**
 * @param {unknown} value
 * @param {string} path
 */
export function revision(value, path) {
  if (!Number.isSafeInteger(value) || /** @type {number} */ (value) < 0) fail(path, EXPECTED.revision, value);
  return /** @type {number} */ (value);
}

/**
 * Milliseconds of a time written exactly as `toISOString` writes it.
 * @param {unknown} value
 * @param {string} path
 */
function time(value, path) {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) fail(path, EXPECTED.time, value);
  const ms = Date.parse(value);
  // Date.parse rolls 2026-02-30 over to 2 March; only a real date survives the round trip.
  if (Number.isNaN(ms) || new Date(ms).toISOString() !== value) fail(path, EXPECTED.time, value);
  return ms;
}

/**
 * A map of category or service names to booleans.
 * @param {unknown} value
 * @param {string} path
 * @param {string} kind
 */
export function states(value, path, kind) {
  if (!isObject(value)) fail(path, 'an object', value);
  for (const [name, granted] of Object.entries(value)) {
    if (!NAME.test(name)) fail(path, `${kind} names of a letter, then up to 31 letters, digits, _ or -`, name);
    // Names such as "constructor" read as present on every object (SPEC §3: structure never grants).
    if (name in Object.prototype) fail(path, `${kind} names that are not built into JavaScript objects`, name);
    if (typeof granted !== 'boolean') fail(`${path}.${name}`, EXPECTED.bool, granted);
  }
  return value;
}

/**
 * @param {unknown} value
 * @param {number} now
 */
function checkRecord(value, now) {
  const record = exactly(value, 'record', RECORD_KEYS);
  if (typeof record.id !== 'string' || !UUID_V4.test(record.id)) fail('record.id', 'a lowercase UUID v4', record.id);
  revision(record.revision, 'record.revision');
  const givenAt = time(record.givenAt, 'record.givenAt');
  const updatedAt = time(record.updatedAt, 'record.updatedAt');
  const expiresAt = time(record.expiresAt, 'record.expiresAt');
  if (!METHODS.includes(/** @type {string} */ (record.method))) {
    fail('record.method', 'one of ' + METHODS.map((m) => JSON.stringify(m)).join(', '), record.method);
  }
  const categories = states(record.categories, 'record.categories', 'category');
  if (Object.hasOwn(categories, 'necessary') && categories.necessary !== true) {
    fail('record.categories.necessary', 'true (necessary is always granted)', categories.necessary);
  }
  states(record.services, 'record.services', 'service');
  if (typeof record.gpc !== 'boolean') fail('record.gpc', EXPECTED.bool, record.gpc);

  if (updatedAt < givenAt) fail('record.updatedAt', 'a time not before record.givenAt', record.updatedAt);
  if (expiresAt < updatedAt) fail('record.expiresAt', 'a time not before record.updatedAt', record.expiresAt);
  // givenAt <= updatedAt, so checking the later one covers both.
  if (updatedAt > now + MAX_CLOCK_SKEW_MS) fail('record.updatedAt', 'a time no more than 5 minutes in the future', record.updatedAt);
  if (updatedAt < now - MAX_RECEIPT_AGE_DAYS * 86_400_000) fail('record.updatedAt', `a time at most ${MAX_RECEIPT_AGE_DAYS} days in the past`, record.updatedAt);
  // A choice refused by the signal is only ever recorded while the signal is sent (SPEC §6).
  if (record.method === 'gpc' && record.gpc !== true) fail('record.gpc', 'true when record.method is "gpc"', record.gpc);
  return record;
}

/**
 * An absolute http(s) page URL; the query and fragment can carry personal data (search terms,
 * tokens, e-mail addresses in campaign links), so the browser strips them and we insist.
 * @param {unknown} value
 */
export function pageUrl(value) {
  const expected = 'an http: or https: URL without credentials, query or fragment';
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || !PAGE_URL.test(value)) fail('url', expected, value);
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    fail('url', expected, value);
  }
  if (parsed.username || parsed.password) fail('url', expected, value);
}

/**
 * @param {unknown} value
 * @param {number} now
 * @returns {Receipt}
 */
function checkReceipt(value, now) {
  const receipt = exactly(value, '', RECEIPT_KEYS);
  if (receipt.v !== 1) fail('v', '1', receipt.v);
  const record = checkRecord(receipt.record, now);
  pageUrl(receipt.url);
  if (typeof receipt.language !== 'string' || !LANGUAGE.test(receipt.language)) {
    fail('language', 'a language code such as "fr" or "pt-BR"', receipt.language);
  }
  if (typeof receipt.shown !== 'string' || !HASH.test(receipt.shown)) {
    fail('shown', 'a base-36 hash of 1 to 16 characters (0-9, a-z)', receipt.shown);
  }
  revision(receipt.revision, 'revision');
  if (receipt.revision !== record.revision) fail('revision', `${record.revision} (the value of record.revision)`, receipt.revision);
  return /** @type {Receipt} */ (/** @type {unknown} */ (receipt));
}
