// @ts-check
/**
 * PostgreSQL through `pg`'s pool: what several ledger processes share behind a load balancer.
 * A connection may die at any moment (a failover, a restart, `pg_terminate_backend`): the query
 * on it fails, the caller answers 503, and the pool opens a new one for the next request.
 */
import pg from 'pg';
import { redactUrl } from './redact-url.js';

/** @typedef {import('./types.js').Database} Database */

// bigint (int8) columns hold sequence numbers far below 2^53: read them as numbers.
const INT8 = 20;
const types = {
  /** @param {number} oid @param {any} format */
  getTypeParser: (oid, format) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format)),
};

/**
 * @param {string} url
 * @param {{ poolSize?: number | undefined, readOnly?: boolean, onConnectionLost?: ((message: string) => void) | undefined }} [options]
 * @returns {Promise<Database>}
 */
export async function openPostgres(url, { poolSize = 10, readOnly = false, onConnectionLost = () => undefined } = {}) {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types,
    connectionTimeoutMillis: 10_000,
    // The server itself refuses writes on these connections, whatever the code asks.
    ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // The pool re-emits errors of idle clients only; a client checked out for a transaction
  // whose connection dies emits 'error' too, and an 'error' nobody listens to ends the process.
  // Every client gets a listener of its own (which also sees the idle ones' errors).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', (error) => onConnectionLost(error.message)));
  // Fail at start, with the place named, rather than on the first receipt.
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new Error(`consentry-ledger: DATABASE_URL: could not connect to ${redactUrl(url)}: ${/** @type {Error} */ (error).message}`);
  }
  return {
    engine: 'postgresql',
    where: redactUrl(url),
    query: (sql, params = []) => pool.query(sql, /** @type {unknown[]} */ (params)),
    exec: async (sql) => void (await pool.query(sql)),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: (sql, params = []) => client.query(sql, /** @type {unknown[]} */ (params)),
          // Without parameters pg uses the simple protocol, which takes several statements.
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        // A connection whose rollback failed (or that is gone) is in an unknown state: drop it.
        const rolledBack = await client.query('ROLLBACK').then(
          () => true,
          () => false,
        );
        client.release(!rolledBack);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
