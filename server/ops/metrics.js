// @ts-check
/**
 * The ledger's Prometheus metrics, through prom-client (text format 0.0.4): requests by route,
 * method and status, their latency, receipts and banner events by result, rate-limited requests, requests in
 * flight, and the receipts stored (counted when scraped, so only behind the token). Label
 * values come from fixed sets, never from requests, so the number of series stays bounded.
 * One registry per ledger; the process's own metrics (memory, event loop, descriptors) only
 * where the process is the ledger's (`processMetrics`), since tests run many in one process.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds; receipts are written in milliseconds, so the interesting buckets are small. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** @typedef {'stored' | 'duplicate' | 'conflict' | 'refused' | 'invalid' | 'failed'} ReceiptResult */

/**
 * @param {{ engine: string, countReceipts: () => Promise<number>, processMetrics?: boolean }} options
 */
export function createMetrics({ engine, countReceipts, processMetrics = false }) {
  const registers = [new Registry()];
  const [registry] = /** @type {[Registry]} */ (registers);
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'consentry_ledger_http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers,
  });
  const duration = new Histogram({ name: 'consentry_ledger_http_request_duration_seconds', help: 'Time to answer a request.', buckets: BUCKETS, registers });
  const receipts = new Counter({ name: 'consentry_ledger_receipts_total', help: 'Receipts received, by result.', labelNames: ['result'], registers });
  const events = new Counter({ name: 'consentry_ledger_events_total', help: 'Banner events received, by result.', labelNames: ['result'], registers });
  const rateLimited = new Counter({ name: 'consentry_ledger_rate_limited_total', help: 'Requests refused with 429.', registers });
  const inFlight = new Gauge({ name: 'consentry_ledger_in_flight_requests', help: 'Requests being answered now.', registers });
  new Gauge({
    name: 'consentry_ledger_stored_receipts',
    help: 'Receipts held in the database now.',
    labelNames: ['engine'],
    registers,
    async collect() {
      this.set({ engine }, await countReceipts());
    },
  });

  return {
    /** @param {string} route @param {string} method @param {number} status @param {number} seconds */
    request(route, method, status, seconds) {
      requests.inc({ route, method, status: String(status) });
      duration.observe(seconds);
    },
    /** @param {ReceiptResult} result */
    receipt: (result) => receipts.inc({ result }),
    /** @param {'counted' | 'invalid' | 'failed'} result */
    event: (result) => events.inc({ result }),
    rateLimited: () => rateLimited.inc(),
    /** @param {1 | -1} change */
    inFlight: (change) => inFlight.inc(change),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

/** @typedef {ReturnType<typeof createMetrics>} Metrics */
