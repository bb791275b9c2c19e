// @ts-check
/**
 * Who the client is, for the rate limit and (optionally) for the stored receipt, without
 * ever keeping the address itself: what is stored is a keyed hash, or nothing.
 */
import { createHmac } from 'node:crypto';
import ipaddr from 'ipaddr.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

/**
 * The client's address: the socket's, or with `trustProxy` the last one the proxy in front
 * appended to `X-Forwarded-For` (earlier entries come from the client and can be forged).
 * @param {IncomingMessage} req
 * @param {boolean} trustProxy
 */
export function clientAddress(req, trustProxy) {
  if (trustProxy) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '').split(',').map((part) => part.trim()).filter(Boolean);
    const last = forwarded[forwarded.length - 1];
    if (last) return last;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * The client an address belongs to, for the rate limit and the connection cap: an IPv4
 * address as it is (IPv4-mapped IPv6 included), an IPv6 address by its /64, since one host
 * commonly holds a whole /64 and could otherwise take a new address for every request.
 * Something that is not an address (a proxy's header gone wrong) is its own client.
 * @param {string} address
 */
export function clientKey(address) {
  let parsed;
  try {
    // process() turns ::ffff:203.0.113.7 into 203.0.113.7; parse() also drops a zone id.
    parsed = ipaddr.process(address.replace(/%.*$/, ''));
  } catch {
    return `other:${address.slice(0, 64)}`;
  }
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = /** @type {import('ipaddr.js').IPv6} */ (parsed).parts.slice(0, 4);
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}

/**
 * How the address is kept with a receipt: `off` keeps nothing; `hash` keeps an HMAC-SHA-256
 * under a key of the operator's, so the same client can be recognised in the ledger without
 * the address being readable, and forgetting the key makes every hash meaningless.
 * @param {{ mode: 'off' } | { mode: 'hash', key: string }} policy
 * @returns {(address: string) => string | null}
 */
export function addressKeeper(policy) {
  if (policy.mode === 'off') return () => null;
  return (address) => createHmac('sha256', policy.key).update(address).digest('hex').slice(0, 32);
}
