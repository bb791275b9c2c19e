// @ts-check
/**
 * `consentry-ledger verify`: walks every site's chain from its first entry and names the first
 * entry that does not hold. It trusts nothing the database answers with: besides each link
 * and hash, every receipt row must sit on a receipt entry, match the digest sealed there, and
 * agree with the columns the queries use (consent id, updatedAt, site, record digest); a row
 * no entry seals is broken too. With heads recorded earlier (`consentry-ledger heads`), it also
 * catches a tail cut off or a chain re-hashed whole. Reads a page at a time; never writes.
 */
import { entryHash, GENESIS, noteDigest, receiptDigest, recordDigest } from './chain.js';
import { iso, PAGE_SIZE } from './entries.js';

/** @typedef {import('./types.js').Database} Database */
/** @typedef {{ site: string, seq: number, hash: string }} Head */

/**
 * @typedef {{ ok: true, entries: number, heads: Head[] }
 *   | { ok: false, entries: number, site: string, seq: number, problem: string }} Verdict
 */

/**
 * Heads recorded earlier, to compare with.
 * @typedef {{ heads: readonly Head[], source: string }} ExpectedHeads
 */

/**
 * What is wrong with a receipt row's indexed columns, given the receipt they index, or null.
 * @param {{ site: string, consent_id: string, updated_at: string, record_digest: string, receipt: string }} row
 */
export function columnsProblem(row) {
  /** @type {{ url?: unknown, record?: { id?: unknown, updatedAt?: unknown } }} */
  let receipt;
  try {
    receipt = JSON.parse(row.receipt);
  } catch {
    return 'its receipt is not JSON';
  }
  if (row.consent_id !== receipt.record?.id) return "its consent_id column is not its receipt's record.id (the receipt was moved to another consent id)";
  if (row.updated_at !== receipt.record?.updatedAt) return "its updated_at column is not its receipt's record.updatedAt";
  let site = null;
  try {
    site = new URL(String(receipt.url)).origin;
  } catch {
    // An unreadable url is not its site either.
  }
  if (row.site !== site) return "its site is not the origin of its receipt's url (the receipt was moved to another chain)";
  if (row.record_digest !== recordDigest(receipt.record)) return "its record_digest column is not the digest of its receipt's record";
  return null;
}

/**
 * What is wrong with one entry and the row attached to it, or null. `state` is the walk so
 * far in its site; receipts removed are noted in `state.missing` until a tombstone names them.
 * @param {any} row
 * @param {{ site: string, prevHash: string, expected: number, missing: Set<number> }} state
 */
function entryProblem(row, state) {
  const seq = Number(row.seq);
  if (seq !== state.expected) return { seq: state.expected, problem: `missing: the chain goes from entry ${state.expected - 1} to entry ${seq}` };
  if (row.prev_hash !== state.prevHash) return { seq, problem: `does not link to entry ${seq - 1}: prev_hash ${row.prev_hash}, expected ${state.prevHash}` };
  const fields = { prevHash: state.prevHash, site: state.site, seq, kind: row.kind, at: row.at, contentDigest: row.content_digest };
  if (entryHash(fields) !== row.hash) return { seq, problem: 'its hash does not match its fields (the entry was changed)' };
  if (row.kind !== 'receipt') {
    if (row.receipt !== null) return { seq, problem: `a receipt row is attached to this ${row.kind} entry (a receipt forged onto a tombstone)` };
    if (row.note === null || noteDigest(row.note) !== row.content_digest) return { seq, problem: 'its tombstone note does not match the digest sealed in the chain' };
    for (const erased of JSON.parse(row.note).erased) state.missing.delete(erased);
    return null;
  }
  if (row.receipt === null) {
    state.missing.add(seq);
    return null;
  }
  if (receiptDigest(row.salt, row.receipt) !== row.content_digest) return { seq, problem: 'its receipt does not match the digest sealed in the chain (the receipt was changed)' };
  const columns = columnsProblem(row);
  return columns ? { seq, problem: columns } : null;
}

/**
 * @param {Database} db
 * @param {{ expect?: ExpectedHeads }} [options]
 * @returns {Promise<Verdict>}
 */
export async function verifyChains(db, { expect } = {}) {
  const expected = new Map((expect?.heads ?? []).map((head) => [head.site, head]));
  const source = expect?.source ?? '';
  /** @type {Head[]} */
  const heads = [];
  let entries = 0;
  /** @type {{ site: string, prevHash: string, expected: number, missing: Set<number> } | null} */
  let state = null;
  /** @param {string} site @param {number} seq @param {string} problem @returns {Verdict} */
  const broken = (site, seq, problem) => ({ ok: false, entries, site, seq, problem });

  /** The end of a site's chain: receipts gone without a tombstone, a recorded head past the end. */
  const closeSite = () => {
    if (!state) return null;
    const { site, missing, prevHash } = state;
    const last = state.expected - 1;
    if (missing.size > 0) return broken(site, Math.min(...missing), 'its receipt was removed, but no erasure or retention tombstone names it');
    const recorded = expected.get(site);
    expected.delete(site);
    if (recorded && recorded.seq > last) return broken(site, recorded.seq, `recorded as a head in ${source}, but the chain ends at entry ${last} (its tail was cut)`);
    heads.push({ site, seq: last, hash: prevHash });
    return null;
  };

  /** @type {unknown[]} */
  let cursor = ['', 0];
  for (;;) {
    const { rows } = await db.query(
      `SELECT c.site, c.seq, c.kind, ${iso('c.at')} AS at, c.content_digest, c.note, c.prev_hash, c.hash,
              r.receipt, r.salt, r.consent_id, ${iso('r.updated_at')} AS updated_at, r.record_digest
       FROM ledger_chain c LEFT JOIN ledger_receipts r ON r.site = c.site AND r.seq = c.seq
       WHERE (c.site, c.seq) > ($1::text, $2::bigint) ORDER BY c.site, c.seq LIMIT $3`,
      [...cursor, PAGE_SIZE],
    );
    for (const row of rows) {
      if (row.site !== state?.site) {
        const end = closeSite();
        if (end) return end;
        state = { site: row.site, prevHash: GENESIS, expected: 1, missing: new Set() };
      }
      const current = /** @type {NonNullable<typeof state>} */ (state);
      const found = entryProblem(row, current);
      if (found) return broken(current.site, found.seq, found.problem);
      const recorded = expected.get(current.site);
      if (recorded && recorded.seq === Number(row.seq) && recorded.hash !== row.hash) {
        return broken(current.site, recorded.seq, `its hash is not the one recorded in ${source} (the chain was rewritten)`);
      }
      current.prevHash = row.hash;
      current.expected = Number(row.seq) + 1;
      entries++;
    }
    if (rows.length < PAGE_SIZE) break;
    const last = rows[rows.length - 1];
    cursor = [last.site, Number(last.seq)];
  }
  const end = closeSite();
  if (end) return end;

  // A receipt row that no entry seals is served by nothing, but exported by a careless query.
  const { rows: orphans } = await db.query(
    `SELECT r.site, r.seq FROM ledger_receipts r
     WHERE NOT EXISTS (SELECT 1 FROM ledger_chain c WHERE c.site = r.site AND c.seq = r.seq) ORDER BY r.site, r.seq LIMIT 1`,
  );
  if (orphans[0]) return broken(orphans[0].site, Number(orphans[0].seq), 'a receipt row with no chain entry of its own');
  for (const gone of expected.values()) return broken(gone.site, gone.seq, `recorded as a head in ${source}, but the chain is gone`);
  return { ok: true, entries, heads };
}
