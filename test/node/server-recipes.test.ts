// The recipes of examples/server-side/: the Node middleware on a real node:http server, the
// Next.js function over the Web's Request and Response, both judged by one table of requests
// (only a page navigation re-issues the cookie); and the server-rendered page's markup.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reissueConsent } from '../../examples/server-side/next/consent-proxy';
import { consentry, type ConsentState } from '../../examples/server-side/node-middleware.js';
import { renderPage } from '../../examples/server-side/page.js';
import { siteConfig } from '../../examples/server-side/site-config.js';
import { encodeRecord } from '../../src/gate/codec';
import { consentCookie } from '../../src/server/index';
import type { ConsentRecord } from '../../src/types';

const config = siteConfig('https://tracker.test');
const day = 86_400_000;
const at = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
/** A choice made yesterday under the example's config (revision 1): analytics on, the rest off. */
const record: ConsentRecord = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  revision: 1,
  givenAt: at(Date.now() - day),
  updatedAt: at(Date.now() - day),
  expiresAt: at(Date.now() + 181 * day),
  method: 'custom',
  categories: { necessary: true, analytical: true, functional: false, other: false },
  services: {},
  gpc: false,
};
const cookie = `theme=dark; consentry=${encodeRecord(record)}`;
const expected = consentCookie(record, { config, secure: false })!;

