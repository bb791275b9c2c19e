// @ts-check
/**
 * Stored receipts as CSV that spreadsheets open safely, for a regulator (JSON needs no help).
 * Pure formatting; which receipts are exported is the store's business.
 */

/**
 * One stored receipt as exported. Deliberately no client address: a receipt proves what was
 * chosen and shown, and the address is not needed for that (GDPR Art. 5(1)(c)).
 * @typedef {object} Entry
 * @property {string} site The origin of the page the choice was made on; one chain each.
 * @property {number} seq The entry's place in its site's chain.
 * @property {string} receivedAt
 * @property {import('./validate.js').Receipt} receipt
 */

const COLUMNS = ['site', 'seq', 'receivedAt', 'id', 'revision', 'method', 'givenAt', 'updatedAt', 'expiresAt', 'categories', 'services', 'gpc', 'url', 'language', 'shown'];

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

/** The CSV header row, CRLF-terminated as RFC 4180 asks. */
export const CSV_HEADER = COLUMNS.join(',') + '\r\n';

/**
 * CSV rows, one per receipt, without the header (exports are written page by page).
 * @param {readonly Entry[]} entries
 */
export function toCsvRows(entries) {
  const rows = entries.map(({ site, seq, receivedAt, receipt: { record, url, language, shown } }) => [
    site,
    seq,
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
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
