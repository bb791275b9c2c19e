// @ts-check
/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) persisted in a folder, so
 * the ledger runs with no setup and speaks the same SQL as PostgreSQL. One process per folder:
 * a second one would corrupt it, so a lock file refuses it.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** @typedef {import('./database.js').Database} Database */

const LOCK_FILE = 'ledger.lock';

/**
 * @param {string} dataDir
 * @returns {Promise<Database>}
 */
export async function openEmbedded(dataDir) {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const releaseLock = await lockFolder(dir);
  let db;
  try {
    db = new PGlite(join(dir, 'pgdata'));
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

/**
 * Takes `dir/ledger.lock` for this process. A lock left by a process that no longer runs
 * (after `kill -9` or a power cut) is taken over; one held by a live process is refused.
 * @param {string} dir
 * @returns {Promise<() => Promise<void>>}
 */
async function lockFolder(dir) {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new Error(`consentry-ledger: DATA_DIR: ${dir} is in use by process ${holder}; the embedded database serves one process (set DATABASE_URL to share PostgreSQL)`);
    }
    await rm(path, { force: true });
  }
  throw new Error(`consentry-ledger: DATA_DIR: could not lock ${path}`);
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
