// @ts-check
/**
 * Writing the chain, one entry at a time, under the locks that keep it linear: a writer holds
 * its site's advisory lock from reading the head to inserting the next entry, so processes
 * sharing a PostgreSQL never fork a chain, and different sites never wait for each other.
 * Also the shapes every query shares: times as text, the site of a receipt, the page size.
 */
import { entryHash, GENESIS } from './chain.js';

/** @typedef {import('./types.js').Queryable} Queryable */
/** @typedef {import('./chain.js').EntryKind} EntryKind */
/** @typedef {import('../receipt/validate.js').Receipt} Receipt */

/** Namespaces of the transaction-scoped advisory locks (the second key is a hash of the name). */
const SITE_LOCK = 7_350_120_114 % 2 ** 31;
const CONSENT_ID_LOCK = 7_350_120_115 % 2 ** 31;
/** Rows per page when reading in bulk: memory stays bounded whatever the ledger's size. */
export const PAGE_SIZE = 500;

/** A time column as `toISOString()` writes it, the same on both engines. */
export const iso = (/** @type {string} */ column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The chain is per site: the origin of the page the choice was made on. */
export const siteOf = (/** @type {Receipt} */ receipt) => new URL(receipt.url).origin;

/**
 * Waits for the site's lock, held until the transaction ends.
 * @param {Queryable} tx
 * @param {string} site
 */
export const lockSite = (tx, site) => tx.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2))', [SITE_LOCK, site]);

/**
 * Waits for the consent id's lock: one writer at a time per visitor, whichever sites their
 * receipts are on, so the bound on receipts per id and the unchanging `givenAt` hold across
 * processes. Always taken before any site's lock, so no two writers wait in a circle.
 * @param {Queryable} tx
 * @param {string} consentId
 */
export const lockConsentId = (tx, consentId) => tx.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2))', [CONSENT_ID_LOCK, consentId]);

/**
 * Appends one entry to the site's chain; the caller holds the site's lock.
 * @param {Queryable} tx
 * @param {{ site: string, kind: EntryKind, contentDigest: string, note?: string | null, at: string }} entry
 * @returns {Promise<number>} The entry's sequence number.
 */
export async function appendEntry(tx, { site, kind, contentDigest, note = null, at }) {
  const { rows } = await tx.query('SELECT seq, hash FROM ledger_chain WHERE site = $1 ORDER BY seq DESC LIMIT 1', [site]);
  const seq = rows[0] ? Number(rows[0].seq) + 1 : 1;
  const prevHash = rows[0] ? rows[0].hash : GENESIS;
  const hash = entryHash({ prevHash, site, seq, kind, at, contentDigest });
  await tx.query(
    'INSERT INTO ledger_chain (site, seq, kind, at, content_digest, note, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [site, seq, kind, at, contentDigest, note, prevHash, hash],
  );
  return seq;
}
