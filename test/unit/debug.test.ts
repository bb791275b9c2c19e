// Debug mode's pure parts: which hosts count as the page's own site, and the `debug` key.
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/manager/validate';
import { siteOf } from '../../src/debug/debug';

describe('siteOf', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['static.cdn.example.com', 'example.com'],
    ['example.com', 'example.com'],
    ['shop.example.co.uk', 'example.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['a.b.google-analytics.com', 'google-analytics.com'],
  ])('%s belongs to %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});

describe('the debug key', () => {
  it('takes true or false, and reports anything else by path', () => {
    expect(validateConfig({ debug: true })).toEqual([]);
    expect(validateConfig({ debug: false })).toEqual([]);
    expect(validateConfig({ debug: 'yes' })).toEqual([{ level: 'error', path: 'config.debug', message: 'consentry: config.debug: expected true or false, got "yes"' }]);
  });
});
