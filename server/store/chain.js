// @ts-check
/**
 * The hash chain, as pure functions: what each entry's hash covers and how a receipt's
 * content is sealed into it. No storage here; the store and `verify` both use these.
 *
 * An entry's hash covers the previous entry's hash of the same site, so changing, removing
 * or reordering any entry breaks every link after it. A receipt enters the chain only as a
 * salted digest: once erasure deletes the receipt and its salt, the chain still verifies
 * but no longer says anything about the person, not even to someone who kept a copy.
 */
import { createHash, randomBytes } from 'node:crypto';

/** The `prev_hash` of each site's first entry. */
export const GENESIS = '0'.repeat(64);

/** @typedef {'receipt' | 'erasure' | 'retention'} EntryKind */

/**
 * @typedef {object} ChainFields
 * @property {string} prevHash
 * @property {string} site
 * @property {number} seq
 * @property {EntryKind} kind
 * @property {string} at ISO time the entry was written.
 * @property {string} contentDigest
 */

const sha256 = (/** @type {string} */ text) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The entry's hash: every field on its own line, so no two field lists read alike.
 * @param {ChainFields} fields
 */
export const entryHash = ({ prevHash, site, seq, kind, at, contentDigest }) =>
  sha256(['consentry-ledger/1', prevHash, site, String(seq), kind, at, contentDigest].join('\n'));

/** A fresh salt for one receipt (128 bits), kept beside it and erased with it. */
export const newSalt = () => randomBytes(16).toString('hex');

/**
 * What a receipt entry seals: the receipt exactly as stored, with its salt.
 * @param {string} salt
 * @param {string} receiptText
 */
export const receiptDigest = (salt, receiptText) => sha256(`${salt}\n${receiptText}`);

/**
 * What a tombstone seals: its note, which names only sequence numbers.
 * @param {string} note
 */
export const noteDigest = (note) => sha256(note);

/**
 * A digest of the record with its keys sorted: a retry that carries the same choice matches
 * even if it came from another page (another `url`) or serialised its keys in another order.
 * @param {unknown} record
 */
export const recordDigest = (record) => sha256(JSON.stringify(sortKeys(record)));

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function sortKeys(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const object = /** @type {Record<string, unknown>} */ (value);
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortKeys(object[key])]));
}
