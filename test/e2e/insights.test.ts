// Consent insights end to end (SPEC 12), in real Chromium over the built dist/: visitors who
// accept, reject, customise and only look, on desktop and phone viewports, send anonymous
// events to a real ledger; the ledger gives back exact counts from 5 and "< 5" below; the
// events carry no identifier and leave no cookie or storage; the dashboard passes axe in
// light and dark under its own strict policy.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLedger } from '../../server/ledger-server.js';
import { silentLogger } from '../../server/ops/log.js';
import { BANNER, DIALOG, bannerUrl, serveBannerSite } from '../helpers/banner-page';
import { launch } from '../helpers/browser';
import type { Served } from '../helpers/server';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TOKEN = 'e2e-insights-'.padEnd(48, 'k');
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const KEYS = ['v', 'event', 'url', 'revision', 'language', 'mode', 'region', 'gpc', 'device', 'method', 'categories'];

let browser: Browser;
let site: Served;
let ledger: Awaited<ReturnType<typeof startLedger>>;
let dataDir: string;
let config: object;
/** Every event body the browser sent, as sent. */
const sent: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'consentry-insights-e2e-'));
  [browser, site] = await Promise.all([launch(), serveBannerSite()]);
  ledger = await startLedger({ port: 0, dataDir, token: TOKEN, log: silentLogger, rateLimit: null, allowedOrigins: [site.url] });
  // Another host than the page's, as a ledger usually is: the browser must still send no cookie.
  config = { revision: 3, record: { events: `http://ledger.test:${ledger.port}/events` } };
});
afterAll(async () => {
  await browser?.close();
  await ledger?.close();
  await site?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const isEvent = (request: Request) => request.url().endsWith('/events') && request.method() === 'POST';
const eventOf = (request: Request) => JSON.parse(request.postData() ?? '{}') as { event: string };

/** One visit: a fresh browser profile, the page, then what the visitor does. */
async function visit(device: BrowserContextOptions, act: (page: Page) => Promise<void>) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  page.on('request', (request) => void (isEvent(request) && sent.push(request.postData() ?? '')));
  const shown = page.waitForRequest((r) => isEvent(r) && eventOf(r).event === 'shown');
  await page.goto(bannerUrl(site, { config }));
  await page.waitForSelector(BANNER);
  await shown;
  await act(page);
  await context.close();
}
/** Clicks, and waits until the choice's event has gone out. */
const choose = async (page: Page, selector: string) => {
  const choice = page.waitForRequest((r) => isEvent(r) && eventOf(r).event === 'choice');
  await page.click(selector);
  await choice;
};
const acceptAll = (page: Page) => choose(page, `${BANNER} [data-action="accept-all"]`);
const rejectAll = (page: Page) => choose(page, `${BANNER} [data-action="reject-all"]`);
async function customise(page: Page) {
  const opened = page.waitForRequest((r) => isEvent(r) && eventOf(r).event === 'preferences');
  await page.click(`${BANNER} [data-action="preferences"]`);
  await page.waitForSelector(DIALOG);
  await opened;
  await page.click(`${DIALOG} input[name="analytical"]`);
  await choose(page, `${DIALOG} [data-action="save"]`);
}
const onlyLook = async () => {};

const insights = async (query = '') => (await (await fetch(`${ledger.url}/insights.json?site=${encodeURIComponent(site.url)}${query}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as any;

describe('consent insights from real visits', () => {
  it('counts accepting, rejecting, customising and only looking, on desktop and phone, exactly', async () => {
    for (const [device, act, times] of [
      [DESKTOP, acceptAll, 5],
      [DESKTOP, rejectAll, 5],
      [DESKTOP, customise, 5],
      [DESKTOP, onlyLook, 2],
      [PHONE, acceptAll, 3],
      [PHONE, onlyLook, 1],
    ] as const) {
      for (let i = 0; i < times; i++) await visit(device, act);
    }
    const report = await insights();
    expect(report.totals).toEqual({
      shown: 21,
      preferences: 5,
      choices: 18,
      choiceRate: 86,
      methods: { 'accept-all': { count: 8, share: 44 }, 'reject-all': { count: 5, share: 28 }, custom: { count: 5, share: 28 } },
      categories: {
        analytical: { granted: 13, refused: 5, rate: 72 },
        functional: { granted: 8, refused: 10, rate: 44 },
        other: { granted: 8, refused: 10, rate: 44 },
      },
    });
    const byDevice = await insights('&by=device');
    expect(byDevice.groups.map((g: any) => [g.key, g.shown, g.choices, g.methods['accept-all'].count])).toEqual([
      ['desktop', 17, 15, 5],
      ['mobile', '< 5', '< 5', '< 5'],
    ]);
    const byRevision = await insights('&by=revision');
    expect(byRevision.groups.map((g: any) => [g.key, g.shown])).toEqual([['3', 21]]);
  });

  it('sent events that carry no identifier: only the listed fields, the page without its query', () => {
    expect(sent.length).toBe(21 + 5 + 18);
    for (const body of sent) {
      const event = JSON.parse(body);
      expect(KEYS).toEqual(expect.arrayContaining(Object.keys(event)));
      expect(event.url).toBe(`${site.url}/banner`);
      // No consent id, no time, nothing that could tell one visitor from another.
      expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2}T|\d{10,}/i);
    }
    expect(new Set(sent.map((body) => JSON.parse(body).device))).toEqual(new Set(['desktop', 'mobile']));
  });

  it('sends no cookie with an event and leaves no cookie or storage of its own', async () => {
    const storage = async (withEvents: boolean) => {
      const context = await browser.newContext(DESKTOP);
      // A cookie of the ledger's host, as a session there would be: it must not travel with events.
      await context.addCookies([{ name: 'ledger_session', value: 'x', domain: 'ledger.test', path: '/' }]);
      const page = await context.newPage();
      const headers: Record<string, string>[] = [];
      page.on('request', (request) => void (isEvent(request) && request.allHeaders().then((h) => headers.push(h))));
      const shown = withEvents ? page.waitForRequest((r) => isEvent(r)) : Promise.resolve();
      await page.goto(bannerUrl(site, { config: withEvents ? config : { revision: 3 } }));
      await page.waitForSelector(BANNER);
      await shown;
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({ local: Object.keys(localStorage).sort(), session: Object.keys(sessionStorage).sort() }));
      const cookies = (await context.cookies()).map((cookie) => cookie.name).sort();
      await context.close();
      return { ...state, cookies, headers };
    };
    const [without, withEvents] = [await storage(false), await storage(true)];
    expect(withEvents.headers).toHaveLength(1);
    expect(withEvents.headers[0]).not.toHaveProperty('cookie');
    expect({ ...withEvents, headers: [] }).toEqual({ ...without, headers: [] });
    expect(withEvents.cookies).toEqual(['ledger_session']);
    expect(withEvents.session).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('the dashboard, %s', (colorScheme) => {
  it('passes axe, under its policy, with the visits counted', async () => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
    page.on('pageerror', (error) => void problems.push(String(error)));
    // Signed in the way a person does: the form, then the session.
    const form = await page.goto(`${ledger.url}/insights`);
    expect(form?.status()).toBe(401);
    expect(await violations(page)).toEqual([]);
    expect(problems.splice(0)).toEqual(['Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    await page.fill('#token', TOKEN);
    await Promise.all([page.waitForURL(`${ledger.url}/insights`), page.click('button[type="submit"]')]);
    await page.waitForSelector('#chart-time-counts canvas');
    // The 21 visits above, and the one that looked at storage.
    expect(await page.locator('.cards div').first().innerText()).toBe('Banner views\n22');
    const device = await page.locator('table', { has: page.locator('caption', { hasText: 'Figures by device' }) }).innerText();
    expect(device).toMatch(/Desktop \(1024 px and wider\)\t18\t15/);
    expect(device).toMatch(/Mobile \(narrower than 640 px\)\t< 5\t< 5/);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Runs axe on the whole page (WCAG 2.2 AA) and returns what it found. */
async function violations(page: Page) {
  // The dashboard's policy would refuse a script tag from the test (a console error): axe
  // goes in through the DevTools protocol instead, as an extension's would.
  await page.evaluate(await readFile(AXE, 'utf8'));
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[]; passes: { id: string }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  // The run must have looked at the page's text: contrast checks passed.
  expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
  return results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe('the demo (npm start)', () => {
  it('sends the marketing site’s banner events to a ledger beside it, whose dashboard fills as you click', async () => {
    const { startDemo } = await import('../../examples/serve.js');
    const demo = await startDemo({ port: 0, ledger: true });
    try {
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext(DESKTOP);
        const page = await context.newPage();
        await page.goto(`${demo.url}/marketing-site/`);
        const choice = page.waitForResponse((r) => r.url() === `${demo.ledger!.url}/events` && eventOf(r.request()).event === 'choice');
        await page.click(`${BANNER} [data-action="accept-all"]`);
        expect((await choice).status()).toBe(204);
        await context.close();
      }
      const res = await fetch(`${demo.ledger!.url}/insights.json`, { headers: { authorization: `Bearer ${demo.ledger!.token}` } });
      expect(((await res.json()) as any).totals).toMatchObject({ shown: 5, choices: 5, methods: { 'accept-all': { count: 5, share: 100 } } });
    } finally {
      await demo.close();
    }
  });
});

describe('a rule that covers the ledger', () => {
  it('never holds the events, and is named once', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => void (message.text().startsWith('consentry:') && messages.push(message.text())));
    const answered = page.waitForResponse((r) => isEvent(r.request()) && eventOf(r.request()).event === 'shown');
    await page.goto(bannerUrl(site, { config: { ...config, autoblock: { other: ['ledger.test'] } } }));
    expect((await answered).status()).toBe(204);
    await expect.poll(() => messages.filter((text) => text.includes('config.autoblock.other[0]'))).toEqual([
      `consentry: config.autoblock.other[0]: covers Consentry's own ledger endpoint (http://ledger.test:${ledger.port}/events); they are never held`,
    ]);
    await context.close();
  });
});
