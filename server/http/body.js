// @ts-check
/**
 * Reads a receipt's request body: the content type it may have and at most a fixed number of
 * bytes of UTF-8 text, within a fixed time. It does not parse JSON or judge the receipt.
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

/** A receipt is well under 2 KB; 8 KB leaves room for many services without inviting floods. */
export const MAX_BODY_BYTES = 8 * 1024;
/** A browser sends 8 KB in milliseconds; a body still trickling in after this holds a socket. */
export const BODY_TIMEOUT_MS = 10_000;

/**
 * `sendBeacon` with a string body sends `text/plain;charset=UTF-8`, a CORS-safelisted type
 * that needs no preflight; `application/json` is accepted for `fetch` and server clients.
 * @param {string | undefined} header
 * @returns {string | null} The problem, or `null` when the type is accepted.
 */
export function checkContentType(header) {
  const [type = '', ...params] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replaceAll('"', '');
  if ((type === 'text/plain' || type === 'application/json') && (charset === undefined || charset === 'utf-8')) return null;
  return `content-type: expected text/plain or application/json in UTF-8, got ${JSON.stringify(header ?? '')}`;
}

/**
 * @typedef {{ text: string } | { tooLarge: true } | { tooSlow: true } | { error: string }} Body
 */

/**
 * The body as text; `tooLarge` as soon as it passes `limit` bytes (by its declared length or
 * by what arrived), without holding more than `limit` bytes in memory; `tooSlow` when it has
 * not all arrived after `timeoutMs`.
 * @param {IncomingMessage} req
 * @param {{ limit?: number, timeoutMs?: number }} [options]
 * @returns {Promise<Body>}
 */
export function readText(req, { limit = MAX_BODY_BYTES, timeoutMs = BODY_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    if (Number(req.headers['content-length']) > limit) return resolve({ tooLarge: true });
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    /** @param {Body} body */
    const finish = (body) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(body);
    };
    const timer = setTimeout(() => finish({ tooSlow: true }), timeoutMs);
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) finish({ tooLarge: true });
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        finish({ text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        finish({ error: 'body: expected UTF-8 text, got invalid bytes' });
      }
    });
    // A client that went away has no one to answer; nothing was stored.
    req.on('error', () => finish({ error: 'body: the connection closed before the body ended' }));
  });
}
