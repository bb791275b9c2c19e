// @ts-check
/**
 * What each route does, assembled from one part per resource: receipts in (records.js), a
 * subject's receipts out and their erasure (subjects.js), the export (export.js), health and
 * metrics (health.js). The checks every request gets first live in router.js.
 */
import { createExport } from './export.js';
import { createHealth } from './health.js';
import { createPageAccess } from './page-access.js';
import { createPostRecord } from './records.js';
import { createSubjects } from './subjects.js';

/**
 * @typedef {object} HandlerOptions
 * @property {import('../store/ledger-store.js').LedgerStore} store
 * @property {import('../store/types.js').Database} db
 * @property {readonly string[]} origins
 * @property {(address: string) => string | null} keepAddress
 * @property {number} bodyTimeoutMs
 * @property {import('../ops/metrics.js').Metrics} metrics
 * @property {import('../ops/log.js').Logger} log
 * @typedef {HandlerOptions & { pageAccess: ReturnType<typeof createPageAccess> }} HandlerContext
 */

/** @param {HandlerOptions} options */
export function createHandlers(options) {
  const ctx = { ...options, pageAccess: createPageAccess(options.origins) };
  return { postRecord: createPostRecord(ctx), ...createSubjects(ctx), exportRecords: createExport(ctx), ...createHealth(ctx) };
}
