// @ts-check
/**
 * The heads file: each chain's newest entry as `consentry-ledger heads` wrote it, kept
 * somewhere the ledger's database cannot reach (a ticket, a mail, a write-once bucket), so
 * `verify --expect-heads FILE` can tell a chain cut short or re-hashed from one that grew.
 */
import { readFile } from 'node:fs/promises';

/** @typedef {import('./verify.js').Head} Head */

/**
 * The file's text for these heads.
 * @param {readonly Head[]} heads
 * @param {Date} now
 */
export const headsFile = (heads, now) => JSON.stringify({ writtenAt: now.toISOString(), heads }, null, 2) + '\n';

/**
 * What is wrong with a parsed heads file, or null.
 * @param {unknown} value
 */
function shapeProblem(value) {
  const heads = /** @type {{ heads?: unknown }} */ (value)?.heads;
  if (!Array.isArray(heads)) return 'heads: expected a list';
  for (const [i, head] of heads.entries()) {
    if (typeof head?.site !== 'string') return `heads[${i}].site: expected a string`;
    if (!Number.isSafeInteger(head.seq) || head.seq < 1) return `heads[${i}].seq: expected an integer from 1`;
    if (typeof head.hash !== 'string' || !/^[0-9a-f]{64}$/.test(head.hash)) return `heads[${i}].hash: expected 64 hex digits`;
  }
  return null;
}

/**
 * Reads a heads file.
 * @param {string} path
 * @returns {Promise<Head[]>}
 * @throws {Error} naming the file and its first problem.
 */
export async function readHeads(path) {
  const refuse = (/** @type {string} */ problem) =>
    new Error(`consentry-ledger verify: --expect-heads: expected a file written by "consentry-ledger heads", got ${path} ${problem}`);
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw refuse(`that could not be read (${/** @type {NodeJS.ErrnoException} */ (error).code})`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refuse('that is not JSON');
  }
  const problem = shapeProblem(parsed);
  if (problem) throw refuse(`with ${problem}`);
  return parsed.heads;
}
