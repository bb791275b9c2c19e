// The Open Cookie Database as the scanner ships it: the vendored CSV unchanged from upstream,
// the generated table exactly what the generator writes from it and well-formed, its
// categories mapped, looked up by the documented rules after the presets, and never in a
// browser bundle.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyCookie, classifyStorage } from '../../scanner/classification';
import { lookupDataset } from '../../scanner/cookie-database';
import { CATEGORIES, COOKIES, SOURCE, VENDORS } from '../../scanner/data/cookie-database';
import { CATEGORY_MAP, CSV_PATH, parseCsv, renderCookieTable, SOURCE as GENERATOR_SOURCE, TABLE_PATH } from '../../scripts/cookie-database/generate.mjs';

const csv = readFileSync(CSV_PATH, 'utf8');

describe('the vendored dataset and the generated table', () => {
  it('vendors the CSV exactly as upstream has it at the recorded commit, beside its Apache 2.0 licence', () => {
    expect(createHash('sha256').update(readFileSync(CSV_PATH)).digest('hex')).toBe(GENERATOR_SOURCE.sha256);
    expect(GENERATOR_SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(readFileSync('scripts/cookie-database/LICENSE', 'utf8')).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
  });

  it(`is up to date (run \`node scripts/cookie-database/generate.mjs\`)`, () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(renderCookieTable(csv));
  });

  it('maps every category the dataset uses to one of Consentry’s', () => {
    const used = new Set(parseCsv(csv).slice(1).map((row) => row[2]));
    expect([...used].filter((category) => !(category! in CATEGORY_MAP))).toEqual([]);
    expect(Object.values(CATEGORIES).every((category) => ['necessary', 'analytical', 'functional', 'other'].includes(category))).toBe(true);
    expect(CATEGORIES).toEqual(CATEGORY_MAP);
  });

  it('documents the mapping in docs/scanner.md as the code has it', () => {
    const rows = [...readFileSync('docs/scanner.md', 'utf8').matchAll(/^\| (\w+) \| (necessary|analytical|functional|other) \|/gm)].map((match) => [match[1], match[2]]);
    expect(Object.fromEntries(rows)).toEqual(CATEGORY_MAP);
  });

  it('is well-formed: every entry a name, a vendor, a mapped category, host names, an id; links http(s) only', () => {
    expect(SOURCE).toEqual(GENERATOR_SOURCE);
    expect(COOKIES.length).toBeGreaterThan(2000);
    const malformed = COOKIES.filter(
      ([pattern, vendor, category, domains, , , id]) =>
        !pattern ||
        /^\*|\*./.test(pattern) ||
        pattern.trim() !== pattern ||
        !VENDORS[vendor] ||
        !CATEGORIES[category] ||
        !domains.split(' ').every((host) => host === '' || /^[a-z\d-]+(\.[a-z\d-]+)+$/.test(host)) ||
        !/^[0-9a-f-]{36}$/i.test(id),
    );
    expect(malformed).toEqual([]);
    expect(VENDORS.filter(([label, , link]) => !label.trim() && !link).length).toBeLessThan(VENDORS.length);
    expect(VENDORS.filter(([, , link]) => link && !/^https?:\/\/[^\s"<>]+$/i.test(link))).toEqual([]);
    expect(new Set(COOKIES.map((row) => row[6])).size).toBe(COOKIES.length);
  });

  it('ships with its licence: the scanner names it, and it lies beside it', () => {
    expect(readFileSync('scanner/dist/consentry-scan.mjs', 'utf8').split('\n')[1]).toContain('Open Cookie Database, Apache-2.0 (open-cookie-database.LICENSE.txt)');
    const shipped = readFileSync('scanner/dist/open-cookie-database.LICENSE.txt', 'utf8');
    expect(shipped).toContain('Changed from the original');
    expect(shipped).toContain(readFileSync('scripts/cookie-database/LICENSE', 'utf8'));
  });

  it('never reaches the SDK: only the scanner (consentry-scan) carries it, no file of dist/', () => {
    const marker = 'Registers which server-cluster is serving the visitor';
    expect(readFileSync('scanner/dist/consentry-scan.mjs', 'utf8')).toContain(marker);
    const carriers = (readdirSync('dist', { recursive: true }) as string[])
      .filter((file) => /\.m?js$/.test(file))
      .filter((file) => readFileSync(join('dist', file), 'utf8').includes(marker));
    expect(carriers).toEqual([]);
  });
});

describe('looking a name up in the dataset', () => {
  const first = (name: string, setters?: string[]) => lookupDataset({ name, domain: 'shop.example', party: 'first', ...(setters ? { setters } : {}) });

  it('finds an exact name, with its vendor, category (mapped and its own), retention, description and id', () => {
    expect(first('AWSALB')).toMatchObject({
      source: 'open-cookie-database',
      pattern: 'AWSALB',
      label: 'Amazon Web Services',
      category: 'necessary',
      datasetCategory: 'Functional',
      retention: 'Session',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(first('_ym_uid')).toMatchObject({ label: 'Yandex.Metrica', category: 'analytical' });
  });

  it('matches a wildcard entry by its prefix, and prefers the exact name', () => {
    expect(first('_pk_id.1.abcd')).toMatchObject({ pattern: '_pk_id.*', category: 'analytical' });
    expect(first('JSESSIONID')).toMatchObject({ pattern: 'JSESSIONID*' });
  });

  it('covers a third-party cookie only on the vendor’s domains, or by an entry that names none', () => {
    expect(lookupDataset({ name: 'uid', domain: '.adform.net', party: 'third' })).toMatchObject({ label: 'Adform', category: 'other' });
    expect(lookupDataset({ name: 'uid', domain: '.elsewhere.example', party: 'third' })).toBeUndefined();
    expect(lookupDataset({ name: 'uid', domain: '.elsewhere.example', party: 'third', setters: ['track.adform.net'] })).toMatchObject({ label: 'Adform' });
    expect(lookupDataset({ name: '_ga', domain: '.vendor.example', party: 'third' })).toMatchObject({ label: 'Google Analytics' });
  });

  it('takes a vendor’s wildcard only on the vendor’s domain: Marfeel’s "_s*" is not every site’s "_session"', () => {
    expect(first('_session')).toBeUndefined();
    expect(lookupDataset({ name: '_session', domain: 'events.newsroom.bi', party: 'third' })).toMatchObject({ label: 'Marfeel', pattern: '_s*' });
    // By an exact name, a vendor's entry covers a first-party cookie: Shopify sets its cookies on the shop's domain.
    expect(first('_shopify_y')).toMatchObject({ label: 'Shopify', category: 'analytical' });
  });

  it('guesses nothing: an unknown name, or one two vendors use differently, stays unclassified', () => {
    expect(first('site_session')).toBeUndefined();
    // "token": Adform's (marketing) and Xandr's (functional), neither on this site's domain.
    expect(first('token')).toBeUndefined();
    expect(lookupDataset({ name: 'token', domain: '.adnxs.com', party: 'third' })).toMatchObject({ label: 'Xandr' });
  });
});

describe('classification, source by source', () => {
  it('tries the presets first: a cookie both know is the preset’s', () => {
    // The dataset files Hotjar's session cookie as Functional (necessary); the preset, as analytical.
    expect(lookupDataset({ name: '_hjSession_1', domain: 'shop.example', party: 'first' })).toMatchObject({ category: 'necessary' });
    expect(classifyCookie({ name: '_hjSession_1', domain: 'shop.example', party: 'first' })).toEqual({ source: 'preset', preset: 'hotjar', label: 'Hotjar', category: 'analytical' });
  });

  it('then the dataset, then Consentry’s own names, then the --declared config', () => {
    expect(classifyCookie({ name: 'AWSALB', domain: 'shop.example', party: 'first' })).toMatchObject({ source: 'open-cookie-database', category: 'necessary' });
    expect(classifyStorage({ key: 'consentry:valid-config', origin: 'https://shop.example' }, 'first')).toEqual({ source: 'consentry', label: 'Consentry', category: 'necessary' });
    const declared = (name: string) => (name === 'site_session' ? { source: 'declared' as const, label: 'category "necessary"', category: 'necessary' } : undefined);
    expect(classifyCookie({ name: 'site_session', domain: 'shop.example', party: 'first' }, declared)).toMatchObject({ source: 'declared' });
    expect(classifyCookie({ name: 'site_session', domain: 'shop.example', party: 'first' })).toBeUndefined();
  });
});
