// @ts-check
/**
 * Query strings, strictly: an unknown, repeated or malformed parameter is an error rather
 * than silently ignored or silently "the first one wins", since a typo or a smuggled second
 * value would otherwise hand a regulator the wrong set.
 */
import { describeValue, listed, UUID_V4 } from '../receipt/validate.js';

/**
 * @typedef {object} ExportQuery
 * @property {'json' | 'csv'} format
 * @property {Date} [from] Choices made at or after it.
 * @property {Date} [to] Choices made before it.
 * @property {string} [id] One visitor's record id: their whole history.
 */

/** A day (midnight UTC) or a UTC time, to the minute, second or millisecond. */
const BOUND = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z)?$/;


/**
 * The problem with the parameters' names, or `null`.
 * @param {URLSearchParams} params
 * @param {readonly string[]} allowed
 */
export function paramsProblem(params, allowed) {
  const seen = new Set();
  for (const key of params.keys()) {
    if (!allowed.includes(key)) return `${key.slice(0, 40)}: unknown parameter; expected ${allowed.length ? listed(allowed) : 'none'}`;
    if (seen.has(key)) return `${key}: expected once, got it repeated`;
    seen.add(key);
  }
  return null;
}

/**
 * A `from`/`to` bound: a UTC day or time, a real date.
 * @param {string} name
 * @param {string} value
 * @returns {Date | { error: string }}
 */
export function parseBound(name, value) {
  const ms = BOUND.test(value) ? Date.parse(value) : NaN;
  // Date.parse rolls 2026-02-30 over into March; a real date keeps its day.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value.slice(0, 10)) {
    return { error: `${name}: expected a UTC date or time such as 2026-06-01 or 2026-06-01T12:00:00Z, got ${describeValue(value)}` };
  }
  return new Date(ms);
}

/**
 * Reads `format`, `from`, `to` and `id` (the same for `GET /export` and `consentry-ledger export`).
 * @param {URLSearchParams} params
 * @returns {ExportQuery | { error: string }}
 */
export function parseExportQuery(params) {
  const problem = paramsProblem(params, ['format', 'from', 'to', 'id']);
  if (problem) return { error: problem };
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return { error: `format: expected "json" or "csv", got ${describeValue(format)}` };
  /** @type {ExportQuery} */
  const query = { format };
  for (const key of /** @type {const} */ (['from', 'to'])) {
    const value = params.get(key);
    if (value === null) continue;
    const bound = parseBound(key, value);
    if ('error' in bound) return bound;
    query[key] = bound;
  }
  const id = params.get('id');
  if (id !== null) {
    if (!UUID_V4.test(id)) return { error: `id: expected a lowercase UUID v4, got ${describeValue(id)}` };
    query.id = id;
  }
  return query;
}
