// @ts-check
/**
 * `/health` and `/metrics`. Health is liveness and must stay cheap whoever floods it: it reads
 * no table and tells no counts, and one probe of the database (`SELECT 1`) a second serves
 * every request in that second. Counts are for the operator, behind the token, in `/metrics`.
 */
import { send, sendJson, sendUnavailable } from './reply.js';

/** @typedef {import('node:http').ServerResponse} ServerResponse */

const PROBE_EVERY_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

/**
 * The database's liveness, probed at most once a second, with a bounded wait.
 * @param {import('../store/types.js').Database} db
 * @returns {() => Promise<boolean>}
 */
export function createProbe(db) {
  /** @type {{ at: number, answer: Promise<boolean> } | null} */
  let last = null;
  return () => {
    if (last && Date.now() - last.at < PROBE_EVERY_MS) return last.answer;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, PROBE_TIMEOUT_MS, false)));
    const answer = Promise.race([db.query('SELECT 1').then(() => true, () => false), timeout]).finally(() => clearTimeout(timer));
    last = { at: Date.now(), answer: /** @type {Promise<boolean>} */ (answer) };
    return last.answer;
  };
}

/** @param {import('./handlers.js').HandlerContext} ctx */
export function createHealth({ db, metrics, log }) {
  const probe = createProbe(db);

  /** @param {ServerResponse} res */
  async function health(res) {
    const up = await probe();
    sendJson(res, up ? 200 : 503, { status: up ? 'ok' : 'unavailable', engine: db.engine });
  }

  /** @param {ServerResponse} res */
  async function renderMetrics(res) {
    let text;
    try {
      text = await metrics.render();
    } catch (error) {
      log.error('could not render metrics', { error: String(/** @type {Error} */ (error)?.message ?? error) });
      return sendUnavailable(res, 'storage: the database did not answer; try again later');
    }
    send(res, 200, { 'content-type': metrics.contentType }, text);
  }

  return { health, renderMetrics };
}
