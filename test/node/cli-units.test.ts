// The scanner's pure parts: classification by the presets, lifetimes, Set-Cookie parsing,
// the report, the proposed config, the crawl's order and the progress output, on hand-made inputs.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../scanner/aggregate';
import { classifyCookie, classifyUrl, cookieNameMatches } from '../../scanner/classify';
import { crawl } from '../../scanner/crawl';
import { progress } from '../../scanner/progress';
import { proposeConfig } from '../../scanner/report/config';
import { describeLifetime, describeTime } from '../../scanner/report/describe';
import { summary } from '../../scanner/report/summary';
import { isFirstParty, siteOf } from '../../scanner/site';
import type { PageVisit } from '../../scanner/types';
import { parseSetCookie } from '../../scanner/visit';
import { validateConfig } from '../../src/manager/validate';

describe('classification by the preset database', () => {
  it.each([
    ['https://www.google-analytics.com/analytics.js', 'google-analytics'],
    ['http://region1.google-analytics.com:8443/g/collect', 'google-analytics'],
    ['https://www.googletagmanager.com/gtag/js?id=AW-1', 'google-ads'],
    ['https://www.googletagmanager.com/gtm.js?id=GTM-1', 'google-tag-manager'],
    ['https://www.facebook.com/tr?id=1', 'meta-pixel'],
    ['https://www.facebook.com/plugins/like.php', 'facebook-social'],
    ['https://s.pinimg.com/ct/core.js', 'pinterest-tag'],
    ['wss://ws.hotjar.com/socket', 'hotjar'],
  ])('%s is %s', (url, preset) => {
    expect(classifyUrl(url)?.preset).toBe(preset);
  });

  it('leaves what no preset knows unclassified', () => {
    for (const url of ['https://cdn.example.net/x.js', 'https://www.googletagmanager.com/gtag/js?id=GT-1', 'https://s.pinimg.com/images/x.png', 'not a url']) expect(classifyUrl(url), url).toBeUndefined();
  });

  it('classifies cookies by first-party name, by who set them, and by the vendor’s own domain', () => {
    expect(classifyCookie({ name: '_ga_ABC', domain: 'site.test', party: 'first' })?.preset).toBe('google-analytics');
    expect(classifyCookie({ name: 'x', domain: 'site.test', party: 'first', setBy: [{ url: 'https://static.hotjar.com/c/h.js' }] })?.preset).toBe('hotjar');
    expect(classifyCookie({ name: 'IDE', domain: '.doubleclick.net', party: 'third' })?.preset).toBe('google-ads');
    expect(classifyCookie({ name: 'datr', domain: '.facebook.com', party: 'third' })?.preset).toBe('meta-pixel');
    expect(classifyCookie({ name: 'vuid', domain: '.vimeo.com', party: 'third' })?.preset).toBe('vimeo');
    // A first-party name on a third-party domain is not that preset's cookie.
    expect(classifyCookie({ name: '_ga', domain: '.unknown.example', party: 'third' })).toBeUndefined();
    expect(classifyCookie({ name: 'session', domain: 'site.test', party: 'first' })).toBeUndefined();
  });

  it('matches cookie patterns with * at either end only', () => {
    expect(cookieNameMatches('_ga_*', '_ga_X')).toBe(true);
    expect(cookieNameMatches('_ga_*', '_ga')).toBe(false);
    expect(cookieNameMatches('*_id', 'visitor_id')).toBe(true);
    expect(cookieNameMatches('_fbp', '_fbp2')).toBe(false);
  });
});

describe('the site and its parties', () => {
  it('counts the host without www and its subdomains as first party', () => {
    const site = siteOf('https://www.shop.example/a');
    expect(site).toBe('shop.example');
    expect(['shop.example', 'www.shop.example', '.shop.example', 'cdn.shop.example'].map((host) => isFirstParty(host, site))).toEqual([true, true, true, true]);
    expect(['example', 'othershop.example', 'shop.example.evil.test'].map((host) => isFirstParty(host, site))).toEqual([true, false, false]);
  });
});

