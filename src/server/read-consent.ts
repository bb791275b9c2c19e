/**
 * The visitor's choice from a request's Cookie header, judged by the gate's own codec
 * (src/gate/codec.ts) against the same config: a server never reads a choice the page would
 * refuse, nor refuses one it would read.
 */
import { readStored } from '../gate/codec';
import type { ConsentRecord } from '../types';
import { serverConfig, serverNow, type ServerOptions } from './config';

export type ReadConsentOptions = ServerOptions;

/**
 * The stored choice, or `null` when there is none the gate would read: a value malformed,
 * edited, truncated, expired, of another version or revision, or two copies that disagree.
 */
export function readConsent(cookieHeader: string | null | undefined, options?: ReadConsentOptions): ConsentRecord | null {
  const config = serverConfig(options);
  return readStored(cookieValues(cookieHeader, config.cookie.name), { ...config, now: serverNow(options) });
}

/** Every value of cookie `name`, in order: a host and a parent domain can each hold one, and the browser sends both. */
function cookieValues(header: unknown, name: string): string[] {
  if (typeof header != 'string') return [];
  // Browsers join pairs with "; " (RFC 6265 §5.4), as document.cookie shows them; proxies and HTTP/2 may space them otherwise.
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(name + '='))
    .map((pair) => pair.slice(name.length + 1));
}
