// The examples, served by the demo server exactly as `npm start` serves them, in Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemo } from '../../examples/serve.js';
import { choiceMade } from '../helpers/banner-page';
import { launch } from '../helpers/browser';

let browser: Browser;
let demo: Awaited<ReturnType<typeof startDemo>>;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [browser, demo] = await Promise.all([launch(), startDemo({ port: 0 })]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.addInitScript(() => addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
  demo.log.length = 0;
});
afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

const thirdParty = () => demo.log.map((entry) => new URL(entry.url).pathname);
const settle = () => page.waitForTimeout(400);

/** A tracker request as the demo's Network log writes it: method, host, path and query. */
const asLine = ({ method, url }: { method: string; url: string }) => `${method} ${new URL(url).host}${new URL(url).pathname}${new URL(url).search}`;
/** What the page's Network log lists, less each entry's time of day. */
const panelLines = async () => (await page.locator('.network-log li').allTextContents()).map((text) => text.replace(/^\d\d:\d\d:\d\d\s+/, ''));
/** The panel's sentence about what it lists (without waiting for it to exist). */
const logStatement = () => page.evaluate(() => document.querySelector('.network-log [data-log-statement]')?.textContent);
/** The panel's plain statement for `count` requests since the page was requested. */
const statement = (count: number) =>
  count ? `${count} request${count > 1 ? 's' : ''} reached the tracker since this page was requested:` : 'Nothing has reached the tracker since this page was requested.';
/**
 * The page's Network log equals the tracker's own log from `from` on (the tracker's entries
 * since this page view's document was requested), entry for entry, and says how many.
 */
async function panelShowsTrackerLogFrom(from: number) {
  await settle();
  const received = demo.log.slice(from).map(asLine);
  await expect.poll(panelLines).toEqual(received);
  await expect.poll(logStatement).toBe(statement(received.length));
}

describe('marketing site', () => {
  for (const path of ['index.html', 'pricing.html', 'about.html']) {
    it(`${path} sends nothing to the third party before a choice and has a cookie-preferences link`, async () => {
      await page.goto(`${demo.url}/marketing-site/${path}`);
      await expect.poll(() => page.locator('[part="banner"]').isVisible()).toBe(true);
      await settle();
      expect(thirdParty()).toEqual([]);
      expect(await page.locator('footer [data-consentry="preferences"]').textContent()).toBe('Cookie preferences');
      await expect.poll(logStatement).toBe(statement(0));
    });
  }

  it('runs the analytics tag, the video and the pixel after accept all, and the network log shows them', async () => {
    await page.goto(`${demo.url}/marketing-site/`);
    await expect.poll(() => page.locator('[data-consentry-placeholder]').count()).toBe(1);
    await page.click('[part="banner"] button[data-action="accept-all"]');
    await choiceMade(page);
    await expect.poll(() => thirdParty().sort()).toEqual(['/analytics.js', '/collect', '/embed/roastery', '/pixel.gif']);
    await expect.poll(() => page.locator('.network-log li').count()).toBe(4);
    expect((await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['_demo_ga', 'consentry']);
  });

  it('keeps refusing on every page after reject all', async () => {
    await page.goto(`${demo.url}/marketing-site/`);
    await page.click('[part="banner"] button[data-action="reject-all"]');
    await choiceMade(page);
    for (const path of ['pricing.html', 'about.html', 'index.html']) await page.goto(`${demo.url}/marketing-site/${path}`);
    await settle();
    expect(thirdParty()).toEqual([]);
  });
});

describe('the Network log shows what the tracker received, per page view', () => {
  it('on a first visit: nothing before the choice, then each request after accept all', async () => {
    await page.goto(`${demo.url}/marketing-site/`);
    await expect.poll(() => page.locator('[part="banner"]').isVisible()).toBe(true);
    await panelShowsTrackerLogFrom(0);
    await page.click('[part="banner"] button[data-action="accept-all"]');
    await choiceMade(page);
    await expect.poll(() => thirdParty().sort()).toEqual(['/analytics.js', '/collect', '/embed/roastery', '/pixel.gif']);
    await panelShowsTrackerLogFrom(0);
  });

  it('on a returning visit: the requests made before the panel’s script ran too', async () => {
    await page.goto(`${demo.url}/marketing-site/`);
    await page.click('[part="banner"] button[data-action="accept-all"]');
    await choiceMade(page);
    await expect.poll(() => thirdParty().length).toBe(4);
    const from = demo.log.length;
    await page.goto(`${demo.url}/marketing-site/`);
    // The gate releases the tag, the pixel and the video while the page parses.
    await expect.poll(() => thirdParty().slice(from).filter((path) => path !== '/collect').sort()).toEqual(['/analytics.js', '/embed/roastery', '/pixel.gif']);
    await panelShowsTrackerLogFrom(from);
  });

  it('after a withdrawal: the reloaded page lists whatever reached the tracker since, and the declared cookie is gone', async () => {
    await page.goto(`${demo.url}/marketing-site/about.html`);
    await page.click('[part="banner"] button[data-action="accept-all"]');
    await choiceMade(page);
    await expect.poll(() => thirdParty().sort()).toEqual(['/analytics.js', '/collect']);
    await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['_demo_ga', 'consentry']);
    await panelShowsTrackerLogFrom(0);
    const from = demo.log.length;
    // Withdraw as a visitor does: the page's own button, the switch, save.
    await page.click('main button[data-consentry="preferences"]');
    await page.click('[part="preferences"] input[name="analytical"]');
    const reloaded = page.waitForEvent('load');
    await page.click('[part="preferences"] button[data-action="save"]');
    await reloaded;
    await panelShowsTrackerLogFrom(from);
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(['consentry']);
  });

  it('shows the cookie declaration that makes withdrawal delete `_demo_ga`, read from the page’s own config', async () => {
    await page.goto(`${demo.url}/marketing-site/about.html`);
    const config = JSON.parse((await page.evaluate(() => document.getElementById('consentry-config')?.textContent)) ?? 'null');
    expect(config.categories.analytical.cookies.map((cookie: { name: string }) => cookie.name)).toEqual(['_demo_ga']);
    expect(JSON.parse((await page.evaluate(() => document.querySelector('[data-config-shown]')?.textContent)) ?? 'null')).toEqual(config);
    // The preference centre lists it under its category, as declared.
    await page.click('main button[data-consentry="preferences"]');
    await expect.poll(() => page.locator('[part="preferences"] table').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('_demo_ga')]));
  });
});

