// Issue 18's four defects, each reproduced in real Chromium as an outside tester found it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BANNER } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { seen, serveSite, serveTracker, type Served, type Tracker } from '../helpers/server';

let browser: Browser;
let site: Served;
let tracker: Tracker;
let context: BrowserContext;
let page: Page;
let messages: string[];
let files: string[];

const pages = new Map<string, string>();
/** A page whose config block is `config`; `script` is the loader (consentry.js by default). */
function pageAt(path: string, { config = {}, body = '', script = 'consentry.js' }: { config?: object; body?: string; script?: string }) {
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>` +
      `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script><script src="/dist/${script}"></script></head><body><h1>t</h1>${body}</body></html>`,
  );
  return path;
}

beforeAll(async () => {
  [browser, tracker] = await Promise.all([launch(), serveTracker()]);
  site = await serveSite(process.cwd(), {
    routes: new Proxy({}, {
      get: (_, path: string) => (pages.has(path) ? (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path)!.replaceAll('{{tracker}}', tracker.url)) : undefined),
    }) as never,
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), tracker?.close()]);
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  messages = [];
  files = [];
  page.on('console', (message) => message.text().startsWith('consentry:') && messages.push(`${message.type()}: ${message.text()}`));
  page.on('request', (request) => request.url().includes('/dist/') && files.push(new URL(request.url()).pathname));
  tracker.log.length = 0;
  pages.clear();
});
afterEach(() => context.close());

/** The site on 127.0.0.1 (not site.test): the defects were found on a numeric host with two ports. */
const onLoopback = (path: string) => `http://127.0.0.1:${site.port}${path}`;

describe('issue 18, defect 1: the gate never holds its own files', () => {
  it('a rule for the same host on another port holds that origin only: the banner loads and shows', async () => {
    const other = `http://127.0.0.1:${tracker.port}/`;
    await page.goto(onLoopback(pageAt('/port.html', { config: { autoblock: { other: [other] } }, body: `<script>new Image().src = '${other}held.gif'</script>` })));
    await page.waitForSelector(BANNER, { timeout: 5000 });
    expect(files).toContain('/dist/consentry-banner.js');
    expect(seen(tracker)).toEqual([]); // the other origin is still held
  });

  it('a rule that covers the gate’s own origin never holds its chunks, and says so once', async () => {
    await page.goto(onLoopback(pageAt('/own.html', { config: { autoblock: { other: ['127.0.0.1'] } } })));
    await page.waitForSelector(BANNER, { timeout: 5000 });
    await page.click('[data-action="reject-all"]');
    await page.waitForTimeout(300);
    const own = messages.filter((text) => text.includes('config.autoblock.other[0]'));
    expect(own).toHaveLength(1);
    expect(own[0]).toMatch(/^warning: /);
  });
});

describe('issue 18, defect 2: one choice, one consent event', () => {
  it('Accept all fires consent and change once each, although the tab hears its own sync message', async () => {
    await page.goto(site.url + pageAt('/once.html', {}));
    await page.evaluate(() => {
      const w = window as unknown as { counts: Record<string, number> };
      w.counts = { consent: 0, change: 0 };
      for (const name of ['consent', 'change']) addEventListener('consentry:' + name, () => w.counts[name]!++);
    });
    await page.click('[data-action="accept-all"]');
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { counts: Record<string, number> }).counts)).toEqual({ consent: 1, change: 1 });
  });
});

describe('issue 18, defect 3: an unknown category in data-consent', () => {
  it('is warned about once, on a first visit and after a choice', async () => {
    const body = '<script type="text/plain" data-consent="analytcal">window.ran = true</script><img data-consent="analytcal" data-src="{{tracker}}/x.gif" alt="">';
    await page.goto(site.url + pageAt('/unknown.html', { body }));
    await page.click('[data-action="accept-all"]');
    await page.waitForTimeout(400);
    await page.reload();
    await page.waitForTimeout(400);
    const visits = messages.filter((text) => text.includes('analytcal'));
    // One per page view: the first visit and the reload.
    expect(visits).toHaveLength(2);
    expect(await page.evaluate(() => (window as { ran?: boolean }).ran)).toBeUndefined();
    expect(seen(tracker)).toEqual([]);
  });
});

describe('issue 18, defect 4: debug mode only when asked', () => {
  it('a returning visit on localhost fetches the gate alone, and consentry.all.js nothing at all', async () => {
    const local = (path: string) => `http://localhost:${site.port}${path}`;
    for (const script of ['consentry.js', 'consentry.all.js']) {
      files = [];
      await page.goto(local(pageAt(`/local-${script}.html`, { script })));
      await page.click('[data-action="accept-all"]');
      await page.waitForTimeout(300);
      files = [];
      await page.reload();
      await page.waitForFunction(() => Consentry?.get()?.method === 'accept-all');
      await page.waitForTimeout(400);
      expect(files, script).toEqual([`/dist/${script}`]);
      expect(messages.filter((text) => text.includes('debug'))).toEqual([]);
      await context.clearCookies();
    }
  });
});
