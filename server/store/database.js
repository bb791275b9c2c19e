// @ts-check
/**
 * The one database interface the ledger uses, whichever engine is behind it: `query` with
 * `$1` parameters, `transaction`, `close`. The engines differ only in how they are opened;
 * the schema and every query are shared (server/store/migrations.js, server/store/ledger-store.js).
 */

/**
 * @typedef {object} Queryable
 * @property {(sql: string, params?: readonly unknown[]) => Promise<{ rows: any[] }>} query One statement.
 * @property {(sql: string) => Promise<void>} exec Several statements, no parameters (migrations).
 */

/**
 * @typedef {object} DatabaseOwn
 * @property {'embedded' | 'postgresql'} engine
 * @property {string} where Where the data is, safe to log (no password).
 * @property {<T>(work: (tx: Queryable) => Promise<T>) => Promise<T>} transaction Commits when
 *   `work` resolves, rolls back when it throws.
 * @property {() => Promise<void>} close
 * @typedef {Queryable & DatabaseOwn} Database
 */

/**
 * Opens PostgreSQL when `databaseUrl` is given, the embedded PGlite in `dataDir` otherwise.
 * Each engine's library is loaded only when chosen: a PostgreSQL deployment never loads the
 * WebAssembly build.
 * @param {{ databaseUrl?: string, dataDir: string, poolSize?: number }} options
 * @returns {Promise<Database>}
 */
export async function openDatabase({ databaseUrl, dataDir, poolSize }) {
  if (databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(databaseUrl, { poolSize });
  }
  const { openEmbedded } = await import('./embedded.js');
  return openEmbedded(dataDir);
}

/**
 * A connection string with its password hidden, for logs and messages.
 * @param {string} url
 */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    for (const key of [...parsed.searchParams.keys()]) if (/pass|secret|key|token/i.test(key)) parsed.searchParams.set(key, '***');
    return parsed.toString();
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}
