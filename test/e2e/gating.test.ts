// Gating in real Chromium, judged by what reached the tracker's server, not only the DOM.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { seen, serveSite, serveTracker, type Served, type Tracker } from '../helpers/server';

let browser: Browser;
let site: Served;
let tracker: Tracker;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [browser, tracker] = await Promise.all([launch(), serveTracker()]);
  site = await serveSite(process.cwd(), {
    vars: { tracker: tracker.url, ads: tracker.url.replace('tracker.test', 'ads.tracker.test') },
    routes: { '/many.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(manyGatesPage(tracker.url)) },
  });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), tracker?.close()]);
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  tracker.log.length = 0;
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

const open = async (path = '/test/e2e/fixtures/gating.html') => {
  await page.goto(site.url + path);
  await page.waitForLoadState('load');
};
const ran = () => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);
const cookieNames = async () => (await context.cookies()).map((cookie) => cookie.name).sort();
/** Gives the browser time to send anything it was going to send. */
const settle = () => page.waitForTimeout(400);
/** What the tracker saw, less the markup <script src> the preload scanner may fetch (SPEC §8). */
const requests = () => seen(tracker).filter((path) => path !== 'ads.tracker.test/parser.js?name=parser');

describe('before a choice', () => {
  it('sends nothing to the tracker, sets no cookie but ours, runs nothing gated', async () => {
    await open();
    await settle();
    expect(requests()).toEqual([]);
    expect(await cookieNames()).toEqual([]);
    expect(await ran()).toEqual([]);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.src.includes('parser.js'))[0]!.type)).toBe('text/plain');
  });

  it('shows a placeholder the size of the iframe that names the service and loads nothing', async () => {
    await open();
    const placeholder = page.locator('[data-consentry-placeholder]');
    await expect.poll(() => placeholder.count()).toBe(1);
    const box = await placeholder.boundingBox();
    expect(await placeholder.getAttribute('aria-label')).toBe('VideoTube');
    expect(await page.getByRole('region', { name: 'VideoTube' }).getByRole('button', { name: 'Load once' }).isVisible()).toBe(true);
    await settle();
    expect(requests()).toEqual([]);
    await page.getByRole('button', { name: 'Load once' }).click();
    expect(await page.locator('iframe').boundingBox()).toEqual(box);
  });
});

describe('accept all', () => {
  it('runs each gated script once, in document order, and releases what autoblock held', async () => {
    await open();
    await page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(ran).toEqual(['stats', 'inline-after-stats', 'module', 'analytical+other', 'dynamic', 'parser']);
    await settle();
    expect(await ran()).toHaveLength(6);
    const paths = requests();
    expect(paths).toEqual(
      expect.arrayContaining([
        '/stats.js?name=stats&delay=300&cookie=_stats_id',
        '/module.js?name=module',
        '/pixel.gif',
        '/embed.html',
        'ads.tracker.test/dynamic.js?name=dynamic',
        'ads.tracker.test/script-pixel.gif',
      ]),
    );
    expect(paths.filter((path) => path.includes('beacon'))).toEqual([]);
    expect(await page.locator('[data-consentry-placeholder]').count()).toBe(0);
  });

  it('handles elements added after load', async () => {
    await open();
    await page.evaluate(() => Consentry!.acceptAll());
    await page.click('#late');
    await expect.poll(ran).toContain('late');
    await expect.poll(requests).toContain('/late.gif');
  });
});

describe('reject all', () => {
  it('sends nothing to the tracker, keeps autoblocked code inert and runs "!analytical" scripts', async () => {
    await open();
    await page.evaluate(() => Consentry!.rejectAll());
    await page.click('#late');
    await settle();
    expect(requests()).toEqual([]);
    expect(await ran()).toEqual(['analytical-refused']);
    expect(await cookieNames()).toEqual(['consentry']);
  });

  it('stays that way on the next visit', async () => {
    await open();
    await page.evaluate(() => Consentry!.rejectAll());
    tracker.log.length = 0;
    await open();
    await settle();
    expect(requests()).toEqual([]);
    expect(await cookieNames()).toEqual(['consentry']);
  });
});

