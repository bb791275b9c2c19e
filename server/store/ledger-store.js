// @ts-check
/**
 * The ledger's writes and reads over one database: append a receipt, read one subject's
 * receipts with their proof, erase them, purge old ones, page through an export. Every
 * write is one transaction that holds its site's advisory lock, so processes sharing a
 * PostgreSQL extend each site's chain one entry at a time and never fork it.
 */
import { entryHash, GENESIS, newSalt, noteDigest, receiptDigest, recordDigest } from './chain.js';

/** @typedef {import('./database.js').Database} Database */
/** @typedef {import('./database.js').Queryable} Queryable */
/** @typedef {import('./chain.js').EntryKind} EntryKind */
/** @typedef {import('../receipt/validate.js').Receipt} Receipt */
/** @typedef {import('../receipt/export-format.js').Entry} Entry */

/**
 * `stored`: written now. `duplicate`: this choice was already stored (a browser's retry).
 * `conflict`: another record with the same id and updatedAt is stored; nothing written.
 * @typedef {'stored' | 'duplicate' | 'conflict'} AppendResult
 */

/** Namespace of the per-site locks (the second key is the site's hash). */
const SITE_LOCK = 7_350_120_114;
/** Rows per page when reading in bulk: memory stays bounded whatever the ledger's size. */
export const PAGE_SIZE = 500;
/** Sequence numbers per tombstone: a purge of millions writes many small tombstones. */
const ERASED_PER_TOMBSTONE = 1000;

/** A time column as `toISOString()` writes it, the same on both engines. */
export const iso = (/** @type {string} */ column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The chain is per site: the origin of the page the choice was made on. */
export const siteOf = (/** @type {Receipt} */ receipt) => new URL(receipt.url).origin;

/**
 * Waits for the site's lock, held until the transaction ends.
 * @param {Queryable} tx
 * @param {string} site
 */
const lockSite = (tx, site) => tx.query('SELECT pg_advisory_xact_lock($1::integer, hashtext($2))', [SITE_LOCK % 2 ** 31, site]);

/**
 * Appends one entry to the site's chain; the caller holds the site's lock.
 * @param {Queryable} tx
 * @param {{ site: string, kind: EntryKind, contentDigest: string, note?: string | null, at: string }} entry
 * @returns {Promise<number>} The entry's sequence number.
 */
async function appendEntry(tx, { site, kind, contentDigest, note = null, at }) {
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

/** PostgreSQL's unique_violation: another process stored the same choice a moment ago. */
const isUniqueViolation = (/** @type {unknown} */ error) => /** @type {{ code?: string }} */ (error)?.code === '23505';

/**
 * @param {Database} db
 * @param {{ now?: () => Date }} [options]
 */
export function createLedgerStore(db, { now = () => new Date() } = {}) {
  /**
   * Stores a validated receipt once per `record.id` + `record.updatedAt`, as one transaction.
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
          await lockSite(tx, site);
          const known = await tx.query('SELECT record_digest FROM ledger_receipts WHERE consent_id = $1 AND updated_at = $2', [id, updatedAt]);
          if (known.rows[0]) return known.rows[0].record_digest === digest ? 'duplicate' : 'conflict';
          const salt = newSalt();
          const at = now().toISOString();
          const seq = await appendEntry(tx, { site, kind: 'receipt', contentDigest: receiptDigest(salt, receiptText), at });
          await tx.query(
            'INSERT INTO ledger_receipts (site, seq, consent_id, updated_at, record_digest, receipt, salt, client) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
            [site, seq, id, updatedAt, digest, receiptText, salt, client],
          );
          return /** @type {const} */ ('stored');
        });
      } catch (error) {
        // The same choice under another site's lock won the race; the retry sees it stored.
        if (isUniqueViolation(error) && attempt < 3) continue;
        throw error;
      }
    }
  }

  /**
   * Removes receipts and appends, per site, tombstones naming only their sequence numbers.
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
   * Erasure (GDPR Art. 17): every receipt of the consent id, in one transaction.
   * @param {string} consentId
   * @returns {Promise<number>} How many receipts were removed; 0 for an unknown id.
   */
  async function erase(consentId) {
    return db.transaction(async (tx) => {
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
   * Retention: removes every receipt whose choice was made before `before`, one site and
   * one page at a time, so a large purge never holds a lock for long.
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

  /**
   * Every stored receipt of one consent id, oldest choice first, each with what is needed to
   * check it against the chain, and the head of each chain it sits in.
   * @param {string} consentId
   */
  async function subject(consentId) {
    const { rows } = await db.query(
      `SELECT r.site, r.seq, ${iso('c.at')} AS received_at, r.receipt, r.salt, c.kind, c.content_digest, c.prev_hash, c.hash
       FROM ledger_receipts r JOIN ledger_chain c ON c.site = r.site AND c.seq = r.seq
       WHERE r.consent_id = $1 ORDER BY r.updated_at, r.site, r.seq`,
      [consentId],
    );
    const sites = [...new Set(rows.map((row) => row.site))];
    const heads = [];
    for (const site of sites) {
      const head = await db.query('SELECT seq, hash FROM ledger_chain WHERE site = $1 ORDER BY seq DESC LIMIT 1', [site]);
      heads.push({ site, seq: Number(head.rows[0].seq), hash: head.rows[0].hash });
    }
    return {
      receipts: rows.map((row) => ({
        site: row.site,
        seq: Number(row.seq),
        receivedAt: row.received_at,
        receipt: JSON.parse(row.receipt),
        proof: { salt: row.salt, contentDigest: row.content_digest, prevHash: row.prev_hash, hash: row.hash },
      })),
      heads,
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
         FROM ledger_receipts r JOIN ledger_chain c ON c.site = r.site AND c.seq = r.seq
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

  /** Receipts stored now (not counting erased ones). */
  async function count() {
    const { rows } = await db.query('SELECT count(*)::integer AS n FROM ledger_receipts');
    return Number(rows[0].n);
  }

  return { append, erase, purge, subject, exportPages, count };
}

/** @typedef {ReturnType<typeof createLedgerStore>} LedgerStore */