describe('strict CSP', () => {
  it('works under a nonce-based policy: nothing blocked by the policy, gated inline scripts run with the nonce', async () => {
    const response = await page.goto(`${demo.url}/strict-csp/`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'nonce-");
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    await settle();
    expect(thirdParty()).toEqual([]);
    // The banner's styles apply under the policy: its buttons are laid out, not unstyled defaults.
    const accept = page.locator('[part="banner"] button[data-action="accept-all"]');
    expect((await accept.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await accept.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { inlineTagRan?: boolean }).inlineTagRan)).toBe(true);
    await expect.poll(() => thirdParty()).toContain('/analytics.js');
  });
});

describe('single-page app', () => {
  it('starts with its analytics off and nothing sent', async () => {
    await page.goto(`${demo.url}/spa/`);
    await expect.poll(() => page.locator('[data-analytics-state]').textContent()).toBe('App analytics: off');
    await settle();
    expect(thirdParty()).toEqual([]);
  });

  it('holds the elements a route renders, and releases them with consent', async () => {
    await page.goto(`${demo.url}/spa/#/videos`);
    await expect.poll(() => page.locator('[data-consentry-placeholder]').count()).toBe(1);
    await page.click('a[href="#/offers"]');
    await settle();
    expect(thirdParty()).toEqual([]);
    await page.click('a[href="#/videos"]');
    await page.getByRole('region', { name: 'video.localhost' }).getByRole('button', { name: 'Always allow' }).click();
    await expect.poll(thirdParty).toContain('/embed/brewing');
  });

  it('loads the banner as a lazy chunk and turns its own analytics on with the choice', async () => {
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${demo.url}/spa/`);
    await page.click('a[href="#/offers"]');
    await page.click('[part="banner"] button[data-action="accept-all"]');
    await expect.poll(() => page.locator('[data-analytics-state]').textContent()).toBe('App analytics: on');
    expect(scripts.filter((path) => path.startsWith('/spa/build/')).length).toBeGreaterThan(1);
    await page.click('a[href="#/"]');
    await expect.poll(() => demo.log.map((entry) => new URL(entry.url).search)).toContain('?event=spa_view&route=%23%2F');
  });
});
