// The demo on a phone, 390 px wide (iPhone 12 to 16), in Chromium's mobile emulation: nothing
// scrolls sideways before or after Accept all, a released video takes exactly the place its
// placeholder held, the buttons next to the banner look like the banner's, and the SPA's
// Network log keeps the page's margins. Served by the real demo server, as `npm start` does.
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemo } from '../../examples/serve.js';
import { settled } from '../helpers/banner-page';
import { launch } from '../helpers/browser';

const WIDTH = 390;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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
  // isMobile: the meta viewport applies, and a page wider than the screen widens the layout
  // viewport (innerWidth) as on a phone: so both widths are checked against the screen's.
  context = await browser.newContext({ viewport: { width: WIDTH, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  page = await context.newPage();
  problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.addInitScript(() => addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
});
afterEach(async () => {
  await context.close();
  expect(problems).toEqual([]);
});

/** The page's scrollable width and its layout viewport: both the screen's when nothing sticks out. */
const widths = () => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
const NO_SIDEWAYS_SCROLL = { scrollWidth: WIDTH, innerWidth: WIDTH };

/** Waits until every released iframe has loaded its document (its final layout). */
const framesLoaded = (count: number) => expect.poll(() => page.frames().filter((frame) => frame.url().includes('/embed/')).length).toBe(count);

const box = async (locator: Locator) => {
  const { x, y, width, height } = (await locator.boundingBox())!;
  return [x, y, width, height].map(Math.round);
};

/** Accept all in the banner; done once the choice is stored (the SPA has no `window.Consentry`). */
async function acceptAll() {
  await page.click('[part="banner"] button[data-action="accept-all"]');
  await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name)).toContain('consentry');
}

describe('no sideways scroll at 390 px, before and after Accept all', () => {
  for (const [path, videos] of [
    ['/marketing-site/', 1],
    ['/marketing-site/pricing.html', 0],
    ['/marketing-site/about.html', 0],
    ['/strict-csp/', 1],
  ] as const) {
    it(path, async () => {
      await page.goto(`${demo.url}${path}`);
      await page.waitForSelector('[part="banner"]');
      await expect.poll(() => page.locator('[data-consentry-placeholder]').count()).toBe(videos);
      expect(await widths()).toEqual(NO_SIDEWAYS_SCROLL);
      await acceptAll();
      await framesLoaded(videos);
      expect(await widths()).toEqual(NO_SIDEWAYS_SCROLL);
    });
  }

  it('/spa/ on every route', async () => {
    const routes = ['#/', '#/videos', '#/offers'];
    await page.goto(`${demo.url}/spa/`);
    await page.waitForSelector('[part="banner"]');
    for (const route of routes) {
      await page.click(`nav a[href="${route}"]`);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(route);
      expect(await widths(), route).toEqual(NO_SIDEWAYS_SCROLL);
    }
    await acceptAll();
    for (const route of routes) {
      await page.click(`nav a[href="${route}"]`);
      if (route === '#/videos') await framesLoaded(1);
      expect(await widths(), route).toEqual(NO_SIDEWAYS_SCROLL);
    }
  });
});

describe('the layout does not jump when a video is released', () => {
  for (const path of ['/marketing-site/', '/spa/#/videos']) {
    it(`${path}: the video takes the placeholder's exact box`, async () => {
      await page.goto(`${demo.url}${path}`);
      const placeholder = page.locator('[data-consentry-placeholder]');
      await expect.poll(() => placeholder.count()).toBe(1);
      const before = await box(placeholder);
      await acceptAll();
      await framesLoaded(1);
      expect(await box(page.locator('.video iframe'))).toEqual(before);
      // Fits the screen with the page's margins, and keeps the video's 16:9.
      expect(before[0]).toBeGreaterThanOrEqual(16);
      expect(before[0]! + before[2]!).toBeLessThanOrEqual(WIDTH - 16);
      expect(before[2]! / before[3]!).toBeCloseTo(560 / 315, 1);
    });
  }
});

/** The look of a button, as computed: what makes it read as one of the banner's. */
const look = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, color: style.color, radius: style.borderRadius, weight: style.fontWeight };
  });

/** Tabs until the focused element (looking into shadow roots) has `text`; returns its outline. */
async function tabToButton(text: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate((wanted) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (active?.textContent !== wanted) return null;
      const style = getComputedStyle(active);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    }, text);
    if (outline) return outline;
  }
  throw new Error(`Tab never reached "${text}"`);
}

describe('buttons in the banner’s style', () => {
  // The strict-CSP page too: the placeholder's stylesheet is CSSOM, which the policy allows.
  for (const path of ['/marketing-site/', '/strict-csp/']) {
    it(`${path}: the placeholder’s "Load once" and "Always allow" look like the banner’s buttons, with 44 px targets and a visible focus`, async () => {
      await page.goto(`${demo.url}${path}`);
      const banner = await look(page.locator('[part="banner"] button[data-action="accept-all"]'));
      for (const name of ['Load once', 'Always allow']) {
        const button = page.locator('[data-consentry-placeholder] button', { hasText: name });
        expect(await look(button), name).toEqual(banner);
        expect((await button.boundingBox())!.height, name).toBeGreaterThanOrEqual(44);
        expect(await tabToButton(name), name).toEqual({ style: 'solid', width: 3 });
      }
    });
  }

  it('the About page’s "Cookie preferences" and "Forget my choice" look like the banner’s buttons, with 44 px targets and a visible focus', async () => {
    await page.goto(`${demo.url}/marketing-site/about.html`);
    const banner = await look(page.locator('[part="banner"] button[data-action="accept-all"]'));
    for (const name of ['Cookie preferences', 'Forget my choice']) {
      const button = page.locator('main button', { hasText: name });
      expect(await look(button), name).toEqual(banner);
      expect((await button.boundingBox())!.height, name).toBeGreaterThanOrEqual(44);
      expect(await tabToButton(name), name).toEqual({ style: 'solid', width: 3 });
    }
  });

  it('axe-core finds no WCAG 2.2 AA problem on the pages with them (contrast, target size), placeholder included', async () => {
    for (const path of ['/marketing-site/', '/marketing-site/about.html', '/spa/#/videos']) {
      await page.goto(`${demo.url}${path}`);
      await expect.poll(() => page.locator('[data-consentry-placeholder], main button').count()).toBeGreaterThan(0);
      await settled(page);
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }),
      );
      expect(results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`), path).toEqual([]);
    }
  });
});

describe('the SPA’s Network log', () => {
  it('keeps the page’s margins instead of running edge to edge', async () => {
    await page.goto(`${demo.url}/spa/`);
    const main = await box(page.locator('main h1'));
    const panel = await box(page.locator('.network-log'));
    // Lined up with the page's text column.
    expect(panel[0]).toBe(main[0]);
    expect(panel[0]! + panel[2]!).toBe(WIDTH - main[0]!);
  });
});
