// @ts-check
/**
 * `consentry-ledger serve` (the default command): the ledger, until a signal stops it. The
 * first SIGTERM or SIGINT drains and exits 0; a second exits at once; an uncaught error exits 1
 * to be restarted (ops/last-resort.js).
 */
import { startLedger } from '../ledger-server.js';
import { createLogger } from '../ops/log.js';
import { installLastResort } from '../ops/last-resort.js';

/** @param {string | undefined} url */
function passwordOf(url) {
  try {
    return url ? decodeURIComponent(new URL(url).password) || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {import('../ledger-server.js').LedgerOptions} config
 * @param {number | undefined} retainDays From `--retain-days`, over the environment's.
 */
export async function serve(config, retainDays) {
  const log = createLogger({ secrets: [config.token, config.clientIp?.mode === 'hash' ? config.clientIp.key : undefined, passwordOf(config.databaseUrl)] });
  /** @type {Awaited<ReturnType<typeof startLedger>> | undefined} */
  let ledger;
  installLastResort({ log, stop: async () => ledger?.close() });
  ledger = await startLedger({ ...config, retainDays: retainDays ?? config.retainDays, processMetrics: true, log });
  const running = ledger;
  let stopping = false;
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      // A second signal means "now": the operator has given up waiting.
      if (stopping) process.exit(1);
      stopping = true;
      log.info('stopping', { signal });
      running.close().then(
        () => process.exit(0),
        (error) => {
          log.error('could not stop cleanly', { error: String(error) });
          process.exit(1);
        },
      );
    });
  }
}
