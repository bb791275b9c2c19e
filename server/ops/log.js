// @ts-check
/**
 * Structured logs: one JSON object per line (time, level, msg, fields), for journald, a
 * container runtime or a log shipper. Any configured secret that would appear in a line is
 * replaced by `***` before it is written, whatever code produced the line. Lines are written
 * synchronously (standard output is a pipe or a file under systemd and containers, which
 * Node writes synchronously on Linux), so the last line before an exit is never lost.
 */

/**
 * @typedef {object} Logger
 * @property {(msg: string, fields?: Record<string, unknown>) => void} info
 * @property {(msg: string, fields?: Record<string, unknown>) => void} warn
 * @property {(msg: string, fields?: Record<string, unknown>) => void} error
 * @property {(msg: string, fields?: Record<string, unknown>) => void} fatal The last line before
 *   the process exits to be restarted.
 */

/**
 * @param {{ write?: (line: string) => void, secrets?: readonly (string | undefined)[] }} [options]
 * @returns {Logger}
 */
export function createLogger({ write = (line) => void process.stdout.write(line), secrets = [] } = {}) {
  // Short strings would blank out ordinary words; real secrets are long (LEDGER_TOKEN ≥ 32).
  const hidden = secrets.filter((secret) => typeof secret === 'string' && secret.length >= 8);
  /** @param {'info' | 'warn' | 'error' | 'fatal'} level */
  const at = (level) => (/** @type {string} */ msg, /** @type {Record<string, unknown>} */ fields = {}) => {
    let line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
    for (const secret of hidden) line = line.split(/** @type {string} */ (secret)).join('***');
    write(line + '\n');
  };
  return { info: at('info'), warn: at('warn'), error: at('error'), fatal: at('fatal') };
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger = createLogger({ write: () => undefined });
