// @ts-check
/**
 * `GET /export`: every receipt for a regulator, streamed a page at a time, never all held in
 * memory; the router has checked the token.
 */
import { parseExportQuery } from './query.js';
import { JSON_TYPE, sendError, sendUnavailable, startStream } from './reply.js';
import { CSV_HEADER, toCsvRows } from '../receipt/export-format.js';

/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** @param {import('./handlers.js').HandlerContext} ctx */
export function createExport({ store, log }) {
  /**
   * @param {URL} url
   * @param {ServerResponse} res
   */
  return async (url, res) => {
    const query = parseExportQuery(url.searchParams);
    if ('error' in query) return sendError(res, 400, query.error);
    const csv = query.format === 'csv';
    const pages = store.exportPages(query);
    let page;
    try {
      // The first page before the headers: a database that does not answer is a plain 503.
      page = await pages.next();
    } catch (error) {
      log.error('could not export', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      return sendUnavailable(res, 'storage: the database did not answer; try again later');
    }
    startStream(res, {
      'content-type': csv ? 'text/csv; charset=utf-8; header=present' : JSON_TYPE,
      'content-disposition': `attachment; filename="consent-receipts.${query.format}"`,
    });
    res.write(csv ? CSV_HEADER : '[');
    for (let first = true; !page.done; page = await pages.next(), first = false) {
      const text = csv ? toCsvRows(page.value) : (first ? '' : ',') + page.value.map((entry) => JSON.stringify(entry)).join(',');
      // Wait for the client to take each page: a slow reader must not make us buffer them all.
      if (!res.write(text)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end(csv ? '' : ']');
  };
}
