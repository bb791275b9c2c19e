// @ts-check
/**
 * PostgreSQL through `pg`'s pool: what several ledger processes share behind a load balancer.
 */
import pg from 'pg';
import { redactUrl } from './database.js';

/** @typedef {import('./database.js').Database} Database */

// bigint (int8) columns hold sequence numbers far below 2^53: read them as numbers.
const INT8 = 20;
const types = {
  /** @param {number} oid @param {any} format */
  getTypeParser: (oid, format) => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format)),
};

/**
 * @param {string} url
 * @param {{ poolSize?: number | undefined }} [options]
 * @returns {Promise<Database>}
 */
export async function openPostgres(url, { poolSize = 10 } = {}) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, connectionTimeoutMillis: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
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
        // A connection whose rollback failed is in an unknown state: drop it, not reuse it.
        const rolledBack = await client.query('ROLLBACK').then(() => true, () => false);
        client.release(!rolledBack);
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
