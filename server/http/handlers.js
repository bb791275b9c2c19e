// @ts-check
/**
 * What each route does, assembled from one part per resource: receipts in (records.js), banner
 * events in (events.js), a subject's receipts out and their erasure (subjects.js), the export
 * (export.js), health and metrics (health.js), the insights and their dashboard (insights.js). The checks every request gets first live in router.js.
 */
import { createPostEvent } from './events.js';
import { createExport } from './export.js';
import { createHealth } from './health.js';
import { createInsights } from './insights.js';
import { createPageAccess } from './page-access.js';
import { createPostRecord } from './records.js';
import { createSubjects } from './subjects.js';

/**
 * @typedef {object} HandlerOptions
 * @property {import('../store/ledger-store.js').LedgerStore} store
 * @property {import('../store/types.js').Database} db
 * @property {readonly string[]} origins
 * @property {string | undefined} token The insights check it themselves (a header or a session).
 * @property {(address: string) => string | null} keepAddress
 * @property {number} bodyTimeoutMs
 * @property {import('../ops/metrics.js').Metrics} metrics
 * @property {import('../ops/log.js').Logger} log
 * @typedef {HandlerOptions & { pageAccess: ReturnType<typeof createPageAccess> }} HandlerContext
 */

/** @param {HandlerOptions} options */
export function createHandlers(options) {
  const ctx = { ...options, pageAccess: createPageAccess(options.origins) };
  return {
    postRecord: createPostRecord(ctx),
    postEvent: createPostEvent(ctx),
    ...createSubjects(ctx),
    exportRecords: createExport(ctx),
    ...createHealth(ctx),
    ...createInsights(ctx),
  };
}
