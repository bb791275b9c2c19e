// @ts-check
/**
 * `consentry-ledger verify`: walks every site's chain from its first entry and names the
 * first entry that does not hold: a gap, a broken link, a hash that does not match its
 * fields, a receipt that no longer matches its digest, or a receipt removed without a
 * tombstone. Reads a page at a time; it never writes.
 */
import { entryHash, GENESIS, noteDigest, receiptDigest } from './chain.js';
import { iso, PAGE_SIZE } from './ledger-store.js';

/** @typedef {import('./database.js').Database} Database */

/**
 * @typedef {{ ok: true, entries: number, heads: { site: string, seq: number, hash: string }[] }
 *   | { ok: false, entries: number, site: string, seq: number, problem: string }} Verdict
 */

/**
 * @param {Database} db
 * @returns {Promise<Verdict>}
 */
export async function verifyChains(db) {
  /** @type {{ site: string, seq: number, hash: string }[]} */
  const heads = [];
  let entries = 0;
  /** @type {string | null} */
  let site = null;
  let prevHash = GENESIS;
  let expected = 1;
  /** Receipt entries whose receipt is gone, waiting for the tombstone that explains it. */
  let missing = new Set();

  /** @returns {Verdict | null} */
  const closeSite = () => {
    if (site === null) return null;
    if (missing.size > 0) {
      return { ok: false, entries, site, seq: Math.min(...missing), problem: 'its receipt was removed, but no erasure or retention tombstone names it' };
    }
    heads.push({ site, seq: expected - 1, hash: prevHash });
    return null;
  };

  /** @type {unknown[]} */
  let cursor = ['', 0];
  for (;;) {
    const { rows } = await db.query(
      `SELECT c.site, c.seq, c.kind, ${iso('c.at')} AS at, c.content_digest, c.note, c.prev_hash, c.hash, r.receipt, r.salt
       FROM ledger_chain c LEFT JOIN ledger_receipts r ON r.site = c.site AND r.seq = c.seq
       WHERE (c.site, c.seq) > ($1::text, $2::bigint) ORDER BY c.site, c.seq LIMIT $3`,
      [...cursor, PAGE_SIZE],
    );
    for (const row of rows) {
      const seq = Number(row.seq);
      if (row.site !== site) {
        const broken = closeSite();
        if (broken) return broken;
        site = row.site;
        prevHash = GENESIS;
        expected = 1;
        missing = new Set();
      }
      const current = /** @type {string} */ (site);
      /** @param {string} problem @param {number} [at] @returns {Verdict} */
      const fail = (problem, at = seq) => ({ ok: false, entries, site: current, seq: at, problem });
      if (seq !== expected) return fail(`missing: the chain goes from entry ${expected - 1} to entry ${seq}`, expected);
      if (row.prev_hash !== prevHash) return fail(`does not link to entry ${seq - 1}: prev_hash ${row.prev_hash}, expected ${prevHash}`);
      const fields = { prevHash, site: current, seq, kind: row.kind, at: row.at, contentDigest: row.content_digest };
      if (entryHash(fields) !== row.hash) return fail('its hash does not match its fields (the entry was changed)');
      if (row.kind === 'receipt') {
        if (row.receipt === null) missing.add(seq);
        else if (receiptDigest(row.salt, row.receipt) !== row.content_digest) return fail('its receipt does not match the digest sealed in the chain (the receipt was changed)');
      } else {
        if (row.note === null || noteDigest(row.note) !== row.content_digest) return fail('its tombstone note does not match the digest sealed in the chain');
        for (const erased of JSON.parse(row.note).erased) missing.delete(erased);
      }
      prevHash = row.hash;
      expected = seq + 1;
      entries++;
    }
    if (rows.length < PAGE_SIZE) break;
    const last = rows[rows.length - 1];
    cursor = [last.site, Number(last.seq)];
  }
  return closeSite() ?? { ok: true, entries, heads };
}
