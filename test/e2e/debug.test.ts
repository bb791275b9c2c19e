// Debug mode in Chromium: with `debug: true`, and only then, Consentry watches the page's
// resource timing and warns once per host about third-party requests nothing covers.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER, bannerUrl, choiceMade, serveBannerSite } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { seen, serveTracker, type Served, type Tracker } from '../helpers/server';

let browser: Browser;
let site: Served;
let tracker: Tracker;

beforeAll(async () => {
  [browser, site, tracker] = await Promise.all([launch(), serveBannerSite(), serveTracker()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await tracker?.close();
});

/** A page that records Consentry's debug warnings and the files it fetched from dist/. */
async function open(url: string): Promise<{ page: Page; warnings: string[]; files: string[]; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  const files: string[] = [];
  page.on('console', (message) => message.text().startsWith('consentry: debug:') && warnings.push(message.text()));
  page.on('request', (request) => files.push(new URL(request.url()).pathname));
  await page.goto(url);
  return { page, warnings, files, close: () => context.close() };
}

const at = (host: string, path: string) => `http://${host}:${tracker.port}${path}`;

describe('debug mode', () => {
  it('warns once about an untagged tracker, never about a tagged one or a service host', async () => {
    const head = [
      `<img src="${at('untagged.test', '/a.gif')}" alt=""><img src="${at('untagged.test', '/b.gif')}" alt="">`,
      `<script type="text/plain" data-consent="analytical" src="${at('tagged.test', '/tagged.js')}"></script>`,
      `<script>document.head.append(Object.assign(document.createElement('script'), { src: ${JSON.stringify(at('service.test', '/service.js'))} }));</script>`,
    ].join('');
    const config = { debug: true, services: { stats: { category: 'analytical', hosts: ['service.test'] } } };
    const { page, warnings, close } = await open(bannerUrl(site, { config, head }));
    await page.waitForSelector(BANNER);
    await page.click('[data-action="accept-all"]');
    await choiceMade(page);
    await page.waitForFunction(() => ((window as { __ran?: string[] }).__ran ?? []).length === 2);
    await page.waitForTimeout(500);

    expect(seen(tracker)).toEqual(expect.arrayContaining(['tagged.test/tagged.js', 'service.test/service.js']));
    // One warning for the host, naming the first of its two images to finish loading (either).
    expect(warnings[0]).toMatch(/^consentry: debug: untagged\.test was loaded \(img: http:\/\/untagged\.test:\d+\/[ab]\.gif\) with nothing granted/);
    expect(warnings[0]!.replace(/\/[ab]\.gif/, '/a.gif')).toBe(
      `consentry: debug: untagged.test was loaded (img: http://untagged.test:${tracker.port}/a.gif) with nothing granted, and no gate, service, preset or autoblock entry covers it. ` +
        'If it needs consent, tag the element with data-consent, or add "untagged.test" to a service\'s hosts or to autoblock',
    );
    expect(warnings).toHaveLength(1);
    await close();
  });

  it('is on only when asked, never because the page is on localhost (issue 18)', async () => {
    const head = `<img src="${at('untagged.test', '/local.gif')}" alt="">`;
    const local = (config?: object) => bannerUrl(site, { head, config }).replace('site.test', 'localhost');

    const on = await open(local({ debug: true }));
    await expect.poll(() => on.warnings.length).toBe(1);
    expect(on.files).toContain('/dist/consentry-debug.js');
    await on.close();

    for (const url of [local(), local({ debug: false }), bannerUrl(site, { head })]) {
      const off = await open(url);
      await off.page.waitForSelector(BANNER);
      await off.page.waitForLoadState('load');
      expect(off.files).not.toContain('/dist/consentry-debug.js');
      expect(off.warnings).toEqual([]);
      await off.close();
    }
  });

  // Issue 24, item 1: a warning must be true. What a gate, an adapter or an accepted() check
  // released after a choice was covered by that choice; only what loads with nothing granted is a leak.
  it('stays quiet about what a gate, an adapter or an accepted() check released, after Accept all and on a return', async () => {
    const config = { debug: true };
    const head = [
      // A tagged script (the demo's About page).
      `<script type="text/plain" data-consent="analytical" data-src="${at('tagged.test', '/tagged.js')}"></script>`,
      // What consentry/react's <Consent category="functional"> does: render a plain <iframe src> once granted.
      `<script>addEventListener('consentry:consent', () => Consentry.accepted('functional') && !document.querySelector('#embed') && document.body.append(Object.assign(document.createElement('iframe'), { id: 'embed', src: ${JSON.stringify(at('video.test', '/embed.html'))} })))</script>`,
      // An accepted()-gated pixel (the SPA demo).
      `<script>addEventListener('consentry:consent', () => Consentry.accepted('other') && (new Image().src = ${JSON.stringify(at('pixel.test', '/p.gif'))}))</script>`,
    ].join('');
    const { page, warnings, close } = await open(bannerUrl(site, { config, head }));
    await page.waitForSelector(BANNER);
    await page.click('[data-action="accept-all"]');
    await expect.poll(() => seen(tracker)).toEqual(expect.arrayContaining(['tagged.test/tagged.js', 'video.test/embed.html', 'pixel.test/p.gif']));
    // A request after them, to an uncovered host, loads with consent given: the marker that the others were looked at.
    await page.evaluate((src) => void (new Image().src = src), at('late.test', '/after.gif'));
    await page.waitForTimeout(500);
    expect(warnings).toEqual([]);
    tracker.log.length = 0;
    await page.reload();
    await expect.poll(() => seen(tracker)).toEqual(expect.arrayContaining(['tagged.test/tagged.js', 'video.test/embed.html', 'pixel.test/p.gif']));
    await page.waitForTimeout(500);
    expect(warnings).toEqual([]);
    await close();
  });
});
