// @ts-check
/**
 * Exports for a regulator: stored receipts filtered by time or by visitor, as JSON or as CSV
 * that spreadsheets open safely. Read-only; it never changes the log.
 */
import { UUID_V4, describeValue } from './validate.js';

/** @typedef {import('./receipt-log.js').Entry} Entry */

/**
 * @typedef {object} ExportQuery
 * @property {'json' | 'csv'} format
 * @property {number} [from] Milliseconds; entries whose choice was made at or after it.
 * @property {number} [to] Milliseconds; entries whose choice was made before it.
 * @property {string} [id] One visitor's record id: their whole history.
 */

const PARAMS = ['format', 'from', 'to', 'id'];
/** A day (midnight UTC) or a UTC time, to the minute, second or millisecond. */
const BOUND = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z)?$/;

/**
 * Reads `?format=&from=&to=&id=`; an unknown or malformed parameter is an error rather than
 * silently ignored, since a typo would otherwise hand the regulator the wrong set.
 * @param {URLSearchParams} params
 * @returns {ExportQuery | { error: string }}
 */
export function parseExportQuery(params) {
  for (const key of params.keys()) {
    if (!PARAMS.includes(key)) return { error: `${key}: unknown parameter; expected format, from, to or id` };
  }
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') return { error: `format: expected "json" or "csv", got ${describeValue(format)}` };
  /** @type {ExportQuery} */
  const query = { format };
  for (const key of /** @type {const} */ (['from', 'to'])) {
    const value = params.get(key);
    if (value === null) continue;
    const ms = BOUND.test(value) ? Date.parse(value) : NaN;
    // Date.parse rolls 2026-02-30 over into March; a real date keeps its day.
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value.slice(0, 10)) {
      return { error: `${key}: expected a UTC date or time such as 2026-06-01 or 2026-06-01T12:00:00Z, got ${describeValue(value)}` };
    }
    query[key] = ms;
  }
  const id = params.get('id');
  if (id !== null) {
    if (!UUID_V4.test(id)) return { error: `id: expected a lowercase UUID v4, got ${describeValue(id)}` };
    query.id = id;
  }
  return query;
}

/**
 * The entries a query asks for, in arrival order. Time bounds apply to `record.updatedAt`,
 * when the visitor made the choice, not when a retry happened to deliver it.
 * @param {readonly Entry[]} entries
 * @param {ExportQuery} query
 */
export function selectEntries(entries, { from, to, id }) {
  return entries.filter(({ receipt: { record } }) => {
    const at = Date.parse(record.updatedAt);
    return (id === undefined || record.id === id) && (from === undefined || at >= from) && (to === undefined || at < to);
  });
}

/** @param {readonly Entry[]} entries */
export const toJson = (entries) => JSON.stringify(entries);

const COLUMNS = ['receivedAt', 'id', 'revision', 'method', 'givenAt', 'updatedAt', 'expiresAt', 'categories', 'services', 'gpc', 'url', 'language', 'shown'];

/** `analytical=true;functional=false`: one cell per map, in the record's order. */
const states = (/** @type {Record<string, boolean>} */ map) =>
  Object.entries(map)
    .map(([name, granted]) => `${name}=${granted}`)
    .join(';');

/**
 * One CSV cell (RFC 4180). A cell that starts with = + - @ (or a tab or carriage return) is
 * run as a formula by spreadsheet programs — the OWASP "CSV injection" — so it gets a leading
 * apostrophe, which they show as text.
 * @param {unknown} value
 */
export function csvCell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A header row, then one row per receipt, CRLF-terminated as RFC 4180 asks.
 * @param {readonly Entry[]} entries
 */
export function toCsv(entries) {
  const rows = entries.map(({ receivedAt, receipt: { record, url, language, shown } }) => [
    receivedAt,
    record.id,
    record.revision,
    record.method,
    record.givenAt,
    record.updatedAt,
    record.expiresAt,
    states(record.categories),
    states(record.services),
    record.gpc,
    url,
    language,
    shown,
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
