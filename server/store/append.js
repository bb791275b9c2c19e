// @ts-check
/**
 * Storing a receipt: once per `record.id` + `record.updatedAt`, as one transaction that seals
 * it in its site's chain. A consent id's history is checked as it grows: at most a bounded
 * number of receipts, and one `givenAt` (when the visitor first chose) for all of them.
 */
import { newSalt, receiptDigest, recordDigest } from './chain.js';
import { appendEntry, lockConsentId, lockSite, siteOf } from './entries.js';

/** @typedef {import('./types.js').Database} Database */
/** @typedef {import('./types.js').Queryable} Queryable */
/** @typedef {import('../receipt/validate.js').Receipt} Receipt */

/**
 * `stored`: written now. `duplicate`: this choice was already stored (a browser's retry).
 * `conflict`: another record with the same id and updatedAt is stored; nothing written.
 * `{ refused }`: the consent id's history does not allow it (the message says why).
 * @typedef {'stored' | 'duplicate' | 'conflict' | { refused: string }} AppendResult
 */

/** A visitor makes a handful of choices; a thousand is a flood under one id. */
export const MAX_RECEIPTS_PER_ID = 1000;

/** PostgreSQL's unique_violation: another process stored the same choice a moment ago. */
const isUniqueViolation = (/** @type {unknown} */ error) => /** @type {{ code?: string }} */ (error)?.code === '23505';

/**
 * Why the consent id's stored history refuses this receipt, or null.
 * @param {Queryable} tx
 * @param {Receipt} receipt
 * @param {number} maxReceiptsPerId
 */
async function historyProblem(tx, receipt, maxReceiptsPerId) {
  const { id, givenAt } = receipt.record;
  // One row, with the count of all: any stored receipt tells the id's givenAt.
  const { rows } = await tx.query('SELECT count(*) OVER () AS stored, receipt FROM ledger_receipts WHERE consent_id = $1 LIMIT 1', [id]);
  if (!rows[0]) return null;
  if (Number(rows[0].stored) >= maxReceiptsPerId) return `record.id: expected at most ${maxReceiptsPerId} receipts per consent id; erase this id or use a new one`;
  const first = JSON.parse(rows[0].receipt).record.givenAt;
  if (first !== givenAt) return `record.givenAt: expected ${first}, when this consent id was first given, got ${JSON.stringify(givenAt)}`;
  return null;
}

/**
 * @param {Database} db
 * @param {{ now: () => Date, maxReceiptsPerId: number }} options
 */
export function createAppend(db, { now, maxReceiptsPerId }) {
  /**
   * Stores a validated receipt.
   * @param {Receipt} receipt
   * @param {string | null} client The client's keyed hash, or null when not kept.
   * @returns {Promise<AppendResult>}
   */
  async function append(receipt, client) {
    const site = siteOf(receipt);
    const receiptText = JSON.stringify(receipt);
    const digest = recordDigest(receipt.record);
    const { id, updatedAt } = receipt.record;
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction(async (tx) => {
          await lockConsentId(tx, id);
          await lockSite(tx, site);
          const known = await tx.query('SELECT record_digest FROM ledger_receipts WHERE consent_id = $1 AND updated_at = $2', [id, updatedAt]);
          if (known.rows[0]) return known.rows[0].record_digest === digest ? 'duplicate' : 'conflict';
          const refused = await historyProblem(tx, receipt, maxReceiptsPerId);
          if (refused) return { refused };
          const salt = newSalt();
          const seq = await appendEntry(tx, { site, kind: 'receipt', contentDigest: receiptDigest(salt, receiptText), at: now().toISOString() });
          await tx.query(
            'INSERT INTO ledger_receipts (site, seq, consent_id, updated_at, record_digest, receipt, salt, client) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
            [site, seq, id, updatedAt, digest, receiptText, salt, client],
          );
          return /** @type {const} */ ('stored');
        });
      } catch (error) {
        // The same choice stored by another process in the same instant; the retry sees it.
        if (isUniqueViolation(error) && attempt < 3) continue;
        throw error;
      }
    }
  }

  return { append };
}