describe('lifetimes and Set-Cookie headers', () => {
  it.each([
    [undefined, 'session'],
    [45 * 60, '45 minutes'],
    [86400, '24 hours'],
    [90 * 86400, '3 months'],
    [400 * 86400, '13 months'],
    [730 * 86400, '2 years'],
  ])('%s seconds read as %s', (seconds, text) => {
    expect(describeLifetime(seconds)).toBe(text);
  });

  it('writes a report’s time as a person reads it (issue 24)', () => {
    expect(describeTime('2026-12-01T09:05:00.000Z')).toBe('1 December 2026 at 09:05 UTC');
  });

  it('reads name, domain, path and lifetime from a Set-Cookie header', () => {
    expect(parseSetCookie('IDE=abc; Max-Age=3600; Domain=doubleclick.net; Path=/x; Secure; SameSite=None', 'https://ad.doubleclick.net/p')).toEqual({
      name: 'IDE',
      domain: '.doubleclick.net',
      path: '/x',
      lifetimeSeconds: 3600,
    });
    expect(parseSetCookie('s=1', 'https://vendor.example/a')).toEqual({ name: 's', domain: 'vendor.example', path: '/' });
  });
});

const visit = (url: string, parts: Partial<PageVisit>): PageVisit => ({ url, depth: 0, cookies: [], requests: [], storage: [], links: [], gates: { categories: [], services: [] }, ...parts });

