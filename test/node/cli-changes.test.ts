// The scanner's weekly-run parts on hand-made reports: the baseline comparison, --fail-on,
// --declared, the options' checks, and the HTML report's escaping of what it did not write.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../scanner/aggregate';
import { compareReports, parseBaseline } from '../../scanner/compare';
import { compareDeclared, declaredSource, readDeclared } from '../../scanner/declared';
import { findings, parseFailOn } from '../../scanner/findings';
import { htmlReport } from '../../scanner/report/html';
import { parseScanArgs } from '../../scanner/scan-options';
import type { PageVisit, ScanReport } from '../../scanner/types';

const dir = mkdtempSync(join(tmpdir(), 'consentry-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const visit = (url: string, parts: Partial<PageVisit>): PageVisit => ({ url, depth: 0, cookies: [], requests: [], storage: [], links: [], gates: { categories: [], services: [] }, ...parts });
const lastWeek = buildReport(
  'https://shop.example/',
  [
    visit('https://shop.example/', {
      cookies: [
        { name: '_ga', domain: '.shop.example', path: '/', party: 'first' },
        { name: 'old_id', domain: 'shop.example', path: '/', party: 'first' },
      ],
      requests: [{ url: 'https://www.google-analytics.com/g/collect', host: 'www.google-analytics.com', kind: 'beacon' }],
      storage: [{ area: 'local', origin: 'https://shop.example', key: 'theme' }],
    }),
  ],
  new Date('2026-12-01T06:00:00Z'),
);
const thisWeek = buildReport(
  'https://shop.example/',
  [
    visit('https://shop.example/', {
      cookies: [
        { name: '_ga', domain: 'shop.example', path: '/', party: 'first' },
        { name: 'AWSALB', domain: 'shop.example', path: '/', party: 'first' },
      ],
      requests: [
        { url: 'https://www.google-analytics.com/g/collect', host: 'www.google-analytics.com', kind: 'beacon' },
        { url: 'https://cdn.newtag.example/t.js', host: 'cdn.newtag.example', kind: 'script' },
      ],
      storage: [{ area: 'local', origin: 'https://shop.example', key: 'theme' }],
    }),
    visit('https://shop.example/b', { cookies: [{ name: 'AWSALB', domain: 'shop.example', path: '/', party: 'first' }] }),
  ],
  new Date('2026-12-08T06:00:00Z'),
);
const baseline = parseBaseline(JSON.stringify(lastWeek), 'last.json');

describe('compareReports', () => {
  const changes = compareReports(baseline, thisWeek);

  it('lists what is new and what is gone, by name and domain, with the pages it was seen on', () => {
    expect(changes.baseline).toEqual({ url: 'https://shop.example/', scannedAt: '2026-12-01T06:00:00.000Z', pages: 1 });
    expect(changes.cookies.new.map((cookie) => [cookie.name, cookie.pages])).toEqual([['AWSALB', ['https://shop.example/', 'https://shop.example/b']]]);
    expect(changes.cookies.gone.map((cookie) => [cookie.name, cookie.pages])).toEqual([['old_id', ['https://shop.example/']]]);
    expect(changes.hosts.new.map((host) => host.host)).toEqual(['cdn.newtag.example']);
    expect(changes.hosts.gone).toEqual([]);
    expect(changes.storage).toEqual({ new: [], gone: [] });
  });

  it('classifies what is new and what is gone alike, by today’s rules', () => {
    expect(changes.cookies.new[0]!.classification).toMatchObject({ source: 'open-cookie-database', category: 'necessary' });
    expect(changes.cookies.gone[0]!.classification).toBeUndefined();
    const old = JSON.parse(JSON.stringify(lastWeek)) as ScanReport;
    delete old.cookies[0]!.classification; // a baseline from before the dataset
    const back = compareReports(parseBaseline(JSON.stringify(old), 'old.json'), buildReport('https://shop.example/', []));
    expect(back.cookies.gone.find((cookie) => cookie.name === '_ga')!.classification).toMatchObject({ source: 'preset', preset: 'google-analytics' });
  });

  it('refuses a baseline that is not a scan report, saying why', () => {
    expect(() => parseBaseline('{', 'a.json')).toThrow(/--baseline a\.json is not valid JSON/);
    expect(() => parseBaseline('{"url":"https://x/"}', 'b.json')).toThrow(/--baseline b\.json is not a report written by consentry scan --json/);
    expect(() => parseBaseline(JSON.stringify({ ...lastWeek, cookies: [{ name: 1 }] }), 'c.json')).toThrow(/cookies: expected a list of \{name, domain\}/);
  });
});

describe('--fail-on', () => {
  it('reads the kinds, and refuses an unknown one with a suggestion', () => {
    expect(parseFailOn('new, leak,new')).toEqual(['new', 'leak']);
    expect(() => parseFailOn('nwe')).toThrow('consentry: --fail-on: "nwe" is not a kind of finding (new, unclassified, leak) (did you mean "new"?)');
    expect(() => parseFailOn(',')).toThrow(/expects one or more of new, unclassified, leak/);
  });

  it('finds what is new, what no source knows, and what needs consent but came before any', () => {
    const changes = compareReports(baseline, thisWeek);
    const kinds = (kind: 'new' | 'unclassified' | 'leak') => findings(thisWeek, [kind], changes).map((finding) => `${finding.what} ${finding.name}`);
    expect(kinds('new')).toEqual(['cookie AWSALB (shop.example)', 'host cdn.newtag.example']);
    expect(kinds('unclassified')).toEqual(['storage key theme (localStorage, https://shop.example)', 'host cdn.newtag.example']);
    expect(kinds('leak')).toEqual(['cookie _ga (shop.example)', 'host www.google-analytics.com']);
    expect(findings(thisWeek, ['leak'], changes, ['necessary', 'analytical'])).toEqual([]);
  });
});

describe('--declared', () => {
  const path = join(dir, 'consentry.json');
  writeFileSync(
    path,
    JSON.stringify({
      categories: { necessary: { cookies: [{ name: 'AWSALB' }] }, analytical: { cookies: [{ name: 'stats_*' }] }, functional: {}, other: {} },
      services: { ga: 'google-analytics', shop: { category: 'necessary', cookies: [{ name: 'cart' }] } },
    }),
  );
  const config = readDeclared(path);

  it('names what the site sets and the config leaves out, and what the config declares that no page set', () => {
    const found = buildReport('https://shop.example/', [
      visit('https://shop.example/', {
        cookies: [
          { name: 'AWSALB', domain: 'shop.example', path: '/', party: 'first' },
          { name: 'site_id', domain: 'shop.example', path: '/', party: 'first' },
          { name: 'consentry', domain: 'shop.example', path: '/', party: 'first' },
        ],
      }),
    ]);
    const after = buildReport('https://shop.example/', [visit('https://shop.example/', { cookies: [{ name: '_ga', domain: 'shop.example', path: '/', party: 'first' }, { name: 'fresh', domain: 'shop.example', path: '/', party: 'first' }] })]);
    const result = compareDeclared(config, found.cookies, after.cookies);
    // The consent cookie is Consentry's own; _ga is declared by the google-analytics preset; "fresh" came only after consent.
    expect(result.undeclared.map((cookie) => cookie.name)).toEqual(['site_id', 'fresh']);
    // The preset documents more than it sets (_gid…): only the config's own words can be stale.
    expect(result.stale).toEqual([
      { name: 'stats_*', category: 'analytical', owner: 'category "analytical"' },
      { name: 'cart', category: 'necessary', owner: 'service "shop"' },
    ]);
    expect(result.consented).toBe(true);
    expect(compareDeclared(config, found.cookies, undefined).consented).toBe(false);
  });

  it('classifies by the config what it declares', () => {
    expect(declaredSource(config)('stats_daily')).toEqual({ source: 'declared', label: 'category "analytical"', category: 'analytical' });
    expect(declaredSource(config)('cart')).toEqual({ source: 'declared', label: 'service "shop"', category: 'necessary' });
  });

  it('refuses a file it cannot read', () => {
    expect(() => readDeclared(join(dir, 'none.json'))).toThrow(/--declared .*none\.json: no such file/);
  });
});

describe('scan options', () => {
  const parse = (...args: string[]) => parseScanArgs(['https://shop.example/', ...args], 'usage');

  it('defaults to 20 pages, 3 links deep, 2 at a time', () => {
    expect(parse()).toMatchObject({ url: 'https://shop.example/', pages: 20, depth: 3, concurrency: 2, failOn: [], check: false });
  });

  it.each([
    [['--concurrency', '0'], '--concurrency expects a whole number from 1 to 8, got "0"'],
    [['--concurrency', '9'], '--concurrency expects a whole number from 1 to 8, got "9"'],
    [['--fail-on', 'new'], '--fail-on new needs --baseline FILE'],
    [['--fail-on', 'leaks'], '"leaks" is not a kind of finding (new, unclassified, leak) (did you mean "leak"?)'],
    [['--check', '--json', 'r.json', '--fail-on', 'leak'], '--check writes no report and compares nothing: leave out --json, --fail-on'],
  ])('refuses %j', (args, message) => {
    expect(() => parse(...args)).toThrow(message);
  });
});

describe('the HTML report', () => {
  it('writes what the dataset says as text, never as HTML', () => {
    const report = buildReport('https://shop.example/', [visit('https://shop.example/', { cookies: [{ name: 'AWSALB', domain: 'shop.example', path: '/', party: 'first' }] })]);
    const cookie = report.cookies[0]!;
    expect(cookie.classification?.source).toBe('open-cookie-database');
    Object.assign(cookie.classification!, { label: '<b>Vendor</b>', description: '<img src=x onerror=alert(1)>', privacyUrl: 'javascript:alert(1)' });
    const html = htmlReport(report);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Vendor');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toContain('href="javascript:');
  });
});
