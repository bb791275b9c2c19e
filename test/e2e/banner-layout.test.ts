// The preference centre's layout in real Chromium: its actions stay in view (a sticky
// footer) on a laptop and on a phone, however long its body; categories open by keyboard;
// the first layer sits inset from the viewport's edges; the consent record downloads.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER, DIALOG, bannerUrl, choiceMade, focused, serveBannerSite, settled, tabTo } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import type { Served } from '../helpers/server';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveBannerSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const cookies = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `${prefix}_${i}`, provider: 'Example Analytics Ltd.', duration: `${i + 1} months`, description: 'Tells one visit from another, so visits can be counted.' }));

/** Two services and many cookies: a body far taller than any viewport. */
const LONG = {
  policyUrl: '/privacy',
  categories: { necessary: { cookies: cookies('sid', 4) }, analytical: { cookies: cookies('_stat', 12) }, functional: {}, other: { cookies: cookies('_ad', 8) } },
  services: {
    youtube: { category: 'functional', label: 'YouTube', description: 'Plays embedded videos.', url: 'https://policies.google.com/privacy', cookies: cookies('yt', 3) },
    maps: { category: 'functional', label: 'Maps', description: 'Shows interactive maps.', cookies: cookies('map', 3) },
  },
};

async function open(viewport: { width: number; height: number }, config: object = LONG) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(bannerUrl(site, { config }));
  await page.waitForSelector(BANNER);
  return { page, close: () => context.close() };
}

/** Each box of `selector` lies wholly inside the viewport. */
const inView = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { action: element.getAttribute('data-action'), inside: box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth };
    }),
  );

