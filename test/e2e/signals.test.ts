// Consent Mode order, Global Privacy Control, regional modes and proof of consent, in Chromium.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLedger } from '../../server/ledger-server.js';
import { silentLogger } from '../../server/ops/log.js';
import { launch } from '../helpers/browser';
import { serveSite, type Served } from '../helpers/server';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let dataDir: string;
let receiverPort: number;
const sites: Record<string, Served> = {};

beforeAll(async () => {
  browser = await launch();
  receiverPort = 20000 + Math.floor(Math.random() * 20000);
  const receiver = `http://receiver.test:${receiverPort}`;
  for (const region of ['US', 'DE', '']) sites[region] = await serveSite(process.cwd(), { vars: { receiver, region } });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(sites).map((site) => site.close()));
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  dataDir = await mkdtemp(join(tmpdir(), 'consentry-receipts-'));
});
afterEach(async () => {
  await context.close();
  await rm(dataDir, { recursive: true, force: true });
});

const open = (region = '') => page.goto(`${sites[region]!.url}/test/e2e/fixtures/signals.html`);
const withGpc = () => context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
const dataLayer = () => page.evaluate(() => (window as unknown as { dataLayer: unknown[] }).dataLayer.map((e) => ((e as { event?: string }).event ?? Array.from(e as ArrayLike<unknown>).slice(0, 2).join(' '))));
const seenByTag = () => page.evaluate(() => (window as unknown as { seenByTag?: string[] }).seenByTag);

describe('Google Consent Mode', () => {
  // Without a region from the server, a second default tells Google that US visitors start granted.
  const DEFAULTS = ['consent default', 'consent default'];

  it('pushes the defaults before anything else, and the update before the gated tag runs', async () => {
    await open();
    expect(await dataLayer()).toEqual(DEFAULTS);
    await page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(seenByTag).toEqual([...DEFAULTS, 'consent update', 'consentry_update']);
  });

  it('does the same on a page load with a stored choice', async () => {
    await open();
    await page.evaluate(() => Consentry!.set({ analytical: true }));
    await open();
    await expect.poll(seenByTag).toEqual([...DEFAULTS, 'consent update', 'consentry_update']);
    const update = await page.evaluate(() => Array.from((window as unknown as { dataLayer: IArguments[] }).dataLayer[2]!));
    expect(update).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' })]);
  });
});

describe('regions and Global Privacy Control', () => {
  it('runs opt-out mode for the region the loader tag names', async () => {
    await open('US');
    await expect.poll(seenByTag).toEqual(['consent default', 'consent update', 'consentry_update']);
    expect(await page.evaluate(() => [Consentry!.config.mode, Consentry!.get()])).toEqual(['opt-out', null]);
  });

  it('stays opt-in for another region', async () => {
    await open('DE');
    await page.waitForTimeout(200);
    expect(await seenByTag()).toBeUndefined();
    expect(await page.evaluate(() => Consentry!.config.mode)).toBe('opt-in');
  });

  it('in opt-out mode, GPC refuses "other" without a prompt and records it', async () => {
    await withGpc();
    const shown: string[] = [];
    await page.exposeFunction('__shown', (view: string) => shown.push(view));
    await page.addInitScript(() => addEventListener('consentry:show', (event) => (window as unknown as { __shown(view: string): void }).__shown((event as CustomEvent).detail.view)));
    await open('US');
    // Made once the manager has checked this first visit's config (it comes after the parser's task).
    await expect.poll(() => page.evaluate(() => Consentry!.get())).toMatchObject({ method: 'gpc', gpc: true, categories: { analytical: true, other: false } });
    // The manager writes the choice (it comes in the banner's chunk), but no view opens.
    await expect.poll(() => context.cookies().then((cookies) => cookies.map((cookie) => cookie.name))).toContain('consentry');
    expect(shown).toEqual([]);
    const update = await page.evaluate(() => Array.from((window as unknown as { dataLayer: IArguments[] }).dataLayer).map((e) => Array.from(e)).find((e) => e[1] === 'update'));
    expect(update?.[2]).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
  });

  it('in opt-in mode, GPC keeps "other" off and the choice records the signal', async () => {
    await withGpc();
    await open('DE');
    expect(await page.evaluate(() => [Consentry!.get(), Consentry!.accepted('other')])).toEqual([null, false]);
    await page.evaluate(() => Consentry!.set({ analytical: true }, 'custom'));
    expect(await page.evaluate(() => Consentry!.get())).toMatchObject({ gpc: true, method: 'custom', categories: { other: false } });
  });
});

describe('proof of consent', () => {
  const token = 'e2e-'.padEnd(40, 'x');
  const exported = async () =>
    (await fetch(`http://127.0.0.1:${receiverPort}/export?format=json`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<{ receipt: { record: { method: string } } }[]>;
  // A migrated embedded database made once and copied for each test: PGlite's first start
  // creates the database, which takes seconds on a busy machine; a copy takes milliseconds.
  let template: string;
  beforeAll(async () => {
    template = await mkdtemp(join(tmpdir(), 'consentry-ledger-template-'));
    await (await startLedger({ port: 0, dataDir: template, token, log: silentLogger })).close();
  });
  afterAll(() => rm(template, { recursive: true, force: true }));
  const startReceiver = async () => {
    await cp(template, dataDir, { recursive: true });
    return startLedger({ port: receiverPort, dataDir, token, log: silentLogger });
  };

  it('reaches the ledger exactly once per choice', async () => {
    const receiver = await startReceiver();
    try {
      await open();
      await page.evaluate(() => Consentry!.set({ analytical: true }, 'custom'));
      // Withdrawing analytics after its tag ran reloads the page (reloadOnRevoke): let that
      // reload end before navigating again, or the two navigations collide.
      const reloaded = page.waitForEvent('load');
      await page.evaluate(() => Consentry!.rejectAll());
      await reloaded;
      await expect.poll(async () => (await exported()).length, { timeout: 10_000 }).toBe(2);
      await open();
      await page.waitForTimeout(300);
      const receipts = await exported();
      expect(receipts.map((entry) => entry.receipt.record.method)).toEqual(['custom', 'reject-all']);
      expect(await page.evaluate(() => localStorage.getItem('consentry:receipts'))).toBe('[]');
    } finally {
      await receiver.close();
    }
  });

  it('keeps a receipt the ledger missed and delivers it on the next page load, once', async () => {
    await open();
    await page.evaluate(() => Consentry!.acceptAll());
    await page.waitForTimeout(300);
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('consentry:receipts')))!)).toHaveLength(1);
    const receiver = await startReceiver();
    try {
      await open();
      await expect.poll(async () => (await exported()).length, { timeout: 10_000 }).toBe(1);
      await open();
      await page.waitForTimeout(300);
      expect((await exported()).map((entry) => entry.receipt.record.method)).toEqual(['accept-all']);
    } finally {
      await receiver.close();
    }
  });
});
