// @ts-check
/**
 * The bearer token that guards `/export`, `/metrics` and erasure. Compared in constant time,
 * so response timing does not reveal how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Shorter tokens can be guessed; `openssl rand -hex 32` gives 64 characters. */
export const MIN_TOKEN_LENGTH = 32;

/**
 * @param {string | undefined} token
 * @throws {Error} when a token is set but could never be a secret, or never be sent: a bearer
 *   token travels in a header, so a space or a character outside printable ASCII would make
 *   every admin request fail while the ledger seemed to start fine.
 */
export function checkToken(token) {
  if (token === undefined) return;
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`consentry-ledger: LEDGER_TOKEN: expected at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -hex 32), got ${token.length}`);
  }
  // Never the token itself in the message: it goes to logs.
  const bad = /[^\x21-\x7e]/.exec(token)?.[0];
  if (bad !== undefined) {
    const what = /\s/.test(bad) ? 'a space' : 'a character other than printable ASCII';
    throw new Error(`consentry-ledger: LEDGER_TOKEN: expected printable ASCII without spaces, as a bearer token must be, got ${what}`);
  }
}

/**
 * The problem with a request's `Authorization` header, or `null` when it carries the token.
 * With no token configured every admin request is refused: closed, not open, by default.
 * @param {string | undefined} header
 * @param {string | undefined} token
 * @returns {string | null}
 */
export function authProblem(header, token) {
  if (token === undefined) return 'authorization: this ledger has no LEDGER_TOKEN, so its admin endpoints are closed';
  // The scheme is case-insensitive (RFC 9110 §11.1); the token is not.
  const match = /^bearer ([\x21-\x7e]+)$/i.exec(header ?? '');
  if (!match) return 'authorization: expected "Bearer <LEDGER_TOKEN>"';
  // Digests have one length whatever was sent, as timingSafeEqual requires.
  const sent = createHash('sha256').update(/** @type {string} */ (match[1])).digest();
  const wanted = createHash('sha256').update(token).digest();
  return timingSafeEqual(sent, wanted) ? null : 'authorization: wrong token';
}
