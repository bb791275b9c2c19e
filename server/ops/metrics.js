// @ts-check
/**
 * Counters and a latency histogram, rendered in the Prometheus text format (version 0.0.4).
 * Label values come from fixed sets (routes, statuses, results), never from requests, so the
 * number of series stays bounded.
 */

/** Seconds; receipts are written in milliseconds, so the interesting buckets are small. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** @param {Record<string, string>} labels */
const labelText = (labels) => {
  const parts = Object.entries(labels).map(([name, value]) => `${name}="${value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c))}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};

export function createMetrics() {
  /** @type {Map<string, number>} series text → value */
  const requests = new Map();
  /** @type {Map<string, number>} */
  const receipts = new Map();
  const histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
  let inFlight = 0;
  let rateLimited = 0;

  /** @param {Map<string, number>} map @param {string} key */
  const bump = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

  return {
    /** @param {string} route @param {string} method @param {number} status @param {number} seconds */
    request(route, method, status, seconds) {
      bump(requests, labelText({ route, method, status: String(status) }));
      histogram.sum += seconds;
      histogram.count++;
      BUCKETS.forEach((bound, i) => {
        if (seconds <= bound) histogram.counts[i] = (histogram.counts[i] ?? 0) + 1;
      });
    },
    /** @param {'stored' | 'duplicate' | 'conflict' | 'invalid' | 'failed'} result */
    receipt: (result) => bump(receipts, labelText({ result })),
    rateLimited: () => void rateLimited++,
    /** @param {1 | -1} change */
    inFlight: (change) => void (inFlight += change),
    /** @param {{ storedReceipts: number, engine: string }} gauges */
    render({ storedReceipts, engine }) {
      const lines = [
        '# HELP consentry_ledger_http_requests_total HTTP requests answered, by route, method and status.',
        '# TYPE consentry_ledger_http_requests_total counter',
        ...[...requests].map(([labels, value]) => `consentry_ledger_http_requests_total${labels} ${value}`),
        '# HELP consentry_ledger_http_request_duration_seconds Time to answer a request.',
        '# TYPE consentry_ledger_http_request_duration_seconds histogram',
        ...BUCKETS.map((bound, i) => `consentry_ledger_http_request_duration_seconds_bucket{le="${bound}"} ${histogram.counts[i]}`),
        `consentry_ledger_http_request_duration_seconds_bucket{le="+Inf"} ${histogram.count}`,
        `consentry_ledger_http_request_duration_seconds_sum ${histogram.sum}`,
        `consentry_ledger_http_request_duration_seconds_count ${histogram.count}`,
        '# HELP consentry_ledger_receipts_total Receipts received, by result.',
        '# TYPE consentry_ledger_receipts_total counter',
        ...[...receipts].map(([labels, value]) => `consentry_ledger_receipts_total${labels} ${value}`),
        '# HELP consentry_ledger_rate_limited_total Requests refused with 429.',
        '# TYPE consentry_ledger_rate_limited_total counter',
        `consentry_ledger_rate_limited_total ${rateLimited}`,
        '# HELP consentry_ledger_in_flight_requests Requests being answered now.',
        '# TYPE consentry_ledger_in_flight_requests gauge',
        `consentry_ledger_in_flight_requests ${inFlight}`,
        '# HELP consentry_ledger_stored_receipts Receipts held in the database now.',
        '# TYPE consentry_ledger_stored_receipts gauge',
        `consentry_ledger_stored_receipts${labelText({ engine })} ${storedReceipts}`,
      ];
      return lines.join('\n') + '\n';
    },
  };
}

/** @typedef {ReturnType<typeof createMetrics>} Metrics */