describe.each([
  [1280, 720],
  [360, 640],
])('at %ix%i', (width, height) => {
  it('keeps Save, Accept all, Reject all and Close in view while the body scrolls', async () => {
    const { page, close } = await open({ width, height });
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    for (const button of await page.$$(`${DIALOG} [aria-expanded="false"]`)) await button.click();
    await settled(page);
    const body = page.locator(`${DIALOG} .y`);
    // The body really is taller than the room it has: without a fixed footer the actions would scroll away.
    expect(await body.evaluate((element) => element.scrollHeight > element.clientHeight + 200)).toBe(true);
    const everyAction = `${DIALOG} button[data-action="save"], ${DIALOG} button[data-action="accept-all"], ${DIALOG} button[data-action="reject-all"], ${DIALOG} button[data-action="close"]`;
    for (const scroll of [0, 1e6]) {
      await body.evaluate((element, top) => (element.scrollTop = top), scroll);
      expect(await inView(page, everyAction)).toEqual(['close', 'save', 'accept-all', 'reject-all'].map((action) => ({ action, inside: true })));
    }
    // The dialog itself fits the viewport.
    const box = (await page.locator(DIALOG).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    await close();
  });

  it('sets the first layer inset from every edge of the viewport, its actions in view', async () => {
    const { page, close } = await open({ width, height });
    await settled(page);
    const box = (await page.locator(BANNER).boundingBox())!;
    const inset = width < 480 ? 8 : 16;
    const [left, right, bottom] = [box.x, width - box.x - box.width, height - box.y - box.height].map(Math.round);
    expect(bottom).toBe(inset);
    // Inset on both sides; on a wide screen the bar is centred at its maximum width.
    expect(Math.min(left!, right!)).toBeGreaterThanOrEqual(inset);
    expect(Math.abs(left! - right!)).toBeLessThanOrEqual(1);
    expect((await inView(page, `${BANNER} button`)).every((button) => button.inside)).toBe(true);
    await close();
  });
});

it('opens and closes a category’s details by keyboard, saying whether they are open', async () => {
  const { page, close } = await open({ width: 1280, height: 720 });
  await page.click('[data-action="preferences"]');
  await page.waitForSelector(DIALOG);
  expect(await focused(page)).toBe('cp');
  await tabTo(page, 'x-analytical');
  const disclosure = page.locator(`${DIALOG} [aria-controls="x-analytical"]`);
  const panel = page.locator(`${DIALOG} #x-analytical`);
  expect([await disclosure.getAttribute('aria-expanded'), await panel.isVisible()]).toEqual(['false', false]);
  await page.keyboard.press('Enter');
  expect([await disclosure.getAttribute('aria-expanded'), await panel.isVisible()]).toEqual(['true', true]);
  expect(await panel.locator('tbody tr').count()).toBe(12);
  await page.keyboard.press('Space');
  expect([await disclosure.getAttribute('aria-expanded'), await panel.isVisible()]).toEqual(['false', false]);
  // The category's switch comes right after its disclosure button.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('analytical');
  await close();
});

describe('the consent record', () => {
  const download = async (page: Page) => {
    await page.click('#footer-link');
    await page.waitForSelector(DIALOG);
    const id = await page.evaluate(() => Consentry!.get()!.id);
    expect(await page.locator(`${DIALOG} code`).textContent()).toBe(id);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download"]')]);
    expect(file.suggestedFilename()).toBe(`consent-${id}.json`);
    return { id, json: JSON.parse(await readFile((await file.path())!, 'utf8')) };
  };

  it('downloads as JSON what the browser stores, with the id the preference centre shows', async () => {
    const { page, close } = await open({ width: 1280, height: 720 });
    await page.click('[data-action="accept-all"]');
    await choiceMade(page);
    const { json } = await download(page);
    expect(json).toEqual(await page.evaluate(() => Consentry!.get()));
    await close();
  });

  it('asks the ledger for the record when there is one, and falls back to the stored one when it fails', async () => {
    for (const ledger of ['answers', 'fails'] as const) {
      const { page, close } = await open({ width: 1280, height: 720 }, { ...LONG, record: { endpoint: 'https://ledger.test/consents' } });
      const asked: string[] = [];
      await page.route('https://ledger.test/**', (route) => {
        asked.push(new URL(route.request().url()).pathname);
        if (ledger === 'fails' || route.request().method() !== 'GET') return route.fulfill({ status: ledger === 'fails' ? 503 : 204, headers: { 'access-control-allow-origin': '*' } });
        return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify({ subject: 'from the ledger' }) });
      });
      await page.click('[data-action="reject-all"]');
      await choiceMade(page);
      const { id, json } = await download(page);
      expect(asked).toContain(`/subjects/${id}`);
      expect(json).toEqual(ledger === 'answers' ? { subject: 'from the ledger' } : await page.evaluate(() => Consentry!.get()));
      await close();
    }
  });
});

// WCAG 1.4.10: 1280x720 at 400% zoom is a 320x180 viewport. Nothing may need sideways
// scrolling (the cookie table, a data table, scrolls in its own region), and every action
// must be reachable.
describe('at 400% zoom (320x180)', () => {
  const reachable = (page: Page, selector: string) =>
    page.$$eval(selector, (elements) =>
      elements.map((element) => {
        element.scrollIntoView({ block: 'nearest' });
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
      }),
    );
  const noSideways = (page: Page, selector: string) => page.$eval(selector, (element) => element.scrollWidth <= element.clientWidth);

  it('reflows the first layer: no sideways scrolling, every action reachable', async () => {
    const { page, close } = await open({ width: 320, height: 180 });
    await settled(page);
    expect(await noSideways(page, BANNER)).toBe(true);
    expect(await reachable(page, `${BANNER} button`)).toEqual([true, true, true]);
    await close();
  });

  it('reflows the preference centre: it scrolls as a whole, every action reachable', async () => {
    const { page, close } = await open({ width: 320, height: 180 });
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    for (const button of await page.$$(`${DIALOG} [aria-expanded="false"]`)) await button.click();
    await settled(page);
    expect(await noSideways(page, DIALOG)).toBe(true);
    expect(await reachable(page, `${DIALOG} button[data-action]`)).toEqual([true, true, true, true]);
    await close();
  });
});
