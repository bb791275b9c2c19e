// @ts-check
/**
 * The ledger's writes and reads over one database, assembled from parts with one job each:
 * storing receipts (append.js), taking them out with tombstones (erasure.js) and reading them
 * back (reads.js), and the insights counters (counters.js). Every receipt write is one transaction under the advisory locks of entries.js.
 */
import { createAppend, MAX_RECEIPTS_PER_ID } from './append.js';
import { createCounters } from './counters.js';
import { createErasure } from './erasure.js';
import { createReads } from './reads.js';

/**
 * @param {import('./types.js').Database} db
 * @param {{ now?: () => Date, maxReceiptsPerId?: number }} [options]
 */
export function createLedgerStore(db, { now = () => new Date(), maxReceiptsPerId = MAX_RECEIPTS_PER_ID } = {}) {
  return { ...createAppend(db, { now, maxReceiptsPerId }), ...createErasure(db, { now }), ...createReads(db), ...createCounters(db) };
}

/** @typedef {ReturnType<typeof createLedgerStore>} LedgerStore */
