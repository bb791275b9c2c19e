// The script-tag build in real Chromium: config from a JSON block, window.Consentry, the
// stored cookie, tampering, duplicates, other tabs and the back/forward cache.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
let site: Served;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
const url = () => `${site.url}/test/e2e/fixtures/core.html`;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite(process.cwd())]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

const consentCookies = async () => (await context.cookies()).filter((cookie) => cookie.name === 'consentry');

describe('consentry.js', () => {
  it('exposes window.Consentry with the config from the JSON block and stores nothing before a choice', async () => {
    await page.goto(url());
    expect(await page.evaluate(() => [Consentry!.config.policyUrl, Consentry!.get()])).toEqual(['/privacy', null]);
    expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([['ready', { record: null }]]);
    expect(await context.cookies()).toEqual([]);
  });

  it('stores a choice made by a data-consentry button and reads it back on the next visit', async () => {
    await page.goto(url());
    await page.click('[data-consentry="reject-all"]');
    const record = await page.evaluate(() => Consentry!.get());
    expect(record).toMatchObject({ method: 'reject-all', categories: { necessary: true, analytical: false, functional: false, other: false }, services: { maps: false } });
    const [cookie] = await consentCookies();
    expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', secure: false, httpOnly: false, domain: 'site.test' });
    expect(cookie!.value.length).toBeLessThan(200);
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(181 * 86_400_000);

    await page.reload();
    expect(await page.evaluate(() => Consentry!.get())).toEqual(record);
    expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([
      ['ready', { record }],
      ['consent', record],
    ]);
  });

  it('voids and removes a tampered cookie', async () => {
    await page.goto(url());
    await page.evaluate(() => Consentry!.rejectAll());
    const [cookie] = await consentCookies();
    await context.addCookies([{ ...cookie!, value: cookie!.value.replace('!other', 'other') }]);
    const warnings: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.reload();
    expect(await page.evaluate(() => [Consentry!.get(), Consentry!.accepted('other')])).toEqual([null, false]);
    expect(await consentCookies()).toEqual([]);
    expect(warnings.join('\n')).toContain('cookie "consentry": not a valid choice');
  });

  it('voids two disagreeing cookies on the host and its parent domain, and removes both', async () => {
    const www = `${site.url.replace('site.test', 'www.site.test')}/test/e2e/fixtures/core.html`;
    await page.goto(www);
    await page.evaluate(() => Consentry!.acceptAll());
    // The manager writes the choice (it may still be on its way when acceptAll() returns).
    await expect.poll(async () => (await consentCookies()).length).toBe(1);
    const granted = (await consentCookies())[0]!;
    await page.evaluate(() => Consentry!.rejectAll());
    await expect.poll(async () => (await consentCookies())[0]?.value).not.toBe(granted.value);
    await context.addCookies([{ ...granted, domain: '.site.test' }]);
    expect(await consentCookies()).toHaveLength(2);
    await page.reload();
    expect(await page.evaluate(() => [Consentry!.get(), Consentry!.accepted('analytical')])).toEqual([null, false]);
    expect(await consentCookies()).toEqual([]);
  });

  it('carries a choice to the other open tabs of the site', async () => {
    const other = await context.newPage();
    await Promise.all([page.goto(url()), other.goto(url())]);
    // A tab hears others once its config is in force (`ready`, sticky); before, it reads the cookie as a page load does.
    await Promise.all([page, other].map((tab) => tab.evaluate(() => new Promise((resolve) => Consentry!.on('ready', resolve)))));
    await other.evaluate(() => {
      (window as unknown as { changes: unknown[] }).changes = [];
      Consentry!.on('change', (detail) => (window as unknown as { changes: unknown[] }).changes.push(detail.changed));
    });
    await page.evaluate(() => Consentry!.set({ analytical: true }));
    await other.waitForFunction(() => Consentry!.accepted('analytical'));
    expect(await other.evaluate(() => (window as unknown as { changes: unknown[] }).changes)).toEqual([['analytical']]);
  });

  it('re-reads the stored choice when a page comes back from the back/forward cache', async () => {
    await page.goto(url());
    await page.evaluate(() => addEventListener('pageshow', (e) => ((window as unknown as { restored: boolean }).restored = e.persisted)));
    await page.click('#away');
    await page.waitForURL(/core-other/);
    await page.evaluate(() => Consentry!.acceptAll());
    await page.goBack({ waitUntil: 'commit' });
    await page.waitForFunction(() => 'restored' in window);
    const [restored, analytical] = await page.evaluate(() => [(window as unknown as { restored: boolean }).restored, Consentry!.accepted('analytical')]);
    expect(restored).toBe(true);
    expect(analytical).toBe(true);
  });

  it('keeps the choice for the page when the browser refuses the cookie', async () => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${site.url}/test/e2e/fixtures/core-foreign-domain.html`);
    await page.evaluate(() => Consentry!.acceptAll());
    expect(await page.evaluate(() => Consentry!.accepted('other'))).toBe(true);
    expect(await context.cookies()).toEqual([]);
    expect(errors.join('\n')).toContain('the browser did not keep the cookie "consentry"');
  });
});
