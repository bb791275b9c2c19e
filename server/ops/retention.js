// @ts-check
/**
 * Retention as the server runs it: a purge of receipts of choices older than the configured
 * number of days, at start and every hour. A failed pass is logged and tried again next hour.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * @param {{ purge: (before: Date) => Promise<number> }} store
 * @param {number | undefined} retainDays Undefined: keep everything.
 * @param {import('./log.js').Logger} log
 * @returns {Promise<() => void>} Stops the hourly pass.
 */
export async function startRetention(store, retainDays, log) {
  if (retainDays === undefined) return () => undefined;
  const pass = async () => {
    try {
      const erased = await store.purge(new Date(Date.now() - retainDays * DAY_MS));
      if (erased) log.info('purged receipts past retention', { receipts: erased, retainDays });
    } catch (error) {
      log.error('retention purge failed', { error: String(/** @type {Error} */ (error)?.message ?? error) });
    }
  };
  await pass();
  const timer = setInterval(pass, HOUR_MS).unref();
  return () => clearInterval(timer);
}