describe('the report and the proposed config', () => {
  const report = buildReport('https://shop.example/', [
    visit('https://shop.example/', {
      cookies: [
        { name: '_ga', domain: '.shop.example', path: '/', party: 'first', lifetimeSeconds: 400 * 86400 },
        { name: 'cart', domain: 'shop.example', path: '/', party: 'first' },
      ],
      requests: [
        { url: 'https://www.google-analytics.com/g/collect', host: 'www.google-analytics.com', kind: 'beacon' },
        { url: 'https://cdn.tracker.example/t.js', host: 'cdn.tracker.example', kind: 'script' },
        { url: 'https://px.tracker.example/p.gif', host: 'px.tracker.example', kind: 'image' },
        { url: 'https://js.stripe.com/v3/', host: 'js.stripe.com', kind: 'script' },
      ],
    }),
    visit('https://shop.example/b', { requests: [{ url: 'https://cdn.tracker.example/t.js', host: 'cdn.tracker.example', kind: 'script' }] }),
  ]);

  it('merges hosts across pages and names the pages each was seen on', () => {
    expect(report.hosts.find((host) => host.host === 'cdn.tracker.example')).toMatchObject({ count: 2, pages: ['https://shop.example/', 'https://shop.example/b'] });
    expect(report.unclassified).toEqual({ hosts: ['cdn.tracker.example', 'px.tracker.example'], cookies: ['cart'], storage: [] });
    expect(summary(report)).toContain('host cdn.tracker.example (script; 2 requests)');
  });

  it('proposes services by preset, the found cookies per category, autoblock for unclassified script hosts only; the validator accepts it', () => {
    const config = proposeConfig(report);
    expect(config).toEqual({
      categories: {
        necessary: {},
        analytical: { cookies: [{ name: '_ga', provider: 'Google Ireland Limited', duration: '2 years', description: 'Tells visitors apart with a random ID.' }] },
        functional: {},
        other: {},
      },
      services: { 'google-analytics': 'google-analytics', stripe: 'stripe' },
      autoblock: { other: ['cdn.tracker.example'] },
      googleConsentMode: true,
    });
    expect(validateConfig(config)).toEqual([]);
  });

  it('proposes every category gated markup uses, and the presets data-service names, never fewer than the defaults (issue 24)', () => {
    const gated = buildReport('https://shop.example/', [
      visit('https://shop.example/', { gates: { categories: ['functional', 'marketing', 'analytical,other'], services: ['youtube', 'own-video'] } }),
    ]);
    const config = proposeConfig(gated);
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytical', 'functional', 'other', 'marketing']);
    expect(config.services).toEqual({ youtube: 'youtube' });
    expect(validateConfig(config)).toEqual([]);
    expect(proposeConfig(buildReport('https://shop.example/', []))).toEqual({ categories: { necessary: {}, analytical: {}, functional: {}, other: {} }, services: {} });
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, columns: 60, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
  };

  it('draws a bar in place on a terminal, with a "+" while more pages may be found', () => {
    const { written, stream: tty } = stream(true);
    const bar = progress(tty);
    bar.page(2, 4, false, 'https://shop.example/');
    bar.page(3, 4, true, 'https://shop.example/b');
    bar.done();
    expect(written[0]).toMatch(/^\r\x1b\[K\[#{6}\.{18}\] 2\/4\+ https:\/\/shop\.example\/$/);
    expect(written[1]).toMatch(/\] 3\/4 https:\/\/shop\.example\/b$/);
    expect(written[2]).toBe('\r\x1b[K');
  });

  it('writes one plain line per page otherwise', () => {
    const { written, stream: pipe } = stream(false);
    progress(pipe).page(2, 3, false, 'https://shop.example/b');
    progress(pipe).page(3, 3, true, 'https://shop.example/c');
    expect(written).toEqual(['consentry: page 2 of 3 found so far: https://shop.example/b\n', 'consentry: page 3 of 3: https://shop.example/c\n']);
  });
});

describe('the crawl', () => {
  /** A site as a map of page → links; `redirects` maps a path to where it lands. */
  const site: Record<string, string[]> = { '/': ['/a', '/b', '/c'], '/a': ['/d', '/'], '/b': ['/d', '/e'], '/c': [], '/d': ['/f'], '/e': [], '/f': [] };
  const url = (path: string) => 'https://shop.example' + path;
  const lines: string[] = [];
  const recorder = { page: (n: number, total: number, final: boolean, page: string) => void lines.push(`${n}/${total}${final ? '' : '+'} ${page}`), done() {} };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  function visitor(redirects: Record<string, string> = {}) {
    const state = { running: 0, most: 0 };
    const visit = async (page: string) => {
      state.running++;
      state.most = Math.max(state.most, state.running);
      await sleep(Math.random() * 15);
      state.running--;
      const path = redirects[new URL(page).pathname] ?? new URL(page).pathname;
      return { url: url(path), links: (site[path] ?? []).map(url) };
    };
    return { visit, state };
  }

  it('visits the same pages in the same order at any concurrency, never more at once than asked', async () => {
    const orders: string[][] = [];
    for (const concurrency of [1, 2, 3]) {
      const { visit, state } = visitor();
      const pages = await crawl(url('/'), { pages: 20, depth: 3, concurrency }, visit, recorder);
      orders.push(pages.map((page) => new URL(page.url).pathname));
      expect(state.most).toBe(concurrency);
    }
    expect(orders).toEqual([['/', '/a', '/b', '/c', '/d', '/e', '/f'], ...Array(2).fill(['/', '/a', '/b', '/c', '/d', '/e', '/f'])]);
  });

  it('keeps to --pages and --depth', async () => {
    const shallow = await crawl(url('/'), { pages: 20, depth: 1, concurrency: 2 }, visitor().visit, recorder);
    expect(shallow.map((page) => new URL(page.url).pathname)).toEqual(['/', '/a', '/b', '/c']);
    const few = await crawl(url('/'), { pages: 3, depth: 3, concurrency: 2 }, visitor().visit, recorder);
    expect(few.map((page) => new URL(page.url).pathname)).toEqual(['/', '/a', '/b']);
  });

  it('counts pages right: a total is marked as found so far until no more can be found (issue 24)', async () => {
    lines.length = 0;
    await crawl(url('/'), { pages: 20, depth: 1, concurrency: 2 }, visitor().visit, recorder);
    expect(lines).toEqual(['1/1+ https://shop.example/', '2/4 https://shop.example/a', '3/4 https://shop.example/b', '4/4 https://shop.example/c']);
    lines.length = 0;
    await crawl(url('/'), { pages: 5, depth: 3, concurrency: 2 }, visitor().visit, recorder);
    expect(lines.at(-1)).toBe('5/5 https://shop.example/d');
    expect(lines.filter((line) => !line.includes('+')).map((line) => line.split(' ')[0])).toEqual(['5/5']);
  });

  it('takes a page that redirects as the page it lands on, once (issue 24)', async () => {
    const { visit } = visitor({ '/': '/c', '/e': '/a' });
    const pages = await crawl(url('/'), { pages: 20, depth: 3, concurrency: 2 }, async (page) => ({ ...(await visit(page)), requested: page }), recorder);
    // "/" lands on "/c", which links nowhere; with "/" itself never visited, nothing else is found.
    expect(pages.map((page) => new URL(page.url).pathname)).toEqual(['/c']);
    const rooted = await crawl(url('/b'), { pages: 20, depth: 3, concurrency: 2 }, visitor({ '/e': '/d' }).visit, recorder);
    // "/b" links to "/d" and to "/e", which lands on "/d": one page.
    expect(rooted.map((page) => new URL(page.url).pathname)).toEqual(['/b', '/d', '/f']);
  });
});
