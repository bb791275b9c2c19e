// @ts-check
/**
 * The one database interface the ledger uses, whichever engine is behind it: `query` with
 * `$1` parameters, `exec`, `transaction`, `close`. Types only: the engines (embedded.js,
 * postgres.js) and their users import these without importing each other.
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
 * How a command or the server opens the database.
 * @typedef {object} OpenOptions
 * @property {string} [databaseUrl] PostgreSQL; the embedded database in `dataDir` otherwise.
 * @property {string} dataDir
 * @property {number} [poolSize]
 * @property {boolean} [create] Create the embedded database when the folder holds none (the
 *   server and `migrate`); read-only commands refuse an empty folder instead.
 * @property {boolean} [readOnly] PostgreSQL refuses every write on these connections (`verify`).
 * @property {(message: string) => void} [onConnectionLost] Told when PostgreSQL drops a connection.
 */

export {};