const PAGE = { 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
/** Requests, and whether the answer re-issues the cookie: only a page navigation's does. */
const REQUESTS: { name: string; method: string; headers: Record<string, string>; reissues: boolean }[] = [
  { name: 'a page navigation', method: 'GET', headers: PAGE, reissues: true },
  { name: 'a page load from a browser without Fetch Metadata', method: 'GET', headers: { accept: PAGE.accept }, reissues: true },
  { name: 'a fetch() of the same page', method: 'GET', headers: { 'sec-fetch-dest': 'empty', accept: '*/*' }, reissues: false },
  { name: 'a script', method: 'GET', headers: { 'sec-fetch-dest': 'script', accept: '*/*' }, reissues: false },
  { name: 'a frame’s page', method: 'GET', headers: { ...PAGE, 'sec-fetch-dest': 'iframe' }, reissues: false },
  { name: 'a speculative prefetch', method: 'GET', headers: { ...PAGE, 'sec-purpose': 'prefetch' }, reissues: false },
  { name: 'a prerender', method: 'GET', headers: { ...PAGE, 'sec-purpose': 'prefetch;prerender' }, reissues: false },
  { name: 'an old-style prefetch', method: 'GET', headers: { accept: PAGE.accept, purpose: 'prefetch' }, reissues: false },
  { name: 'a Next.js client navigation', method: 'GET', headers: { rsc: '1', 'sec-fetch-dest': 'empty', accept: 'text/x-component' }, reissues: false },
  { name: 'a form post', method: 'POST', headers: PAGE, reissues: false },
  { name: 'a request that asks for no page', method: 'GET', headers: { accept: '*/*' }, reissues: false },
];

let server: Server;
let url: string;
beforeAll(async () => {
  const middleware = consentry(config);
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.appendHeader('set-cookie', 'seen=1; Path=/'); // the app's own cookie
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify((res as { locals?: { consentry?: ConsentState } }).locals?.consentry));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

const consentCookies = (setCookies: string[]) => setCookies.filter((line) => line.startsWith('consentry='));

describe('the Node middleware', () => {
  it.each(REQUESTS)('$name: re-issues the cookie: $reissues', async ({ method, headers, reissues }) => {
    const response = await fetch(url, { method, headers: { ...headers, cookie } });
    expect(consentCookies(response.headers.getSetCookie())).toEqual(reissues ? [expected] : []);
    expect(response.headers.getSetCookie()).toContain('seen=1; Path=/');
  });

  it('re-issues nothing without a valid choice', async () => {
    for (const given of ['', 'consentry=1~broken', `consentry=${encodeRecord({ ...record, revision: 0 })}`]) {
      const response = await fetch(url, { headers: { ...PAGE, cookie: given } });
      expect(consentCookies(response.headers.getSetCookie()), given).toEqual([]);
    }
  });

  it('marks it Secure behind a proxy that says the page is https', async () => {
    const response = await fetch(url, { headers: { ...PAGE, cookie, 'x-forwarded-proto': 'https' } });
    expect(consentCookies(response.headers.getSetCookie())).toEqual([expected + '; Secure']);
  });

  it('hands the page the choice, the region and Global Privacy Control', async () => {
    const response = await fetch(url, { headers: { cookie, 'cf-ipcountry': 'US', 'cf-region-code': 'CA', 'sec-gpc': '1' } });
    expect(await response.json()).toEqual({ record, region: 'US-CA', gpc: true });
    const none = await fetch(url, { headers: { 'x-vercel-ip-country': 'DE' } });
    expect(await none.json()).toEqual({ record: null, region: 'DE', gpc: false });
  });

  it('reads only the region headers it is told to', async () => {
    const only = consentry(config, { regionHeaders: [['cloudfront-viewer-country', 'cloudfront-viewer-country-region']] });
    const res = { appendHeader() {} } as never as { locals?: { consentry?: ConsentState } };
    only({ method: 'GET', headers: { 'cf-ipcountry': 'US', 'cloudfront-viewer-country': 'FR' }, socket: {} } as never, res as never, () => {});
    expect(res.locals?.consentry?.region).toBe('FR');
  });
});

describe('the Next.js function', () => {
  it.each(REQUESTS)('$name: re-issues the cookie: $reissues', ({ method, headers, reissues }) => {
    const request = new Request('http://site.test/shop', { method, headers: { ...headers, cookie } });
    const response = reissueConsent(request, new Response('<!doctype html>', { headers: { 'set-cookie': 'seen=1; Path=/' } }), config);
    expect(consentCookies(response.headers.getSetCookie())).toEqual(reissues ? [expected] : []);
    expect(response.headers.getSetCookie()).toContain('seen=1; Path=/');
  });

  it('re-issues nothing without a valid choice, and marks it Secure on https', () => {
    const none = reissueConsent(new Request('http://site.test/', { headers: { ...PAGE, cookie: 'consentry=1~broken' } }), new Response(''), config);
    expect(none.headers.getSetCookie()).toEqual([]);
    const secure = reissueConsent(new Request('https://site.test/', { headers: { ...PAGE, cookie } }), new Response(''), config);
    expect(secure.headers.getSetCookie()).toEqual([expected + '; Secure']);
  });
});

describe('the server-rendered page', () => {
  const page = (consent: ConsentState, extra: object = {}) => renderPage({ config, consent, thirdParty: 'https://tracker.test', ...extra });

  it('renders what the record grants released, and the rest as gates', () => {
    const html = page({ record, region: undefined, gpc: false });
    expect(html).toContain('<script src="https://tracker.test/analytics.js?name=analytics"></script>');
    expect(html).toContain('<iframe data-consent="functional" data-src="https://tracker.test/video.html" title="Video"></iframe>');
    expect(html).toContain('<img data-consent="other" data-src="https://tracker.test/pixel.gif" alt="">');
  });

  it('renders only gates without a choice, and the region on the loader tag', () => {
    const html = page({ record: null, region: 'US-CA', gpc: false });
    expect(html).toContain('<script data-consent="analytical" type="text/plain" data-src="https://tracker.test/analytics.js?name=analytics"></script>');
    expect(html).toContain('<iframe data-consent="functional"');
    expect(html).not.toMatch(/<(iframe|img|script) src="https:\/\/tracker/);
    expect(html).toContain('<script src="/dist/consentry.js" data-region="US-CA"></script>');
  });

  it('escapes every value it is given: text is never markup', () => {
    const hostile = '"><script>alert(1)</script><!--';
    const html = page({ record: null, region: hostile, gpc: false }, { config: { policyUrl: `/p${hostile}` }, thirdParty: `https://x.test/${hostile}`, title: hostile, nonce: hostile });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<!--');
    expect(html.match(/<script\b/g)).toHaveLength(3); // the config, the loader, the analytics gate
    expect(JSON.parse(/<script type="application\/json"[^>]*>([^<]*)<\/script>/.exec(html)![1]!)).toEqual({ policyUrl: `/p${hostile}` });
  });
});
