// Google Tag Manager the strict way (README): the snippet pasted as Google gives it, the
// google-tag-manager preset, Consent Mode on. Nothing reaches "Google" before consent, and
// the container finds `default`, its own `gtm.js` event and `update` queued in that order.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
let site: Served;
let google: Served;
let context: BrowserContext;
let page: Page;
/** Every request that reached the fake www.googletagmanager.com. */
const log: string[] = [];

/** The container: records what it found in dataLayer when it ran, as gtm.js reads its queue. */
const CONTAINER = `window.__container = dataLayer.map(function (entry) {
  return entry[0] === 'consent' ? 'consent ' + entry[1] + ' analytics_storage=' + entry[2].analytics_storage : entry.event;
});`;

const pageHtml = (googleOrigin: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>GTM</title>
<script type="application/json" id="consentry-config">{ "autoShow": false, "googleConsentMode": true, "services": { "gtm": "google-tag-manager" } }</script>
<script src="/dist/consentry.js"></script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='${googleOrigin}/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-XXXX');</script>
</head><body><h1>GTM</h1></body></html>`;

beforeAll(async () => {
  google = await serveSite(process.cwd(), {
    host: 'www.googletagmanager.com',
    routes: {
      '/gtm.js': (req: IncomingMessage, res: ServerResponse) => {
        log.push(req.url!);
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(CONTAINER);
      },
    },
  });
  // The real host name, mapped to this machine (the port is the fake server's).
  browser = await launch(['--host-resolver-rules=MAP *.test 127.0.0.1, MAP www.googletagmanager.com 127.0.0.1']);
  site = await serveSite(process.cwd(), {
    routes: { '/gtm.html': (_: IncomingMessage, res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml(google.url)) },
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), google?.close()]);
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  log.length = 0;
});
afterEach(() => context.close());

const container = () => page.evaluate(() => (window as unknown as { __container?: string[] }).__container);

describe('Google Tag Manager with the google-tag-manager preset', () => {
  it('requests nothing from Google before a choice or after Reject all', async () => {
    await page.goto(site.url + '/gtm.html');
    await page.waitForTimeout(400);
    expect(log).toEqual([]);
    await page.evaluate(() => Consentry!.rejectAll());
    await page.waitForTimeout(400);
    expect(log).toEqual([]);
    expect(await container()).toBeUndefined();
  });

  it('loads the container after Accept all, with default, its gtm.js event and update queued in that order', async () => {
    await page.goto(site.url + '/gtm.html');
    await page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(container).toEqual(['consent default analytics_storage=denied', 'gtm.js', 'consent update analytics_storage=granted', 'consentry_update']);
    expect(log).toEqual(['/gtm.js?id=GTM-XXXX']);
  });

  it('on a returning visit, queues the update before the container loads', async () => {
    await page.goto(site.url + '/gtm.html');
    await page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(container).toBeDefined();
    await page.goto(site.url + '/gtm.html');
    await expect.poll(container).toEqual(['consent default analytics_storage=denied', 'consent update analytics_storage=granted', 'consentry_update', 'gtm.js']);
  });
});
