/**
 * The consent cookie re-issued from the server. Safari keeps cookies written by script for
 * 7 days (Intelligent Tracking Prevention); one the site's own server sets lasts as long as
 * it says. The value is the gate's own encoding, the attributes the config's, and it expires
 * exactly when the record does: re-issuing never extends a choice.
 */
import { decodeRecord, encodeRecord } from '../gate/codec';
import type { ConsentRecord } from '../types';
import { serverConfig, serverNow, type ServerOptions } from './config';

export interface ConsentCookieOptions extends ServerOptions {
  /**
   * The page is served over https, so the cookie is `Secure` unless `config.cookie.secure`
   * says otherwise (the gate decides the same from the page's address). Default: `true`.
   */
  secure?: boolean;
}

/**
 * The value of a `Set-Cookie` header that stores `record` as the gate would, or `null` for a
 * record the gate would not read (expired, of another revision, not a record at all).
 */
export function consentCookie(record: ConsentRecord, options?: ConsentCookieOptions): string | null {
  const config = serverConfig(options);
  let value: string;
  try {
    value = encodeRecord(record);
  } catch {
    return null; // not a record: nothing to encode its categories from
  }
  const stored = decodeRecord(value, { ...config, now: serverNow(options) });
  if (!stored) return null;
  const { name, path, domain, sameSite, secure = options?.secure ?? true } = config.cookie;
  // Expires, not Max-Age: the record's own end, whatever the server's clock says. Never
  // HttpOnly: the gate reads this cookie.
  return `${name}=${value}; Path=${path}; Expires=${new Date(stored.expiresAt).toUTCString()}; SameSite=${sameSite}${domain ? '; Domain=' + domain : ''}${secure ? '; Secure' : ''}`;
}
