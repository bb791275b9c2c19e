// What each visit downloads (issues 10, 11 and 18): a first visit the gate, then the manager
// and the first layer in parallel, presets or not; a returning visitor with a valid choice
// the gate alone; the preference centre its own chunk, only when it opens.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
let site: Served;

const page = (config: object) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two stages</title>
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.js"></script></head><body><h1>Two stages</h1></body></html>`;
const PAGE = page({ policyUrl: '/privacy', services: { video: { category: 'functional', label: 'VideoTube' } } });
// Presets: their texts belong to the preference centre, so a first visit stays two requests.
const PRESET_PAGE = page({ policyUrl: '/privacy', services: { ga: 'google-analytics', youtube: 'youtube' } });

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launch(),
    serveSite(process.cwd(), {
      routes: {
        '/two-stage.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
        '/two-stage-fr.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE.replace('lang="en"', 'lang="fr"')),
        '/two-stage-presets.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PRESET_PAGE),
      },
    }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the two-stage runtime', () => {
  it('fetches the gate, then the manager and the first layer in parallel on a first visit, and the gate alone on a return', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let files: string[] = [];
    page.on('request', (request) => request.url().includes('/dist/') && files.push(new URL(request.url()).pathname));
    let requestedWhileManagerLoads: string[] = [];
    await page.route('**/dist/consentry-manager.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      requestedWhileManagerLoads = [...files];
      await route.continue();
    });
    await page.goto(site.url + '/two-stage.html');
    await page.waitForSelector(BANNER);
    expect(requestedWhileManagerLoads).toContain('/dist/consentry-banner.js');
    expect(files).toEqual(['/dist/consentry.js', '/dist/consentry-manager.js', '/dist/consentry-banner.js']);
    await page.click('[data-action="reject-all"]');
    await expect.poll(() => context.cookies().then((cookies) => cookies.map((cookie) => cookie.name))).toContain('consentry');

    files = [];
    await page.reload();
    await page.waitForFunction(() => Consentry?.get()?.method === 'reject-all');
    await page.waitForTimeout(300);
    expect(files).toEqual(['/dist/consentry.js']);
    await context.close();
  });

  it('fetches a first visit’s language file in parallel with the chunk, not after it, and once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files: string[] = [];
    page.on('request', (request) => request.url().includes('/dist/') && files.push(new URL(request.url()).pathname));
    let requestedWhileChunkLoads: string[] = [];
    await page.route('**/dist/consentry-banner.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      requestedWhileChunkLoads = [...files];
      await route.continue();
    });
    await page.goto(site.url + '/two-stage-fr.html');
    await page.waitForSelector(BANNER);
    expect(requestedWhileChunkLoads).toContain('/dist/i18n/fr.js');
    expect(files.filter((file) => file === '/dist/i18n/fr.js')).toHaveLength(1);
    expect(await page.locator('[data-action="accept-all"]').textContent()).toBe('Tout accepter');
    await context.close();
  });

  it('fetches the same on a first visit with presets, then the preference centre and the presets’ texts once', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const files: string[] = [];
    tab.on('request', (request) => request.url().includes('/dist/') && files.push(new URL(request.url()).pathname));
    await tab.goto(site.url + '/two-stage-presets.html');
    await tab.waitForSelector(BANNER);
    await tab.waitForTimeout(300);
    expect(files).toEqual(['/dist/consentry.js', '/dist/consentry-manager.js', '/dist/consentry-banner.js']);
    for (let i = 0; i < 2; i++) {
      await tab.click('[data-action="preferences"]');
      await tab.waitForSelector('[part="preferences"]');
      await tab.keyboard.press('Escape');
      await tab.waitForSelector(BANNER);
    }
    expect(files.slice(3).sort()).toEqual(['/dist/consentry-preferences.js', '/dist/consentry-presets.js']);
    await context.close();
  });
  it('fetches the manager, the banner chunk and the preference centre together when a returning visitor opens it from a footer link', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(site.url + '/two-stage-presets.html');
    await tab.click('[data-action="reject-all"]');
    await expect.poll(() => context.cookies().then((cookies) => cookies.map((cookie) => cookie.name))).toContain('consentry');
    await tab.reload();
    await tab.waitForFunction(() => Consentry?.get()?.method === 'reject-all');
    const files: string[] = [];
    tab.on('request', (request) => request.url().includes('/dist/') && files.push(new URL(request.url()).pathname));
    let requestedWhileChunkLoads: string[] = [];
    await tab.route('**/dist/consentry-banner.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      requestedWhileChunkLoads = [...files];
      await route.continue();
    });
    await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<a href="#" data-consentry="preferences">Cookie preferences</a>'));
    await tab.click('[data-consentry="preferences"]');
    await tab.waitForSelector('[part="preferences"]');
    const together = ['/dist/consentry-banner.js', '/dist/consentry-manager.js', '/dist/consentry-preferences.js', '/dist/consentry-presets.js'];
    expect(requestedWhileChunkLoads.sort()).toEqual(together);
    expect(files.sort()).toEqual(together);
    await context.close();
  });
});
