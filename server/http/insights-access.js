// @ts-check
/**
 * Who may read the insights: a request with `Authorization: Bearer <LEDGER_TOKEN>` (scripts,
 * curl), or a browser holding the session cookie that the dashboard's sign-in form sets once it
 * is given the token. The cookie holds no secret: an expiry and an HMAC of it under the token,
 * so it works across ledger processes, expires by itself, and a new token signs everyone out.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authProblem } from './auth.js';

const COOKIE = 'consentry_insights';
/** A working day: long enough to read, short enough that a forgotten browser signs out. */
export const SESSION_SECONDS = 12 * 60 * 60;

/** @param {string} token @param {number} expires */
const mac = (token, expires) => createHmac('sha256', token).update(`consentry-ledger insights session\n${expires}`).digest('base64url');

/**
 * The `Set-Cookie` value that signs a browser in until `now` + 12 hours. `Secure` unless the
 * request came to a loopback host over plain HTTP (`npm start`, a tunnel), where browsers would drop it.
 * @param {string} token
 * @param {number} now
 * @param {string | undefined} host The request's Host header.
 */
export function signIn(token, now, host) {
  const expires = now + SESSION_SECONDS * 1000;
  let hostname = '';
  try {
    hostname = new URL(`http://${host ?? ''}`).hostname;
  } catch {}
  const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
  const secure = loopback ? '' : '; Secure';
  return `${COOKIE}=${expires}.${mac(token, expires)}; Path=/; Max-Age=${SESSION_SECONDS}; HttpOnly; SameSite=Strict${secure}`;
}

/** The `Set-Cookie` value that signs a browser out. */
export const signOut = () => `${COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`;

/**
 * @param {string | undefined} cookieHeader
 * @param {string} token
 * @param {number} now
 */
function hasSession(cookieHeader, token, now) {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [name, value = ''] = pair.trim().split('=');
    if (name !== COOKIE) continue;
    const match = /^(\d{13})\.([\w-]{43})$/.exec(value);
    if (!match || Number(match[1]) <= now) continue;
    const sent = Buffer.from(/** @type {string} */ (match[2]));
    const wanted = Buffer.from(mac(token, Number(match[1])));
    if (sent.length === wanted.length && timingSafeEqual(sent, wanted)) return true;
  }
  return false;
}

/**
 * The problem with a request for the insights, or null: a bearer token, else a session.
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} token
 * @param {number} now
 */
export function insightsAuthProblem(req, token, now) {
  if (token === undefined || req.headers.authorization !== undefined) return authProblem(req.headers.authorization, token);
  return hasSession(req.headers.cookie, token, now) ? null : 'authorization: expected "Bearer <LEDGER_TOKEN>", or sign in at /insights';
}

/**
 * Whether a token typed into the sign-in form is the ledger's (compared as the header is).
 * @param {string} typed
 * @param {string | undefined} token
 */
export const isToken = (typed, token) => authProblem(`Bearer ${typed}`, token) === null;
