// @ts-check
/**
 * A bounded share of connections per client (by address, IPv6 by /64): one client holding
 * thousands of idle sockets must not use up the server's connections for everyone else. A
 * connection past the share is answered 429 and closed before a byte of it is read.
 */
import { STATUS_CODES } from 'node:http';
import { clientKey } from './client-address.js';

/** @typedef {import('node:net').Socket} Socket */

/** A browser opens at most six connections per host; an office behind one address, a few dozen. */
export const MAX_CONNECTIONS_PER_CLIENT = 64;

/** The whole answer, written straight to the socket (no request has been parsed). */
const REFUSAL = (() => {
  const body = JSON.stringify({ error: `connections: expected at most ${MAX_CONNECTIONS_PER_CLIENT} open connections from one client` });
  return [
    `HTTP/1.1 429 ${STATUS_CODES[429]}`,
    'connection: close',
    'retry-after: 5',
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    '',
    body,
  ].join('\r\n');
})();

/**
 * @param {number} [perClient]
 * @returns {(socket: Socket) => void} Counts a new connection; refuses it past the share.
 */
export function createConnectionCap(perClient = MAX_CONNECTIONS_PER_CLIENT) {
  /** @type {Map<string, number>} Only clients with open connections are kept. */
  const open = new Map();
  return (socket) => {
    const key = clientKey(socket.remoteAddress ?? 'unknown');
    const count = (open.get(key) ?? 0) + 1;
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
    // Closed on our side as soon as the answer is out: a client that never reads it must not
    // keep the socket (and a place under maxConnections) half open.
    if (count > perClient) socket.end(REFUSAL, () => socket.destroy());
  };
}
