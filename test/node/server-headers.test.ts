// gpcFromHeaders and regionFromHeaders: signals read from a request's headers, given as
// Node's IncomingMessage headers (lower-case keys, string or string[] values) or as the
// Web's Headers, with the same answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_HEADERS, gpcFromHeaders, regionFromHeaders } from '../../src/server/index';

/** The same headers both ways: Node's object and the Web's Headers. */
const both = (headers: Record<string, string>) => [Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])), new Headers(headers)];
const base64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64');

describe('gpcFromHeaders', () => {
  it.each([
    [{ 'Sec-GPC': '1' }, true],
    [{ 'Sec-GPC': ' 1 ' }, true],
    [{ 'Sec-GPC': '0' }, false],
    [{ 'Sec-GPC': 'true' }, false],
    [{ 'Sec-GPC': '' }, false],
    [{ DNT: '1' }, false],
    [{}, false],
  ])('%o → %s', (headers, expected) => {
    for (const given of both(headers)) expect(gpcFromHeaders(given)).toBe(expected);
  });

  it('reads a plain object with any case of key, and a repeated header', () => {
    expect(gpcFromHeaders({ 'Sec-GPC': '1' })).toBe(true);
    expect(gpcFromHeaders({ 'sec-gpc': ['1'] })).toBe(true);
  });

  it('is false, not an error, for no headers at all', () => {
    for (const headers of [undefined, null, 'Sec-GPC: 1', 42] as unknown[]) expect(gpcFromHeaders(headers as Headers)).toBe(false);
  });
});

describe('regionFromHeaders', () => {
  it.each<[string, Record<string, string>, string | undefined]>([
    ['Cloudflare, country', { 'CF-IPCountry': 'DE' }, 'DE'],
    ['Cloudflare, visitor location headers', { 'CF-IPCountry': 'US', 'cf-region-code': 'CA' }, 'US-CA'],
    ['Cloudflare, unknown', { 'CF-IPCountry': 'XX' }, undefined],
    ['Cloudflare, Tor', { 'CF-IPCountry': 'T1' }, undefined],
    ['Vercel', { 'X-Vercel-IP-Country': 'US', 'X-Vercel-IP-Country-Region': 'CA' }, 'US-CA'],
    ['Netlify', { 'x-nf-geo': base64({ city: 'San Francisco', country: { code: 'US', name: 'United States' }, subdivision: { code: 'CA', name: 'California' } }) }, 'US-CA'],
    ['Netlify, as plain JSON', { 'x-nf-geo': JSON.stringify({ country: { code: 'FR' } }) }, 'FR'],
    ['Netlify, not JSON', { 'x-nf-geo': 'bm90IGpzb24=' }, undefined],
    ['Fastly (VCL client.geo)', { 'client-geo-country': 'US', 'client-geo-region': 'CA' }, 'US-CA'],
    ['Fastly, no region', { 'client-geo-country': 'NO', 'client-geo-region': 'NO REGION' }, 'NO'],
    ['CloudFront', { 'CloudFront-Viewer-Country': 'US', 'CloudFront-Viewer-Country-Region': 'CA' }, 'US-CA'],
    ['Akamai EdgeScape', { 'X-Akamai-Edgescape': 'georegion=246,country_code=US,region_code=CA,city=SANFRANCISCO,dma=807' }, 'US-CA'],
    ['Akamai, reserved values', { 'X-Akamai-Edgescape': 'georegion=1,country_code=reserved,region_code=reserved' }, undefined],
    ['Google App Engine (lower-case region)', { 'X-AppEngine-Country': 'US', 'X-AppEngine-Region': 'ca' }, 'US-CA'],
    ['Google App Engine, unknown', { 'X-AppEngine-Country': 'ZZ' }, undefined],
    ['Google Cloud load balancer (CLDR subdivision)', { 'X-Client-Region': 'US', 'X-Client-Region-Subdivision': 'USCA' }, 'US-CA'],
    ['Google Cloud, Poland', { 'X-Client-Region': 'PL', 'X-Client-Region-Subdivision': 'PL14' }, 'PL-14'],
    ['a subdivision written in full', { 'CF-IPCountry': 'GB', 'cf-region-code': 'GB-ENG' }, 'GB-ENG'],
    ['a subdivision that is not a code', { 'CF-IPCountry': 'US', 'cf-region-code': 'California' }, 'US'],
    ['a country that is not a code', { 'CF-IPCountry': 'USA' }, undefined],
    ['markup in a header', { 'CF-IPCountry': 'US"><script>alert(1)</script>' }, undefined],
    ['markup in a subdivision', { 'CF-IPCountry': 'US', 'cf-region-code': '"><b>' }, 'US'],
    ['none', { Accept: 'text/html' }, undefined],
  ])('%s', (_, headers, expected) => {
    for (const given of both(headers)) expect(regionFromHeaders(given)).toBe(expected);
  });

  it('takes the first host in the list that knows the country', () => {
    expect(regionFromHeaders({ 'cf-ipcountry': 'XX', 'x-vercel-ip-country': 'DE' })).toBe('DE');
    expect(regionFromHeaders({ 'cf-ipcountry': 'FR', 'x-vercel-ip-country': 'DE' })).toBe('FR');
  });

  it('reads only the names given, when given: a header of a host the site is not behind is anyone’s to send', () => {
    const headers = { 'cf-ipcountry': 'US', 'x-geo-country': 'DE', 'x-geo-state': 'BY', 'x-region': 'us-ca' };
    expect(regionFromHeaders(headers, ['x-region'])).toBe('US-CA');
    expect(regionFromHeaders(headers, [['x-geo-country', 'x-geo-state']])).toBe('DE-BY');
    expect(regionFromHeaders(headers, [['X-Geo-Country', 'X-Geo-State']])).toBe('DE-BY');
    expect(regionFromHeaders(headers, ['x-missing'])).toBeUndefined();
    expect(regionFromHeaders(headers, [...REGION_HEADERS, 'x-region'])).toBe('US');
  });

  it('answers only codes the config accepts as a region', () => {
    const samples = [{ 'cf-ipcountry': 'us', 'cf-region-code': 'tx' }, { 'x-vercel-ip-country': 'JP', 'x-vercel-ip-country-region': '13' }, { 'x-appengine-country': 'gb', 'x-appengine-region': 'sct' }];
    for (const headers of samples) expect(regionFromHeaders(headers)).toMatch(/^[A-Z]{2}(-[A-Z\d]{1,3})?$/);
  });

  it('is undefined, not an error, for no headers or a list that is not one', () => {
    expect(regionFromHeaders(undefined as never)).toBeUndefined();
    expect(regionFromHeaders({ 'cf-ipcountry': 'US' }, 'cf-ipcountry' as never)).toBeUndefined();
  });

  it('is listed in the README, each name with the source that documents it', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## On the server'), readme.indexOf('\n## ', readme.indexOf('## On the server') + 1));
    for (const entry of REGION_HEADERS) {
      for (const name of typeof entry === 'string' ? [entry] : entry) {
        const row = section.split('\n').find((line) => line.startsWith('| ') && line.toLowerCase().includes('`' + name + '`'));
        expect(row, name).toMatch(/\]\(https:\/\/[^)]+\)/);
      }
    }
  });
});
