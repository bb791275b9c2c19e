// @ts-check
/**
 * A visitor's rights over their consent id: access and portability (`GET`, a page of receipts
 * at a time, readable by the allowed sites' pages) and erasure (`DELETE`, the operator's).
 */
import { sendError, sendJson, sendUnavailable } from './reply.js';
import { describeValue, UUID_V4 } from '../receipt/validate.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** Pages past this are not a real history (the store bounds receipts per id far below). */
const MAX_PAGE = 100_000;

/** How to check a downloaded record against the ledger, in the download itself. */
const PROOF_HELP =
  'Each receipt is sealed in its site\'s hash chain: contentDigest = sha256(salt + "\\n" + JSON of the receipt as stored); ' +
  'hash = sha256 of the lines "consentry-ledger/1", prevHash, site, seq, kind, receivedAt, contentDigest joined by "\\n". ' +
  'heads gives the newest entry of each chain when this was read.';

/**
 * The problem with a consent id taken from the path, or null.
 * @param {string} consentId
 */
const consentIdProblem = (consentId) => (UUID_V4.test(consentId) ? null : `consentId: expected a lowercase UUID v4, got ${describeValue(consentId)}`);

/**
 * @param {URLSearchParams} params
 * @returns {number | { error: string }}
 */
function pageOf(params) {
  const text = params.get('page') ?? '1';
  const page = /^[1-9]\d{0,5}$/.test(text) ? Number(text) : NaN;
  return page <= MAX_PAGE ? page : { error: `page: expected an integer from 1 to ${MAX_PAGE}, got ${describeValue(text)}` };
}

/** @param {import('./handlers.js').HandlerContext} ctx */
export function createSubjects({ store, pageAccess, log }) {
  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} consentId
   * @param {URLSearchParams} params
   */
  async function getSubject(req, res, consentId, params) {
    if (!pageAccess(req, res, 'GET, OPTIONS')) return;
    const problem = consentIdProblem(consentId);
    if (problem) return sendError(res, 400, problem);
    const page = pageOf(params);
    if (typeof page === 'object') return sendError(res, 400, page.error);
    let found;
    try {
      found = await store.subject(consentId, page);
    } catch (error) {
      log.error('could not read a subject', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      return sendUnavailable(res, 'storage: the database did not answer; try again later');
    }
    if (found.receipts.length === 0) return sendError(res, 404, page === 1 ? `consentId: no receipts stored for ${consentId}` : `page: no receipts on page ${page} for ${consentId}`);
    const next = found.more ? `/subjects/${consentId}?page=${page + 1}` : null;
    const body = { consentId, page, next, receipts: found.receipts, heads: found.heads, proof: PROOF_HELP };
    sendJson(res, 200, body, { 'content-disposition': `attachment; filename="consent-${consentId}${page > 1 ? `-${page}` : ''}.json"` });
  }

  /**
   * Erasure (GDPR Art. 17); the router has checked the token.
   * @param {ServerResponse} res
   * @param {string} consentId
   */
  async function deleteSubject(res, consentId) {
    const problem = consentIdProblem(consentId);
    if (problem) return sendError(res, 400, problem);
    let erased;
    try {
      erased = await store.erase(consentId);
    } catch (error) {
      log.error('could not erase a subject', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      return sendUnavailable(res, 'storage: the database did not answer; try again later');
    }
    if (erased === 0) return sendError(res, 404, `consentId: no receipts stored for ${consentId}`);
    log.info('erased a subject', { receipts: erased });
    sendJson(res, 200, { erased });
  }

  return { getSubject, deleteSubject };
}
