// The npm build in Chromium: dist/index.mjs imports the manager, dist/banner.mjs (both at
// once) and the page's language module only when the banner must show, and the preference
// centre's chunk only when it opens, exactly as a bundler's split chunks would load; a
// returning visitor loads none of them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER, DIALOG } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite(process.cwd())]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the npm build', () => {
  it('imports the manager, banner.mjs and i18n/fr.mjs on a first visit, the preference centre on opening it, and none of them on a return', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let modules: string[] = [];
    page.on('request', (request) => modules.push(new URL(request.url()).pathname));
    const url = `${site.url}/test/e2e/fixtures/banner-npm.html`;

    await page.goto(url);
    await page.waitForSelector(BANNER);
    const lazy = (paths: string[]) => paths.filter((path) => /^\/dist\/(manager|banner|preferences-|i18n\/)/.test(path)).map((path) => path.replace(/-[\w-]{8}\.mjs$/, '.mjs'));
    expect(lazy(modules).sort()).toEqual(['/dist/banner.mjs', '/dist/i18n/fr.mjs', '/dist/manager.mjs']);
    expect(await page.textContent('[data-action="reject-all"]')).toBe('Tout refuser');
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    expect(lazy(modules).sort()).toEqual(['/dist/banner.mjs', '/dist/i18n/fr.mjs', '/dist/manager.mjs', '/dist/preferences-part.mjs']);
    await page.click('[data-action="save"]');
    expect(await page.evaluate(() => (window as unknown as { cmp: { get(): { method: string } } }).cmp.get().method)).toBe('custom');

    modules = [];
    await page.reload();
    await page.waitForFunction(() => 'cmp' in window);
    expect(modules.filter((path) => path.startsWith('/dist/'))[0]).toBe('/dist/index.mjs');
    expect(lazy(modules)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
