// @ts-check
/**
 * The append-only receipt log (JSON Lines) and the index that stores each choice exactly once.
 * Lines are only ever appended, one write at a time; nothing here rewrites or deletes a line.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @typedef {import('./validate.js').Receipt} Receipt */

/**
 * One line of the log. Deliberately no IP address and no user agent: a receipt proves what
 * was chosen and shown, and neither is needed for that (GDPR Art. 5(1)(c), data minimisation).
 * @typedef {{ receivedAt: string, receipt: Receipt }} Entry
 */

/**
 * `stored`: written now. `duplicate`: this choice was already stored (a browser's retry).
 * `conflict`: another record with the same id and updatedAt is stored; nothing written.
 * @typedef {'stored' | 'duplicate' | 'conflict'} AppendResult
 */

/**
 * @typedef {object} ReceiptLog
 * @property {(receipt: Receipt) => Promise<AppendResult>} append Rejects when the write failed.
 * @property {() => readonly Entry[]} entries Every stored entry, in arrival order.
 * @property {() => Promise<void>} close Waits for pending writes.
 */

export const LOG_FILE = 'receipts.jsonl';

/** A choice is identified by the visitor's record id and the time of that choice. */
const keyOf = (/** @type {Receipt} */ receipt) => `${receipt.record.id} ${receipt.record.updatedAt}`;

/**
 * A digest of the record with its keys sorted: a retry that carries the same choice matches
 * even if it came from another page (another `url`) or serialised its keys in another order.
 * @param {Receipt} receipt
 */
function fingerprint(receipt) {
  return createHash('sha256').update(JSON.stringify(sortKeys(receipt.record))).digest('base64');
}

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function sortKeys(value) {
  if (!value || typeof value !== 'object') return value;
  const object = /** @type {Record<string, unknown>} */ (value);
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortKeys(object[key])]));
}

/**
 * The shape a line needs to be indexed. Lines are not re-validated with today's rules: a
 * receipt accepted once stays part of the proof even if the rules later tighten.
 * @param {string} line
 * @returns {Entry | null}
 */
function parseLine(line) {
  try {
    const entry = JSON.parse(line);
    const record = entry?.receipt?.record;
    if (typeof entry?.receivedAt === 'string' && typeof record?.id === 'string' && typeof record.updatedAt === 'string') return entry;
  } catch {
    // not JSON: reported by the caller with the line number
  }
  return null;
}

/**
 * Opens (or creates) `dataDir/receipts.jsonl`, reads it to rebuild the duplicate index and
 * keeps it open for appending. Unreadable lines are skipped with a warning, never removed.
 * @param {string} dataDir
 * @param {{ warn?: (message: string) => void }} [options]
 * @returns {Promise<ReceiptLog>}
 */
export async function openReceiptLog(dataDir, { warn = console.warn } = {}) {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOG_FILE);
  /** @type {string} */
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }

  /** @type {Entry[]} */
  const entries = [];
  /** @type {Map<string, string>} key → fingerprint */
  const index = new Map();
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const entry = parseLine(line);
    if (!entry) {
      const last = i === lines.length - 1;
      warn(`consent-receiver: ${path}:${i + 1}: ${last ? 'incomplete last line (a crash during a write?)' : 'not a receipt line'}, ignored`);
      return;
    }
    const key = keyOf(entry.receipt);
    // A write whose sync failed is answered 503 and retried, so its line can appear twice.
    if (index.has(key)) return;
    index.set(key, fingerprint(entry.receipt));
    entries.push(entry);
  });

  // A file that does not end in a newline ends in a fragment; the next line must not join it.
  let needsNewline = text !== '' && !text.endsWith('\n');
  const file = await open(path, 'a');

  /** @param {Receipt} receipt */
  async function write(receipt) {
    const key = keyOf(receipt);
    const print = fingerprint(receipt);
    const known = index.get(key);
    if (known !== undefined) return known === print ? 'duplicate' : 'conflict';
    const entry = { receivedAt: new Date().toISOString(), receipt };
    const line = (needsNewline ? '\n' : '') + JSON.stringify(entry) + '\n';
    // Until this write is known to be complete, the file may end in a fragment of it.
    needsNewline = true;
    await file.appendFile(line, 'utf8');
    // Answer success only once the line is on disk: the browser will not send it again.
    await file.datasync();
    needsNewline = false;
    index.set(key, print);
    entries.push(entry);
    return 'stored';
  }

  // One write at a time: the duplicate check and the append must not interleave.
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();
  return {
    append(receipt) {
      const result = queue.then(() => write(receipt));
      queue = result.catch(() => undefined);
      return /** @type {Promise<AppendResult>} */ (result);
    },
    entries: () => entries,
    async close() {
      await queue;
      await file.close();
    },
  };
}
