// @ts-check
/**
 * Retention as the server runs it: a purge of receipts of choices older than the configured
 * number of days, and of the insights counters of those days, at start and every hour. A
 * failed pass is logged and tried again next hour.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * @param {{ purge: (before: Date) => Promise<number>, purgeCounters: (before: Date) => Promise<number> }} store
 * @param {number | undefined} retainDays Undefined: keep everything.
 * @param {import('./log.js').Logger} log
 * @returns {Promise<() => void>} Stops the hourly pass.
 */
export async function startRetention(store, retainDays, log) {
  if (retainDays === undefined) return () => undefined;
  const pass = async () => {
    try {
      const before = new Date(Date.now() - retainDays * DAY_MS);
      const erased = await store.purge(before);
      if (erased) log.info('purged receipts past retention', { receipts: erased, retainDays });
      const counters = await store.purgeCounters(before);
      if (counters) log.info('purged insights counters past retention', { counters, retainDays });
    } catch (error) {
      log.error('retention purge failed', { error: String(/** @type {Error} */ (error)?.message ?? error) });
    }
  };
  await pass();
  const timer = setInterval(pass, HOUR_MS).unref();
  return () => clearInterval(timer);
}
