// The privacy suite in Chromium, Firefox and WebKit: what reached the tracker's server,
// before a choice, after Reject all, after Accept all, after withdrawal and reset().
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { afterReload, describeEngines, sleep, startWeb, type EnginePage, type Web } from '../helpers/engines';
import { seen, serveSite, serveTracker, type Served, type Tracker } from '../helpers/server';

let web: Web;
let site: Served;
let tracker: Tracker;
const nonce = randomBytes(16).toString('base64');

beforeAll(async () => {
  [web, tracker] = await Promise.all([startWeb(), serveTracker()]);
  site = await serveSite(process.cwd(), {
    vars: { tracker: tracker.url, ads: tracker.url.replace('tracker.test', 'ads.tracker.test'), nonce },
    // No 'strict-dynamic': every script must carry the nonce or come from this origin.
    headers: (path): Record<string, string> => (path.endsWith('/strict-csp.html') ? { 'content-security-policy': `script-src 'self' 'nonce-${nonce}'; object-src 'none'; base-uri 'none'` } : {}),
  });
});
afterAll(async () => {
  await Promise.all([web?.close(), site?.close(), tracker?.close()]);
});
beforeEach(() => {
  tracker.log.length = 0;
});

const PAGE = '/test/engines/fixtures/privacy.html';
/** The markup <script src> the preload scanner may fetch before any script runs (SPEC §8): fetched, never run. */
const PRELOADED = 'ads.tracker.test/parser.js?name=parser';
/** What Accept all loads from the tracker. */
const LOADED = [
  '/stats.js?name=stats&delay=200&cookie=_stats_id&pagehide=/leave',
  '/module.js?name=module',
  '/pixel.gif',
  '/embed.html',
  'ads.tracker.test/dynamic.js?name=dynamic&cookie=_ads',
  'ads.tracker.test/script-pixel.gif',
];
const requests = () => seen(tracker).filter((path) => path !== PRELOADED);
/** Gives the browser time to send anything it was going to send. */
const settle = () => sleep(300);
const ran = (page: EnginePage) => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);
const open = async (page: EnginePage, path = PAGE) => page.goto(site.url + path);
/** Withdraws from a timer, so the call returns before the reload it causes. */
const withdraw = (page: EnginePage, how: 'rejectAll' | 'reset') =>
  afterReload(page, () => page.evaluate(new Function(`setTimeout(() => Consentry.${how}(), 0)`) as () => void));

