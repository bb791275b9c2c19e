// @ts-check
/**
 * One process per embedded folder. PGlite is one PostgreSQL in one process: two of them on one
 * folder overwrite each other's pages and lose acknowledged receipts without a trace. The lock
 * is the operating system's own (an open-file-description lock, `F_OFD_SETLK`, through
 * fs-native-extensions): the kernel releases it when the holder dies, however it dies, and it
 * holds across PID namespaces and containers sharing the volume, where a PID in a file means
 * nothing. The file stays after release: removing it would let a newcomer lock a new file
 * while another still holds the old one.
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import fsx from 'fs-native-extensions';

export const LOCK_FILE = 'ledger.lock';

/**
 * Locks `dir` for this process, or throws naming the folder when another process holds it.
 * @param {string} dir
 * @returns {Promise<() => Promise<void>>} Releases the lock.
 */
export async function lockFolder(dir) {
  const file = await open(join(dir, LOCK_FILE), 'a+');
  let locked = false;
  try {
    locked = fsx.tryLock(file.fd);
  } finally {
    if (!locked) await file.close();
  }
  if (!locked) {
    throw new Error(`consentry-ledger: DATA_DIR: ${dir} is in use by another process; the embedded database serves one process (set DATABASE_URL to share PostgreSQL)`);
  }
  // For the operator's eyes only: the lock, not this number, decides.
  await file.truncate(0);
  await file.write(`${process.pid}\n`);
  // Closing the last descriptor of the open file description releases the lock.
  return () => file.close();
}
