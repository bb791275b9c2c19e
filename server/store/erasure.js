// @ts-check
/**
 * Taking receipts out without breaking the chain: erasure of one consent id (GDPR Art. 17)
 * and retention. Each removal appends, per site, tombstones that name only sequence numbers.
 */
import { noteDigest } from './chain.js';
import { appendEntry, lockConsentId, lockSite } from './entries.js';

/** @typedef {import('./types.js').Database} Database */
/** @typedef {import('./types.js').Queryable} Queryable */

/** Sequence numbers per tombstone: a purge of millions writes many small tombstones. */
const ERASED_PER_TOMBSTONE = 1000;

/**
 * @param {Database} db
 * @param {{ now: () => Date }} options
 */
export function createErasure(db, { now }) {
  /**
   * Removes receipts and appends tombstones naming their sequence numbers; the caller holds
   * the site's lock.
   * @param {Queryable} tx
   * @param {string} site
   * @param {number[]} seqs
   * @param {'erasure' | 'retention'} kind
   */
  async function tombstone(tx, site, seqs, kind) {
    for (let i = 0; i < seqs.length; i += ERASED_PER_TOMBSTONE) {
      const part = seqs.slice(i, i + ERASED_PER_TOMBSTONE);
      await tx.query('DELETE FROM ledger_receipts WHERE site = $1 AND seq = ANY($2::bigint[])', [site, part]);
      const note = JSON.stringify({ erased: part });
      await appendEntry(tx, { site, kind, contentDigest: noteDigest(note), note, at: now().toISOString() });
    }
  }

  /**
   * Every receipt of the consent id, in one transaction.
   * @param {string} consentId
   * @returns {Promise<number>} How many receipts were removed; 0 for an unknown id.
   */
  function erase(consentId) {
    return db.transaction(async (tx) => {
      await lockConsentId(tx, consentId);
      const { rows: sites } = await tx.query('SELECT DISTINCT site FROM ledger_receipts WHERE consent_id = $1 ORDER BY site', [consentId]);
      let erased = 0;
      // Sites in one order: two erasures never wait for each other's locks in a circle.
      for (const { site } of sites) {
        await lockSite(tx, site);
        const { rows } = await tx.query('SELECT seq FROM ledger_receipts WHERE consent_id = $1 AND site = $2 ORDER BY seq', [consentId, site]);
        await tombstone(tx, site, rows.map((row) => Number(row.seq)), 'erasure');
        erased += rows.length;
      }
      return erased;
    });
  }

  /**
   * Retention: removes every receipt whose choice was made before `before`, one site and one
   * page at a time, so a large purge never holds a lock for long.
   * @param {Date} before
   * @returns {Promise<number>} How many receipts were removed.
   */
  async function purge(before) {
    let erased = 0;
    for (;;) {
      const removed = await db.transaction(async (tx) => {
        const { rows: sites } = await tx.query('SELECT site FROM ledger_receipts WHERE updated_at < $1 ORDER BY site LIMIT 1', [before.toISOString()]);
        const site = sites[0]?.site;
        if (site === undefined) return 0;
        await lockSite(tx, site);
        const { rows } = await tx.query('SELECT seq FROM ledger_receipts WHERE site = $1 AND updated_at < $2 ORDER BY seq LIMIT $3', [
          site,
          before.toISOString(),
          ERASED_PER_TOMBSTONE,
        ]);
        await tombstone(tx, site, rows.map((row) => Number(row.seq)), 'retention');
        return rows.length;
      });
      if (removed === 0) return erased;
      erased += removed;
    }
  }

  return { erase, purge };
}
