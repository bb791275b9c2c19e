// @ts-check
/**
 * Reading receipts back: one consent id's, a page at a time with what proves each against the
 * chain (access and portability), and every receipt for the export. Only rows that sit on a
 * receipt entry are read: a row attached to a tombstone is a forgery (`verify` names it).
 */
import { iso, PAGE_SIZE } from './entries.js';

/** @typedef {import('./types.js').Database} Database */
/** @typedef {import('../receipt/export-format.js').Entry} Entry */

/** Receipts per page of `GET /subjects/:consentId`: an answer of tens of KB, however long the history. */
export const SUBJECT_PAGE_SIZE = 100;

/** @param {Database} db */
export function createReads(db) {
  /**
   * One page of a consent id's receipts, oldest choice first, each with its proof, and the
   * head of each chain they sit in.
   * @param {string} consentId
   * @param {number} page From 1.
   */
  async function subject(consentId, page) {
    const { rows } = await db.query(
      `SELECT r.site, r.seq, ${iso('c.at')} AS received_at, r.receipt, r.salt, c.content_digest, c.prev_hash, c.hash
       FROM ledger_receipts r JOIN ledger_chain c ON c.site = r.site AND c.seq = r.seq AND c.kind = 'receipt'
       WHERE r.consent_id = $1 ORDER BY r.updated_at, r.site, r.seq LIMIT $2 OFFSET $3`,
      [consentId, SUBJECT_PAGE_SIZE + 1, (page - 1) * SUBJECT_PAGE_SIZE],
    );
    const more = rows.length > SUBJECT_PAGE_SIZE;
    const shown = rows.slice(0, SUBJECT_PAGE_SIZE);
    const heads = [];
    for (const site of new Set(shown.map((row) => row.site))) {
      const head = await db.query('SELECT seq, hash FROM ledger_chain WHERE site = $1 ORDER BY seq DESC LIMIT 1', [site]);
      heads.push({ site, seq: Number(head.rows[0].seq), hash: head.rows[0].hash });
    }
    return {
      receipts: shown.map((row) => ({
        site: row.site,
        seq: Number(row.seq),
        receivedAt: row.received_at,
        receipt: JSON.parse(row.receipt),
        proof: { salt: row.salt, contentDigest: row.content_digest, prevHash: row.prev_hash, hash: row.hash },
      })),
      heads,
      more,
    };
  }

  /**
   * Stored receipts in arrival order, a page at a time; filters apply to `record.updatedAt`,
   * when the visitor chose, not when a retry happened to deliver it.
   * @param {{ from?: Date | undefined, to?: Date | undefined, id?: string | undefined }} query
   * @returns {AsyncGenerator<Entry[]>}
   */
  async function* exportPages({ from, to, id }) {
    /** @type {unknown[]} */
    let cursor = ['-infinity', '', 0];
    for (;;) {
      const { rows } = await db.query(
        `SELECT c.site, c.seq, ${iso('c.at')} AS received_at, r.receipt
         FROM ledger_receipts r JOIN ledger_chain c ON c.site = r.site AND c.seq = r.seq AND c.kind = 'receipt'
         WHERE ($1::timestamptz IS NULL OR r.updated_at >= $1) AND ($2::timestamptz IS NULL OR r.updated_at < $2)
           AND ($3::text IS NULL OR r.consent_id = $3) AND (c.at, c.site, c.seq) > ($4::timestamptz, $5::text, $6::bigint)
         ORDER BY c.at, c.site, c.seq LIMIT $7`,
        [from?.toISOString() ?? null, to?.toISOString() ?? null, id ?? null, ...cursor, PAGE_SIZE],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => ({ site: row.site, seq: Number(row.seq), receivedAt: row.received_at, receipt: JSON.parse(row.receipt) }));
      const last = rows[rows.length - 1];
      // Times are stored to the millisecond, so the ISO text is the exact key.
      cursor = [last.received_at, last.site, Number(last.seq)];
      if (rows.length < PAGE_SIZE) return;
    }
  }

  /** Receipts stored now (not counting erased ones): a table scan, for /metrics only. */
  async function count() {
    const { rows } = await db.query('SELECT count(*)::integer AS n FROM ledger_receipts');
    return Number(rows[0].n);
  }

  return { subject, exportPages, count };
}
