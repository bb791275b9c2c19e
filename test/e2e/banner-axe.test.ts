// axe-core inside real Chromium, shadow root included: zero WCAG 2.2 AA violations in both
// views, light and dark, in English, German, Arabic, Hebrew, Japanese, Finnish and Hungarian
// (long words), in the opt-out notice, under Global Privacy Control, and with the README's
// theming example applied.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BANNER, DIALOG, bannerUrl, choiceMade, serveBannerSite, settled, type PageOptions } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import type { Served } from '../helpers/server';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let site: Served;

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveBannerSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const CONFIG = {
  policyUrl: '/privacy',
  categories: {
    necessary: { cookies: [{ name: 'consentry', provider: 'This site', duration: '6 months', description: 'Keeps your cookie choices.' }] },
    analytical: { cookies: [{ name: '_pk_id.*', provider: 'Matomo', duration: '13 months', description: 'Tells visits apart.' }] },
    functional: {},
    other: {},
  },
  services: { youtube: { category: 'functional', label: 'YouTube', description: 'Plays embedded videos.', url: 'https://policies.google.com/privacy' } },
};

/** Runs axe on the whole page (it enters open shadow roots) and returns what it found. */
async function violations(page: Page) {
  await settled(page);
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: { id: string }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  // The run must have looked at the banner: contrast checks passed inside the shadow root.
  expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
  return results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

const LANGUAGES = ['en', 'de', 'ar', 'he', 'ja', 'fi', 'hu'];

describe.each([
  ...LANGUAGES.flatMap((lang) => [['light', lang, 'light'] as const, ['dark', lang, 'dark'] as const]),
  // theme "auto" follows the system colour scheme.
  ['auto', 'en', 'dark'],
] as const)('axe-core, theme %s, language %s (system %s)', (theme, lang, colorScheme) => {
  const open = async (options: PageOptions = {}) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(bannerUrl(site, { config: { ...CONFIG, theme }, lang, ...options }));
    await page.waitForSelector(BANNER);
    return { page, close: () => context.close() };
  };

  it('finds nothing on the banner', async () => {
    const { page, close } = await open();
    expect(await violations(page)).toEqual([]);
    await close();
  });

  it('finds nothing on the preference centre, cookie tables open', async () => {
    const { page, close } = await open();
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    for (const disclosure of await page.$$(`${DIALOG} [aria-expanded="false"]`)) await disclosure.click();
    await page.click('input[name="analytical"]');
    expect(await violations(page)).toEqual([]);
    await close();
  });
});

describe.each([
  ['en', 'light'],
  ['ar', 'dark'],
  ['he', 'light'],
] as const)('axe-core, the opt-out notice in %s, %s', (lang, colorScheme) => {
  it('finds nothing', async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(bannerUrl(site, { config: { ...CONFIG, theme: 'auto', mode: 'opt-out' }, lang }));
    await page.waitForSelector('[data-action="do-not-sell"]');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('axe-core, %s, with a stored choice and Global Privacy Control', (colorScheme) => {
  it('finds nothing on the preference centre with its consent id, the record download and the GPC notice', async () => {
    const context = await browser.newContext({ colorScheme });
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    const page = await context.newPage();
    await page.goto(bannerUrl(site, { config: { ...CONFIG, theme: 'auto' }, lang: 'de' }));
    await page.click('[data-action="reject-all"]');
    await choiceMade(page);
    await page.click('#footer-link');
    await page.waitForSelector(`${DIALOG} [data-action="download"]`);
    expect(await page.textContent(DIALOG)).toContain('Global-Privacy-Control');
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

/** The README's theming example, exactly as documented. */
const README_CSS = /## Theming[\s\S]*?```css\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))![1]!;

describe.each(['light', 'dark'] as const)('axe-core, the README theming example, %s', (colorScheme) => {
  it('passes on both views', async () => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(bannerUrl(site, { config: { ...CONFIG, theme: 'auto' }, head: `<style>${README_CSS}</style>` }));
    await page.waitForSelector(BANNER);
    // The example really applies: the accent it sets is the buttons' background.
    const accent = await page.$eval('[data-action="accept-all"]', (button) => getComputedStyle(button).backgroundColor);
    expect(accent).not.toBe('rgb(39, 71, 199)');
    expect(await violations(page)).toEqual([]);
    await page.click('[data-action="preferences"]');
    await page.waitForSelector(DIALOG);
    for (const disclosure of await page.$$(`${DIALOG} [aria-expanded="false"]`)) await disclosure.click();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });
});

it('would catch a violation inside the shadow root (the check can fail)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(bannerUrl(site, { config: { ...CONFIG, theme: 'light' }, head: '<style>#consentry-root { --consentry-fg: #ddd; }</style>' }));
  await page.waitForSelector(BANNER);
  const found = await violations(page);
  expect(found.join('\n')).toMatch(/^color-contrast: .*consentry-root/m);
  await context.close();
});
