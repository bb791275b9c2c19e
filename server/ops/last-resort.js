// @ts-check
/**
 * The last resort: an error nobody caught (a bug, here or in a dependency) is logged as one
 * JSON line, then the process stops taking requests, lets those in flight finish for a few
 * seconds and exits 1, for systemd or the container runtime to restart it. After such an error
 * nothing in the process can be trusted to be consistent, so it does not keep serving; and it
 * never hangs: the exit comes after the deadline whatever the drain does.
 */

const DEADLINE_MS = 5_000;

/**
 * @param {{ log: import('./log.js').Logger, stop: () => Promise<void> }} options
 */
export function installLastResort({ log, stop }) {
  let exiting = false;
  // With a handler here, Node also routes unhandled rejections to it (origin 'unhandledRejection').
  process.on('uncaughtException', (error, origin) => {
    log.fatal('uncaught error; exiting to be restarted', { origin, error: String(error?.stack ?? error) });
    if (exiting) return;
    exiting = true;
    setTimeout(() => process.exit(1), DEADLINE_MS);
    stop().finally(() => process.exit(1));
  });
}
