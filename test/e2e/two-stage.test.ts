// What each visit downloads (issue 10): a first visit the gate and one chunk holding the
// manager and the banner; a returning visitor with a valid choice the gate alone.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
let site: Served;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two stages</title>
<script type="application/json" id="consentry-config">{ "policyUrl": "/privacy", "services": { "video": { "category": "functional", "label": "VideoTube" } } }</script>
<script src="/dist/consentry.js"></script></head><body><h1>Two stages</h1></body></html>`;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launch(),
    serveSite(process.cwd(), {
      routes: {
        '/two-stage.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
        '/two-stage-fr.html': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE.replace('lang="en"', 'lang="fr"')),
      },
    }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the two-stage runtime', () => {
  it('fetches the gate and one chunk on a first visit, and the gate alone on a return', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let files: string[] = [];
    page.on('request', (request) => request.url().includes('/dist/') && files.push(new URL(request.url()).pathname));
    await page.goto(site.url + '/two-stage.html');
    await page.waitForSelector(BANNER);
    expect(files).toEqual(['/dist/consentry.js', '/dist/consentry-banner.js']);
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
});
