// @ts-check
/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder, so
 * the ledger runs with no setup and speaks the same SQL as PostgreSQL. One process per folder
 * (folder-lock.js). PGlite writes through the page cache and never calls fsync: a `kill -9`
 * loses nothing answered, a power cut may (docs/ledger.md, "Durability").
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockFolder } from './folder-lock.js';

/** @typedef {import('./types.js').Database} Database */

/**
 * @param {string} dataDir
 * @param {{ create?: boolean }} [options] Without `create`, a folder holding no database is an
 *   error: a command run on a mistyped folder must not create an empty ledger there.
 * @returns {Promise<Database>}
 */
export async function openEmbedded(dataDir, { create = true } = {}) {
  const dir = resolve(dataDir);
  const pgdata = join(dir, 'pgdata');
  if (!create && !existsSync(join(pgdata, 'PG_VERSION'))) {
    throw new Error(`consentry-ledger: DATA_DIR: no embedded ledger in ${dir}: a mistyped folder? Only the server creates one`);
  }
  await mkdir(dir, { recursive: true });
  const releaseLock = await lockFolder(dir);
  let db;
  try {
    db = new PGlite(pgdata);
    await db.waitReady;
  } catch (error) {
    await releaseLock();
    throw new Error(`consentry-ledger: DATA_DIR: could not open the embedded database in ${dir}: ${/** @type {Error} */ (error).message}`);
  }
  const pglite = db;
  return {
    engine: 'embedded',
    where: dir,
    query: (sql, params = []) => pglite.query(sql, /** @type {any[]} */ (params)),
    exec: async (sql) => void (await pglite.exec(sql)),
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          query: (sql, params = []) => tx.query(sql, /** @type {any[]} */ (params)),
          exec: async (sql) => void (await tx.exec(sql)),
        }),
      ),
    async close() {
      await pglite.close();
      await releaseLock();
    },
  };
}
