// @ts-check
/**
 * A token bucket per client, in memory. Each client's bucket refills at `perMinute`; a client
 * may burst up to `burst` requests. The table is bounded: when full, the oldest buckets are
 * dropped first, so a flood of addresses cannot grow memory without limit.
 */

/**
 * @param {{ perMinute: number, burst: number, maxClients?: number, now?: () => number }} options
 * @returns {(client: string) => { allowed: true } | { allowed: false, retryAfterSeconds: number }}
 */
export function createRateLimit({ perMinute, burst, maxClients = 50_000, now = Date.now }) {
  /** @type {Map<string, { tokens: number, at: number }>} Insertion order is age order. */
  const buckets = new Map();
  const perMs = perMinute / 60_000;
  return (client) => {
    const time = now();
    const bucket = buckets.get(client);
    let tokens = burst;
    if (bucket) {
      tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * perMs);
      buckets.delete(client);
    } else if (buckets.size >= maxClients) {
      // The oldest entry is the least recently seen client.
      buckets.delete(/** @type {string} */ (buckets.keys().next().value));
    }
    const allowed = tokens >= 1;
    buckets.set(client, { tokens: allowed ? tokens - 1 : tokens, at: time });
    if (allowed) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  };
}
