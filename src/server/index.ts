/**
 * `consentry/server`: the visitor's choice for servers and edge functions (SPEC 13). It reads
 * and re-issues the consent cookie with the gate's own codec and the manager's config
 * checking, and reads Global Privacy Control and the region from request headers. No Node
 * built-in and no dependency: Node, edge runtimes and Deno run it alike.
 */
export { consentCookie, type ConsentCookieOptions } from './consent-cookie';
export { gpcFromHeaders } from './gpc';
export type { HeadersLike } from './headers';
export { readConsent, type ReadConsentOptions } from './read-consent';
export { REGION_HEADERS, regionFromHeaders, type RegionHeader } from './region';
export type { Config, ConsentRecord } from '../types';
