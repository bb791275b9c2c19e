/**
 * Consentry in Next.js: what `middleware.ts` (Next 15) or `proxy.ts` (Next 16) does on each
 * request. On a page navigation it re-issues the consent cookie from the server, so Safari's
 * 7-day cap on cookies written by script never applies. Plain Web `Request` and `Response`,
 * so it runs in Next's edge and Node runtimes alike (docs/nextjs.md):
 *
 *   // middleware.ts (proxy.ts in Next 16: `export function proxy`)
 *   import { NextResponse, type NextRequest } from 'next/server';
 *   import { reissueConsent } from './consent-proxy';
 *   import config from './consentry.json';
 *
 *   export function middleware(request: NextRequest) {
 *     return reissueConsent(request, NextResponse.next(), config);
 *   }
 */
import { consentCookie, readConsent, type Config } from 'consentry/server';
import { isPageNavigation } from '../page-navigation.js';

/** `response`, with the consent cookie appended when `request` is a page navigation that carries a valid choice. */
export function reissueConsent<R extends Response>(request: Request, response: R, config: Config): R {
  if (!isPageNavigation(request.method, (name) => request.headers.get(name))) return response;
  const record = readConsent(request.headers.get('cookie'), { config });
  const cookie = record && consentCookie(record, { config, secure: new URL(request.url).protocol == 'https:' });
  if (cookie) response.headers.append('set-cookie', cookie);
  return response;
}