describeEngines('privacy', () => web.proxy, (t) => {
  t.it('before a choice: nothing reaches the tracker (script, pixel, beacon, fetch, XHR, iframe), no cookie, nothing gated or autoblocked runs', async () => {
    await open(t.page);
    await settle();
    expect(requests()).toEqual([]);
    expect(await t.page.cookies()).toEqual([]);
    expect(await ran(t.page)).toEqual([]);
  });

  t.it('Reject all, clicked in the banner: nothing reaches the tracker, only "!analytical" runs, and the next visit stays so', async () => {
    await open(t.page);
    await t.page.clickInBanner('button[data-action="reject-all"]');
    await expect.poll(() => ran(t.page)).toEqual(['analytical-refused']);
    await settle();
    expect(requests()).toEqual([]);
    expect(await t.page.cookies()).toEqual(['consentry']);
    await open(t.page);
    await settle();
    expect(requests()).toEqual([]);
    expect(await ran(t.page)).toEqual(['analytical-refused']);
  });

  t.it('Accept all, clicked in the banner: each gated script runs once, in order; pixel, embed and the autoblocked script load; held fetch, XHR and beacon are never sent', async () => {
    await open(t.page);
    await t.page.clickInBanner('button[data-action="accept-all"]');
    await expect.poll(() => ran(t.page)).toEqual(['stats', 'inline-after-stats', 'module', 'analytical+other', 'dynamic', 'parser']);
    await expect.poll(() => requests().sort()).toEqual(
      [
...LOADED].sort(),
    );
    await settle();
    expect(await ran(t.page)).toHaveLength(6);
    expect(requests().filter((path) => /beacon|fetch|xhr/.test(path))).toEqual([]);
    expect(await t.page.cookies()).toEqual(['_ads', '_stats_id', 'consentry']);
  });

  // The analytics tag sends a beacon when the page is left: after a withdrawal, the reload it
  // causes must not carry it to the tracker (issue 24, item 5): the hosts a released tag came
  // from are held again with its category.
  t.it('withdrawal after Accept all: the page reloads, declared cookies are gone, and the tracker log gets nothing new, not even the tag’s pagehide beacon', async () => {
    await open(t.page);
    await t.page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(() => t.page.cookies()).toEqual(['_ads', '_stats_id', 'consentry']);
    await expect.poll(requests).toEqual(expect.arrayContaining(LOADED));
    tracker.log.length = 0;
    await withdraw(t.page, 'rejectAll');
    await settle();
    expect(requests()).toEqual([]);
    expect(await t.page.cookies()).toEqual(['consentry']);
    expect(await ran(t.page)).toEqual(['analytical-refused']);
  });

  t.it('reset() after Accept all: the page reloads, no cookie is left, and neither then nor on the next visit does the tracker get anything', async () => {
    await open(t.page);
    await t.page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(requests).toEqual(expect.arrayContaining(LOADED));
    // Every script has run (a cookie set by one still on its way after reset() is that script's).
    await expect.poll(() => t.page.cookies()).toEqual(['_ads', '_stats_id', 'consentry']);
    tracker.log.length = 0;
    await withdraw(t.page, 'reset');
    await settle();
    expect(requests()).toEqual([]);
    expect(await t.page.cookies()).toEqual([]);
    await open(t.page);
    await settle();
    expect(requests()).toEqual([]);
    expect(await ran(t.page)).toEqual([]);
  });

  t.it('a returning visit after Accept all loads everything granted, the tagged iframe included; leaving with consent sends the tag’s beacon (the control)', async () => {
    await open(t.page);
    await t.page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(requests).toEqual(expect.arrayContaining(LOADED));
    await expect.poll(() => ran(t.page)).toContain('stats');
    tracker.log.length = 0;
    await open(t.page);
    await expect.poll(requests).toContain('/leave');
    // Granted hosts are not held on this visit, so the untagged scripts run as the parser meets them.
    await expect.poll(async () => (await ran(t.page)).sort()).toEqual(['analytical+other', 'dynamic', 'inline-after-stats', 'module', 'parser', 'stats']);
    // The scripts ran (above); WebKit may take them from its memory cache, so the server is
    // asked only for what cannot come from there: the pixels and the frame.
    await expect.poll(requests).toEqual(expect.arrayContaining(['/pixel.gif', '/embed.html', 'ads.tracker.test/script-pixel.gif']));
  });

  t.it('withdrawal on a returning visit: the page reloads and the tracker log gets nothing new', async () => {
    await open(t.page);
    await t.page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(requests).toEqual(expect.arrayContaining(LOADED));
    await open(t.page);
    await expect.poll(() => ran(t.page)).toContain('dynamic');
    await settle();
    tracker.log.length = 0;
    await withdraw(t.page, 'rejectAll');
    await settle();
    expect(requests()).toEqual([]);
    expect(await t.page.cookies()).toEqual(['consentry']);
  });

  t.it('a config with one broken entry (a misspelt autoblock category): its host gets nothing before a choice or after Accept all', async () => {
    await open(t.page, '/test/engines/fixtures/broken-config.html');
    await settle();
    expect(seen(tracker)).toEqual([]);
    await t.page.clickInBanner('button[data-action="accept-all"]');
    await settle();
    expect(seen(tracker)).toEqual([]);
    expect(await ran(t.page)).toEqual([]);
  });

  t.it("under a nonce policy without 'strict-dynamic', gated scripts keep the nonce and run (inline, external, module)", async () => {
    await open(t.page, '/test/engines/fixtures/strict-csp.html');
    expect(await ran(t.page)).toEqual([]);
    await t.page.evaluate(() => Consentry!.acceptAll());
    await expect.poll(() => ran(t.page)).toEqual(['external', 'inline', 'module']);
    expect(await t.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    // The control: this engine does refuse a script without the nonce, so a lost one is caught.
    const reported = t.page.errors?.length ?? 0;
    const refused = await t.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = '(window.__ran = window.__ran || []).push("no-nonce")';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __violations: string[] }).__violations.length;
    });
    expect([refused, await ran(t.page)]).toEqual([1, ['external', 'inline', 'module']]);
    // Firefox also reports the control's refusal as a page error: that one was asked for.
    await sleep(100);
    t.page.errors?.splice(reported).forEach((message) => expect(message).toMatch(/^Content-Security-Policy: .*blocked an inline script/));
  });
});