describe('a custom choice', () => {
  it('runs analytical scripts only', async () => {
    await open();
    await page.evaluate(() => Consentry!.set({ analytical: true }));
    await expect.poll(ran).toEqual(['stats', 'inline-after-stats', 'module']);
    await settle();
    expect(requests().sort()).toEqual(['/module.js?name=module', '/stats.js?name=stats&delay=300&cookie=_stats_id']);
  });
});

describe('placeholders', () => {
  it('"Load once" loads the embed for this page view only', async () => {
    await open();
    await page.getByRole('button', { name: 'Load once' }).click();
    await expect.poll(requests).toEqual(['/embed.html']);
    expect(await page.frameLocator('iframe').locator('p').textContent()).toBe('third-party embed');
    tracker.log.length = 0;
    await open();
    await settle();
    expect(requests()).toEqual([]);
    expect(await page.locator('[data-consentry-placeholder]').count()).toBe(1);
  });

  it('"Always allow" grants the service, stores it and loads the embed', async () => {
    await open();
    await page.getByRole('button', { name: 'Always allow' }).press('Enter');
    await expect.poll(requests).toEqual(['/embed.html']);
    expect(await page.evaluate(() => [Consentry!.acceptedService('video'), Consentry!.accepted('functional')])).toEqual([true, false]);
  });
});

describe('withdrawal', () => {
  it('deletes the withdrawn category’s cookies and reloads the page whose scripts ran', async () => {
    await open();
    await page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(cookieNames).toContain('_stats_id');
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => Consentry!.set({ analytical: false }));
    await reloaded;
    expect(await cookieNames()).toEqual(['consentry']);
    expect(await ran()).toContain('analytical-refused');
    expect(await ran()).not.toContain('stats');
  });

  it('re-blocks an embed without reloading when no script of its category ran', async () => {
    await open();
    await page.evaluate(() => Consentry!.set({ functional: true }));
    await expect.poll(requests).toContain('/embed.html');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.evaluate(() => Consentry!.set({ functional: false }));
    await expect.poll(() => page.locator('[data-consentry-placeholder]').count()).toBe(1);
    expect(await page.evaluate(() => [document.querySelector('iframe')!.getAttribute('src'), (window as unknown as { marker: number }).marker])).toEqual([null, 1]);
  });
});

describe('a page with 1,000 gated elements', () => {
  it('runs every gated script once, in order, after accept all', async () => {
    await open('/many.html');
    await settle();
    expect(requests()).toEqual([]);
    await page.evaluate(() => Consentry!.acceptAll());
    await page.waitForFunction(() => (window as unknown as { __ran?: string[] }).__ran?.length === 500, undefined, { timeout: 30_000 });
    const order = await ran();
    expect(order).toEqual(Array.from({ length: 500 }, (_, i) => `s${i}`));
    await expect.poll(() => requests().filter((path) => path.startsWith('/p')).length, { timeout: 30_000 }).toBe(500);
  });
});

/** 500 gated scripts (every other one external) and 500 gated pixels. */
function manyGatesPage(trackerUrl: string): string {
  const gates: string[] = [];
  for (let i = 0; i < 500; i++) {
    gates.push(
      i % 2
        ? `<script type="text/plain" data-consent="analytical" data-src="${trackerUrl}/s.js?name=s${i}"></script>`
        : `<script type="text/plain" data-consent="analytical">(window.__ran = window.__ran || []).push('s${i}')</script>`,
      `<img data-consent="other" data-src="${trackerUrl}/p${i}.gif" width="1" height="1" alt="">`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1,000 gates</title>
<script type="application/json" id="consentry-config">{ "autoShow": false }</script>
<script src="/dist/consentry.js"></script></head><body>${gates.join('\n')}</body></html>`;
}
