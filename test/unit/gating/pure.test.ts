import { describe, expect, it } from 'vitest';
import { matchCookie } from '../../../src/manager/cookie-names';
import { isAllowed, parseConsent } from '../../../src/gate/expression';
import { matchHosts } from '../../../src/gate/hosts';
import { PRESET_IDS, presetService } from '../../../src/gate/presets';

describe('parseConsent', () => {
  it.each([
    ['analytical', { need: ['analytical'], refuse: [] }],
    ['  analytical   other ', { need: ['analytical', 'other'], refuse: [] }],
    ['!analytical', { need: [], refuse: ['analytical'] }],
    ['functional !other', { need: ['functional'], refuse: ['other'] }],
    ['', { need: [], refuse: [] }],
  ])('parses %j', (attribute, expected) => expect(parseConsent(attribute)).toEqual(expected));
});

describe('isAllowed', () => {
  const granted = (name: string) => ['analytical', 'necessary'].includes(name);
  const refused = (name: string) => name === 'other';
  it.each([
    ['analytical', true],
    ['analytical other', false],
    ['functional', false],
    ['!other', true],
    ['!functional', false],
    ['analytical !other', true],
    ['', false],
  ])('%j is %s', (attribute, expected) => expect(isAllowed(parseConsent(attribute), granted, refused)).toBe(expected));
});

describe('matchHosts', () => {
  const rules = [
    { pattern: 'google-analytics.com', category: 'analytical' },
    { pattern: 'https://cdn.example.com/ads/', category: 'other' },
    { pattern: '//static.example.net/px/', category: 'other', service: 'px' },
  ];
  it.each([
    ['https://google-analytics.com/g/collect', 'google-analytics.com'],
    ['https://region1.google-analytics.com/g/collect', 'google-analytics.com'],
    ['https://notgoogle-analytics.com/x.js', undefined],
    ['https://google-analytics.com.evil.example/x.js', undefined],
    ['https://cdn.example.com/ads/a.js', 'https://cdn.example.com/ads/'],
    ['https://cdn.example.com/app.js', undefined],
    ['http://cdn.example.com/ads/a.js', 'https://cdn.example.com/ads/'],
    ['https://cdn.example.com:8443/ads/a.js', 'https://cdn.example.com/ads/'],
    ['https://sub.cdn.example.com/ads/a.js', undefined],
    ['https://cdn.example.com/adsense.js', undefined],
    ['http://static.example.net/px/p.gif', '//static.example.net/px/'],
    ['https://static.example.net/px/p.gif', '//static.example.net/px/'],
  ])('%s → %s', (url, pattern) => expect(matchHosts(new URL(url), rules)[0]?.pattern).toBe(pattern));

  it('returns every rule that names the URL, so the strictest one holds it', () => {
    const both = [...rules, { pattern: 'cdn.example.com' }];
    expect(matchHosts(new URL('https://cdn.example.com/ads/a.js'), both)).toEqual([rules[1], { pattern: 'cdn.example.com' }]);
  });
});

describe('matchCookie', () => {
  it.each([
    ['_ga', '_ga', true],
    ['_ga', '_gat', false],
    ['_ga_*', '_ga_ABC123', true],
    ['_ga_*', '_ga', false],
    ['*_session', 'php_session', true],
    ['*_session', 'php_session_x', false],
    ['*track*', 'my_tracker', true],
    ['*', 'anything', true],
  ])('%s matches %s: %s', (pattern, name, expected) => expect(matchCookie(pattern, name)).toBe(expected));
});

describe('the presets’ host rules, through the product’s own matcher', () => {
  const rules = PRESET_IDS.flatMap((id) => presetService(id)!.hosts.map((pattern) => ({ pattern, category: presetService(id)!.category, service: id })));
  const owner = (url: string) => matchHosts(new URL(url), rules).map((rule) => rule.service);
  it.each([
    ['https://www.googletagmanager.com/gtag/js?id=G-ABC123', ['google-analytics']],
    ['https://www.googletagmanager.com/gtag/js?id=AW-123456', ['google-ads']],
    ['http://www.googletagmanager.com/gtag/js?id=G-ABC123&l=dataLayer', ['google-analytics']],
    ['https://www.googletagmanager.com/gtm.js?id=GTM-XXXX', ['google-tag-manager']],
    ['https://www.googletagmanager.com/gtag/js?id=GT-XXXX', []],
    ['https://www.googletagmanager.com/ns.html?id=GTM-XXXX', []],
    ['https://region1.google-analytics.com/g/collect?v=2', ['google-analytics']],
    ['https://www.youtube.com/embed/abc', ['youtube']],
    ['https://connect.facebook.net/en_US/fbevents.js', ['meta-pixel']],
    ['https://www.facebook.com/tr?id=1&ev=PageView', ['meta-pixel']],
    ['https://www.facebook.com/plugins/like.php', ['facebook-social']],
    ['https://www.facebook.com/privacy/policy/', []],
  ])('%s belongs to %j', (url, services) => expect(owner(url)).toEqual(services));
});
