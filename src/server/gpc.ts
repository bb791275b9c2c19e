/**
 * Global Privacy Control as a server sees it: the `Sec-GPC` request header, which browsers
 * send with the value `1` when `navigator.globalPrivacyControl` is true
 * (https://privacycg.github.io/gpc-spec/). What the signal means is the config's (`gpc`).
 */
import { headerValue, type HeadersLike } from './headers';

/** `true` when the request says `Sec-GPC: 1`. */
export const gpcFromHeaders = (headers: HeadersLike): boolean => headerValue(headers, 'sec-gpc')?.trim() === '1';
