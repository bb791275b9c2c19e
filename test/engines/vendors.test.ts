// The vendor-snippet suite: each vendor's published snippet, pasted as is on a page configured
// only with `services` presets, against fake vendor servers on loopback, in three engines.
// Judged by the vendor servers' logs: nothing before consent, after Reject all or after
// withdrawal; the tag fully working after Accept all on the same page and on the next visit.
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { describeEngines, sleep, startWeb, type EnginePage, type Web } from '../helpers/engines';
import { serveSite, type Served } from '../helpers/server';
import { serveVendors, VENDORS, type Vendor, type VendorServer } from './vendors';
import { vendorPage } from './vendors/server';

let web: Web;
let site: Served;
let vendors: VendorServer;

beforeAll(async () => {
  web = await startWeb();
  vendors = await serveVendors(VENDORS, web);
  const routes = Object.fromEntries(
    VENDORS.map((vendor) => [`/vendors/${vendor.id}.html`, (_: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(vendorPage(vendor))]),
  );
  site = await serveSite(process.cwd(), { routes });
});
afterAll(async () => {
  await Promise.all([web?.close(), site?.close(), vendors?.close()]);
});
beforeEach(() => {
  vendors.log.length = 0;
});

/** A load (script, frame) that arrives this long after a withdrawal was asked for after it. */
const GRACE_MS = 300;
/**
 * A ping from a cross-origin frame sent this soon after withdrawal was already under way:
 * the frame runs in a process of its own, and the engine tears its document down only after
 * the page has blanked it (measured here, on a loaded 2-core machine: up to ~300 ms in
 * Chromium and Firefox). Its address asked for again is a leak at any time.
 */
const FRAME_GRACE_MS = 500;
/** Gives the browser time to send anything it was going to send. */
const settle = () => sleep(300);
const urls = (since = 0) => vendors.log.filter((entry) => entry.at > since).map((entry) => entry.url);
const ran = (page: EnginePage) => page.evaluate(() => (window as unknown as { __vendors?: string[] }).__vendors ?? []);
const open = (page: EnginePage, vendor: Vendor) => page.goto(`${site.url}/vendors/${vendor.id}.html`);
/**
 * Requests that show the tag is up: every `works` prefix seen since `since`. With `cached`,
 * the vendor's own files may come from the engine's memory cache (WebKit reuses them across
 * a same-tab navigation despite no-store); what they send still has to arrive.
 */
const working = (vendor: Vendor, since = 0, cached = false) =>
  vendor.works.filter((prefix) => (cached && Object.keys(vendor.files).some((file) => prefix.startsWith(file))) || urls(since).some((url) => url.startsWith(prefix)));
/** What reached a vendor, less the markup <script src> the preload scanner may fetch. */
const leaks = (vendor: Vendor, since = 0) => urls(since).filter((url) => !vendor.preloadable?.includes(url));
/**
 * What reached a vendor after a withdrawal at `at` (page clock): pings by the time they
 * left, loads by arrival; less the preload scanner's fetch of markup on the reloaded page.
 */
const leaksAfter = (vendor: Vendor, at: number) =>
  vendors.log
    .filter(({ url }) => !vendor.preloadable?.includes(url))
    .filter(({ url, at: arrived }) => {
      const sent = /[?&]t=(\d+)$/.exec(url)?.[1];
      return sent ? Number(sent) >= at + (vendor.framed ? FRAME_GRACE_MS : 0) : arrived > at + GRACE_MS;
    })
    .map(({ url }) => url);

/**
 * Withdraws everything from a timer (the call may reload the page), waits for the page to
 * settle, and returns when, by the page's clock, the withdrawal happened (kept in
 * sessionStorage across the reload).
 */
async function withdraw(page: EnginePage): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __beforeWithdrawal: boolean }).__beforeWithdrawal = true;
    setTimeout(() => {
      // The withdrawal starts a new millisecond: a ping sent before it (a vendor's timer in
      // the same millisecond) cannot carry its time, and every ping after it does or later.
      const start = Date.now();
      let at = start;
      while (at === start) at = Date.now();
      sessionStorage.setItem('withdrawnAt', String(at));
      Consentry!.rejectAll();
    }, 0);
  });
  await sleep(500);
  await expect.poll(() => page.evaluate(() => document.readyState).catch(() => 'navigating')).toBe('complete');
  await settle();
  const at = Number(await page.evaluate(() => sessionStorage.getItem('withdrawnAt')));
  expect(at, 'the time of withdrawal, kept across the reload').toBeGreaterThan(0);
  // On a page reloaded by the withdrawal, nothing of the vendor's may run again.
  if (!(await page.evaluate(() => (window as unknown as { __beforeWithdrawal?: boolean }).__beforeWithdrawal))) expect(await ran(page)).toEqual([]);
  return at;
}

async function acceptAllWorks(page: EnginePage, vendor: Vendor, since: number, cached = false) {
  await expect.poll(() => working(vendor, since, cached), { timeout: 5_000 }).toEqual(vendor.works);
  await expect.poll(() => ran(page)).toEqual(expect.arrayContaining(vendor.ran));
  for (const cookie of vendor.cookies) await expect.poll(() => page.cookies()).toContain(cookie);
}

describeEngines('vendor snippets', () => web.proxy, (t) => {
  for (const vendor of VENDORS) {
    const preload = vendor.preloadable ? ' (its untagged markup may be fetched by the browser, never run)' : '';
    t.it(`${vendor.title}: before a choice and after Reject all, nothing reaches the vendor${preload} and its library never runs`, async () => {
      await open(t.page, vendor);
      await settle();
      expect(leaks(vendor)).toEqual([]);
      expect(await ran(t.page)).toEqual([]);
      await t.page.clickInBanner('button[data-action="reject-all"]');
      await settle();
      expect(leaks(vendor)).toEqual([]);
      expect(await ran(t.page)).toEqual([]);
      expect(await t.page.cookies()).toEqual(['consentry']);
    });

    t.it(`${vendor.title}: Accept all in the banner makes the tag work on that same page; after withdrawal nothing more arrives and its cookies are deleted`, async () => {
      await open(t.page, vendor);
      await settle();
      const before = leaks(vendor);
      await t.page.clickInBanner('button[data-action="accept-all"]');
      await acceptAllWorks(t.page, vendor, 0);
      expect(before).toEqual([]);
      const withdrawnAt = await withdraw(t.page);
      expect(leaksAfter(vendor, withdrawnAt)).toEqual([]);
      expect(await t.page.cookies()).toEqual(['consentry']);
    });

    t.it(`${vendor.title}: on a returning visit after Accept all the tag works; after withdrawal nothing more arrives and its cookies are deleted`, async () => {
      await open(t.page, vendor);
      await t.page.evaluate(() => Consentry!.acceptAll());
      await sleep(200);
      const returning = Date.now();
      await open(t.page, vendor);
      await acceptAllWorks(t.page, vendor, returning, true);
      const withdrawnAt = await withdraw(t.page);
      expect(leaksAfter(vendor, withdrawnAt)).toEqual([]);
      expect(await t.page.cookies()).toEqual(['consentry']);
    });
  }
});
