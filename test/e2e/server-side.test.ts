// consentry/server in real Chromium, through the recipes of examples/server-side/: a choice
// made with the banner comes back from the server as a Set-Cookie with the record's own
// expiry and the gate reads it unchanged; a returning visitor's page is rendered knowing the
// choice, and the gate agrees; the edge's geo headers pick the mode.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reissueConsent } from '../../examples/server-side/next/consent-proxy';
import { renderPage } from '../../examples/server-side/page.js';
import { startServerSideExample } from '../../examples/server-side/server.js';
import { siteConfig } from '../../examples/server-side/site-config.js';
import { gpcFromHeaders, readConsent, regionFromHeaders } from '../../src/server/index';
import type { ConsentRecord } from '../../src/types';
import { choiceMade } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { seen, serveTracker, type Served, type Tracker } from '../helpers/server';

/**
 * The Next.js recipe as Next runs it: each request becomes a Web Request, the page a Web
 * Response (rendered as a layout would, from the same headers), and reissueConsent() gets both.
 */
async function startNextLike(thirdParty: string): Promise<Served> {
  const config = siteConfig(thirdParty);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path.startsWith('/dist/') && /^\/dist\/[\w.-]+\.js$/.test(path)) {
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile('.' + path));
    }
    const request = new Request(`http://localhost${req.url}`, { headers: Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)]) });
    const consent = { record: readConsent(request.headers.get('cookie'), { config }), region: regionFromHeaders(request.headers), gpc: gpcFromHeaders(request.headers) };
    const page = new Response(renderPage({ config, consent, thirdParty }), { headers: { 'content-type': 'text/html; charset=utf-8' } });
    const response = reissueConsent(request, page, config);
    // Raw name, value pairs: each Set-Cookie line stays a line of its own.
    res.writeHead(200, [...response.headers].flat()).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}`, port, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

let browser: Browser;
let tracker: Tracker;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [browser, tracker] = await Promise.all([launch(), serveTracker()]);
});
afterAll(async () => {
  await browser?.close();
  await tracker?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  tracker.log.length = 0;
});
afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

const record = () => page.evaluate(() => Consentry!.get()) as Promise<ConsentRecord | null>;
const consentCookie = async () => (await context.cookies()).find((cookie) => cookie.name === 'consentry');
/** The consent cookie a response sets, if any (Playwright joins Set-Cookie lines with newlines). */
/**
 * The cookie's end as Chromium keeps it. Chromium reads `Expires` against the response's
 * `Date` header to cancel clock skew, and `Date` has whole seconds: up to a second later
 * than the record, whose value still says when it ends (the gate refuses it from then on).
 */
const expiresWith = (record: ConsentRecord) => {
  const end = Date.parse(record.expiresAt) / 1000;
  return expect.toSatisfy((expires: number) => expires >= end && expires < end + 2, `expires within a second after ${record.expiresAt}`);
};
const setConsent = async (response: Response | null) => (await response?.headerValue('set-cookie'))?.split('\n').find((line) => line.startsWith('consentry='));
/** Set-Cookie lines of every response while `run` runs, by path. */
async function setCookiesDuring(run: () => Promise<unknown>): Promise<Record<string, string | undefined>> {
  const found: Promise<[string, string | undefined]>[] = [];
  const listener = (response: Response) => found.push(setConsent(response).then((line) => [new URL(response.url()).pathname, line]));
  page.on('response', listener);
  await run();
  page.off('response', listener);
  return Object.fromEntries(await Promise.all(found));
}

describe.each([
  ['the Node middleware', (thirdParty: string) => startServerSideExample({ port: 0, thirdParty })],
  ['the Next.js proxy', startNextLike],
])('re-issuing with %s', (_, start) => {
  let site: Served;
  beforeAll(async () => {
    site = await start(tracker.url);
  });
  afterAll(() => site?.close());

  it('sends the choice made with the banner back from the server, with the record’s own expiry; the gate reads it unchanged', async () => {
    const first = await page.goto(`${site.url}/`);
    expect(await setConsent(first)).toBeUndefined();
    await page.click('[part="banner"] button[data-action="reject-all"]');
    await choiceMade(page, 'reject-all');
    const chosen = (await record())!;
    const written = (await consentCookie())!;

    // Only the page's own response re-issues it: not the gate's script, not the third party's.
    const lines = await setCookiesDuring(() => page.goto(`${site.url}/other`));
    expect(lines).toEqual(expect.objectContaining({ '/other': `consentry=${written.value}; Path=/; Expires=${new Date(chosen.expiresAt).toUTCString()}; SameSite=Lax` }));
    expect(Object.entries(lines).filter(([path, line]) => line && path != '/other')).toEqual([]);

    const kept = (await consentCookie())!;
    expect(written.expires).toBe(Date.parse(chosen.expiresAt) / 1000);
    expect(kept).toMatchObject({ value: written.value, expires: expiresWith(chosen), httpOnly: false, sameSite: 'Lax', path: '/' });
    expect(await record()).toEqual(chosen);
    await page.waitForTimeout(300);
    expect(await page.locator('#consentry-root').count()).toBe(0);
    expect(seen(tracker)).toEqual([]);
  });

  it('gives a cookie that Safari capped at 7 days its record’s expiry back on the next page', async () => {
    await page.goto(`${site.url}/`);
    await page.click('[part="banner"] button[data-action="accept-all"]');
    await choiceMade(page, 'accept-all');
    const chosen = (await record())!;
    const { value } = (await consentCookie())!;
    // What WebKit does to a cookie written by script: the same cookie, expiring in 7 days.
    const capped = Math.floor(Date.now() / 1000) + 7 * 86_400;
    await context.addCookies([{ name: 'consentry', value, url: `${site.url}/`, expires: capped, sameSite: 'Lax' }]);
    expect((await consentCookie())!.expires).toBe(capped);

    await page.goto(`${site.url}/other`);
    expect((await context.cookies()).filter((cookie) => cookie.name === 'consentry')).toMatchObject([{ value, expires: expiresWith(chosen) }]);
    expect(await record()).toEqual(chosen);
  });
});

describe('the server-rendered page', () => {
  let site: Served;
  beforeAll(async () => {
    site = await startServerSideExample({ port: 0, thirdParty: tracker.url });
  });
  afterAll(() => site?.close());

  it('renders a returning visitor’s page with what they granted released; the gate runs nothing twice and shows no banner', async () => {
    await page.goto(`${site.url}/`);
    await page.evaluate(() => Consentry!.set({ analytical: true, functional: false, other: false }));
    await choiceMade(page, 'api');
    const chosen = (await record())!;
    await page.waitForTimeout(300);
    tracker.log.length = 0;

    // From the first byte of the next page: any banner root, and every file Consentry fetches.
    await page.addInitScript(() => {
      const flashes: string[] = ((window as unknown as { flashes: string[] }).flashes = []);
      new MutationObserver((records) => {
        for (const { addedNodes } of records) for (const node of addedNodes) if ((node as Element).id === 'consentry-root') flashes.push('banner root');
      }).observe(document, { childList: true, subtree: true });
    });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const response = await page.goto(`${site.url}/other`);
    const html = await response!.text();
    expect(html).toContain(`<script src="${tracker.url}/analytics.js?name=analytics"></script>`);
    expect(html).toContain(`<iframe data-consent="functional" data-src="${tracker.url}/video.html"`);

    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toEqual(['analytics']);
    expect(seen(tracker)).toEqual(['/analytics.js?name=analytics']);
    expect(await page.evaluate(() => (window as unknown as { flashes: string[] }).flashes)).toEqual([]);
    // The banner's chunk never comes; the manager does, for the refused video's placeholder only.
    expect(fetched.filter((path) => path.startsWith('/dist/consentry-banner') || path.startsWith('/dist/consentry-preferences'))).toEqual([]);
    await expect.poll(() => page.locator('[data-consentry-placeholder]').count()).toBe(1);
    expect(await record()).toEqual(chosen);
    expect(await page.evaluate(() => [Consentry!.accepted('analytical'), Consentry!.accepted('functional')])).toEqual([true, false]);
    expect(await page.locator('iframe').getAttribute('src')).toBeNull();

    // The gate counts the released script as run: withdrawing analytics reloads the page,
    // which the server now renders with the analytics as a gate again.
    const reloaded = page.waitForResponse((response) => new URL(response.url()).pathname == '/other', { timeout: 10_000 });
    await page.evaluate(() => Consentry!.set({ analytical: false }));
    expect(await (await reloaded).text()).toContain(`<script data-consent="analytical" type="text/plain" data-src="${tracker.url}/analytics.js?name=analytics"></script>`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toBeUndefined();
  });
});

describe('the region from the edge’s geo headers', () => {
  let site: Served;
  beforeAll(async () => {
    site = await startServerSideExample({ port: 0, thirdParty: tracker.url });
  });
  afterAll(() => site?.close());

  it.each<{ host: string; headers: Record<string, string>; region: string; mode: string }>([
    { host: 'Cloudflare', headers: { 'CF-IPCountry': 'US', 'CF-Region-Code': 'CA' }, region: 'US-CA', mode: 'opt-out' },
    { host: 'CloudFront', headers: { 'CloudFront-Viewer-Country': 'US', 'CloudFront-Viewer-Country-Region': 'CA' }, region: 'US-CA', mode: 'opt-out' },
    { host: 'Vercel', headers: { 'X-Vercel-IP-Country': 'DE', 'X-Vercel-IP-Country-Region': 'BE' }, region: 'DE-BE', mode: 'opt-in' },
    { host: 'Akamai', headers: { 'X-Akamai-Edgescape': 'georegion=246,country_code=US,region_code=TX' }, region: 'US-TX', mode: 'opt-in' },
  ])('$host: data-region="$region" puts the gate in $mode mode', async ({ headers, region, mode }) => {
    await context.setExtraHTTPHeaders(headers);
    await page.goto(`${site.url}/`);
    expect(await page.locator('script[src="/dist/consentry.js"]').getAttribute('data-region')).toBe(region);
    await expect.poll(() => page.locator('[part="banner"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => [Consentry!.config.region, Consentry!.config.mode])).toEqual([region, mode]);
    await page.waitForTimeout(300);
    if (mode === 'opt-out') {
      // US-style: on until the visitor opts out; the notice offers Do Not Sell.
      expect(await page.locator('[part="banner"] [data-action="do-not-sell"]').count()).toBe(1);
      expect(seen(tracker)).toContain('/analytics.js?name=analytics');
    } else {
      expect(await page.locator('[part="banner"] [data-action="accept-all"]').count()).toBe(1);
      expect(seen(tracker)).toEqual([]);
    }
  });
});
