import { describe, expect, it } from 'vitest';
import { PRESET_PURPOSES as ar } from '../../../banner/texts/presets/ar';
import { PRESET_PURPOSES as de } from '../../../banner/texts/presets/de';
import { PRESET_TEXTS } from '../../../banner/texts/presets/en';
import { PRESET_PURPOSES as es } from '../../../banner/texts/presets/es';
import { PRESET_PURPOSES as fr } from '../../../banner/texts/presets/fr';
import { PRESET_PURPOSES as it_ } from '../../../banner/texts/presets/it';
import { PRESET_PURPOSES as nl } from '../../../banner/texts/presets/nl';
import { PRESET_PURPOSES as pl } from '../../../banner/texts/presets/pl';
import { PRESET_PURPOSES as pt } from '../../../banner/texts/presets/pt';
import { isHostPattern, isSafeUrl, normalizeConfig, validateConfig } from '../../../src/manager/validate';
import { testEnv } from '../../helpers/env';
import { createInstance } from '../../helpers/instance';
import { PRESET_IDS, presetService } from '../../../src/gate/presets';
import { withDetails } from '../../../src/manager/preset-details';

const presetWithDetails = withDetails(presetService);
import type { ResolvedService } from '../../../src/types';

/** What issue 3 asks for, at least. */
const REQUIRED = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'youtube',
  'vimeo',
  'google-maps',
  'meta-pixel',
  'linkedin-insight',
  'tiktok-pixel',
  'hotjar',
  'microsoft-clarity',
  'microsoft-advertising',
];
/** What issue 14 adds, at least: forty vendors in all. */
const ISSUE_14 = [
  'google-adsense',
  'recaptcha',
  'cloudflare-turnstile',
  'stripe',
  'facebook-social',
  'instagram-embed',
  'linkedin-share',
  'x-pixel',
  'x-embeds',
  'addtoany',
  'sharethis',
  'pinterest-tag',
  'snap-pixel',
  'reddit-pixel',
  'criteo',
  'taboola',
  'outbrain',
  'mixpanel',
  'amplitude',
  'segment',
  'heap',
  'fullstory',
  'matomo',
  'hubspot',
  'intercom',
  'zendesk',
  'spotify-embed',
  'soundcloud-embed',
  'disqus',
];
const LANGUAGES = { ar, de, es, fr, it: it_, nl, pl, pt };
const get = (id: string) => presetWithDetails(id) as ResolvedService;
const all = () => PRESET_IDS.map((id) => [id, get(id)] as const);

/** SPEC §5 semantics, for the tests: a host matches itself and its subdomains, `http(s)://…` matches by prefix. */
const matches = (pattern: string, url: string) => {
  if (/^https?:\/\//.test(pattern)) return url.startsWith(pattern);
  const host = new URL(url).hostname;
  return host === pattern || host.endsWith('.' + pattern);
};
const presetsMatching = (url: string) => all().filter(([, service]) => service.hosts.some((pattern) => matches(pattern, url))).map(([id]) => id);

describe('presetService', () => {
  it('has every preset issue 3 asks for, under kebab-case ids', () => {
    expect(PRESET_IDS).toEqual(expect.arrayContaining(REQUIRED));
    expect(new Set(PRESET_IDS).size).toBe(PRESET_IDS.length);
    for (const id of PRESET_IDS) expect(id).toMatch(/^[a-z][a-z\d]*(-[a-z\d]+)*$/);
  });

  it('has at least forty presets, every one issue 14 asks for', () => {
    expect(PRESET_IDS.length).toBeGreaterThanOrEqual(40);
    expect(PRESET_IDS).toEqual(expect.arrayContaining(ISSUE_14));
  });

  it.each([...REQUIRED, ...ISSUE_14])('resolves %s to a service of one of the four categories, with hosts', (id) => {
    const service = get(id);
    expect(service).toMatchObject({ preset: id });
    expect(['necessary', 'analytical', 'functional', 'other']).toContain(service.category);
    expect(service.hosts.length).toBeGreaterThan(0);
    expect(Array.isArray(service.cookies)).toBe(true);
  });

  it('puts analytics in analytical, embeds in functional and advertising in other', () => {
    const categories = Object.fromEntries(all().map(([id, service]) => [id, service.category]));
    expect(categories).toMatchObject({
      'google-analytics': 'analytical',
      'google-tag-manager': 'analytical',
      hotjar: 'analytical',
      'microsoft-clarity': 'analytical',
      youtube: 'functional',
      vimeo: 'functional',
      'google-maps': 'functional',
      'google-ads': 'other',
      'meta-pixel': 'other',
      'linkedin-insight': 'other',
      'tiktok-pixel': 'other',
      'microsoft-advertising': 'other',
      mixpanel: 'analytical',
      amplitude: 'analytical',
      segment: 'analytical',
      heap: 'analytical',
      fullstory: 'analytical',
      matomo: 'analytical',
      'instagram-embed': 'functional',
      'spotify-embed': 'functional',
      'soundcloud-embed': 'functional',
      disqus: 'functional',
      intercom: 'functional',
      'google-adsense': 'other',
      'x-pixel': 'other',
      'pinterest-tag': 'other',
      'snap-pixel': 'other',
      'reddit-pixel': 'other',
      criteo: 'other',
      taboola: 'other',
      outbrain: 'other',
      hubspot: 'other',
      'facebook-social': 'other',
      'linkedin-share': 'other',
      addtoany: 'other',
      sharethis: 'other',
      stripe: 'necessary',
      'cloudflare-turnstile': 'necessary',
    });
  });

  it('returns undefined for unknown ids, prototype names included', () => {
    for (const id of ['', 'nope', 'Google-Analytics', 'google-analytics ', 'google-ads other', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(presetService(id), id).toBeUndefined();
    }
  });

  it('returns a fresh object every time: mutating one copy leaves the next intact', () => {
    const first = get('google-analytics');
    const pristine = structuredClone(first);
    first.category = 'other';
    first.hosts.push('evil.example');
    first.hosts[0] = 'changed.example';
    first.cookies.push({ name: 'x' });
    first.cookies[0]!.name = 'changed';
    expect(get('google-analytics')).toEqual(pristine);
    expect(get('google-analytics').hosts).not.toBe(get('google-analytics').hosts);
    expect(get('google-analytics').cookies[0]).not.toBe(get('google-analytics').cookies[0]);
  });

  it('carries only what the gate needs: category, hosts, cookie names, the preset id and the brand name for the placeholder', () => {
    for (const [id, service] of all()) {
      expect(Object.keys(service).sort(), id).toEqual(['category', 'cookies', 'hosts', 'label', 'preset']);
      expect(service.label, id).toBe(PRESET_TEXTS[id]!.label);
      for (const cookie of service.cookies) expect(Object.keys(cookie), id).toEqual(['name']);
    }
  });
});

describe('preset hosts', () => {
  it.each([...REQUIRED, ...ISSUE_14])('%s: every host is a valid host name or https URL prefix', (id) => {
    for (const host of get(id).hosts) {
      expect(isHostPattern(host), host).toBe(true);
      expect(host, 'no scheme-relative or http prefixes').toMatch(/^(https:\/\/[a-z\d.-]+\/|[a-z\d][a-z\d.-]*\.[a-z]+$)/);
    }
  });

  it('never lists a whole domain that also serves unrelated things', () => {
    const tooBroad = ['google.com', 'www.google.com', 'googleapis.com', 'gstatic.com', 'googletagmanager.com', 'www.googletagmanager.com', 'facebook.com', 'www.facebook.com', 'linkedin.com', 'licdn.com', 'tiktok.com', 'bing.com', 'microsoft.com'];
    for (const [id, service] of all()) {
      for (const host of service.hosts) expect(tooBroad, `${id}: ${host}`).not.toContain(host);
    }
  });

  it('gives every request to one preset at most: no two presets share a host or prefix', () => {
    const probes = all().flatMap(([, service]) =>
      service.hosts.map((pattern) => (pattern.startsWith('https://') ? pattern + 'x' : `https://sub.${pattern}/x`)),
    );
    for (const url of probes) expect(presetsMatching(url), url).toHaveLength(1);
  });

  it.each([
    ['https://www.googletagmanager.com/gtag/js?id=G-ABC123', 'google-analytics'],
    ['https://region1.google-analytics.com/g/collect?v=2', 'google-analytics'],
    ['https://region1.analytics.google.com/g/collect?v=2', 'google-analytics'],
    ['https://www.googletagmanager.com/gtm.js?id=GTM-ABC123', 'google-tag-manager'],
    ['https://www.googletagmanager.com/gtag/js?id=AW-123456', 'google-ads'],
    ['https://www.googleadservices.com/pagead/conversion.js', 'google-ads'],
    ['https://googleads.g.doubleclick.net/pagead/viewthroughconversion/123/', 'google-ads'],
    ['https://www.google.com/pagead/1p-conversion/123/', 'google-ads'],
    ['https://www.youtube.com/iframe_api', 'youtube'],
    ['https://www.youtube-nocookie.com/embed/abc', 'youtube'],
    ['https://i.ytimg.com/vi/abc/hqdefault.jpg', 'youtube'],
    ['https://player.vimeo.com/api/player.js', 'vimeo'],
    ['https://i.vimeocdn.com/video/1.jpg', 'vimeo'],
    ['https://maps.googleapis.com/maps/api/js?key=k', 'google-maps'],
    ['https://maps.gstatic.com/mapfiles/api-3/images/spotlight-poi3.png', 'google-maps'],
    ['https://www.google.com/maps/embed?pb=x', 'google-maps'],
    ['https://connect.facebook.net/en_US/fbevents.js', 'meta-pixel'],
    ['https://www.facebook.com/tr?id=1&ev=PageView', 'meta-pixel'],
    ['https://snap.licdn.com/li.lms-analytics/insight.min.js', 'linkedin-insight'],
    ['https://px.ads.linkedin.com/collect/?pid=1', 'linkedin-insight'],
    ['https://analytics.tiktok.com/i18n/pixel/events.js', 'tiktok-pixel'],
    ['https://static.hotjar.com/c/hotjar-1.js?sv=6', 'hotjar'],
    ['https://www.clarity.ms/tag/abc', 'microsoft-clarity'],
    ['https://bat.bing.com/bat.js', 'microsoft-advertising'],
    ['https://bat.bing.net/bat.js', 'microsoft-advertising'],
    // Issue 14: once "unrelated" to the first twelve, now presets of their own.
    ['https://www.google.com/recaptcha/api.js', 'recaptcha'],
    ['https://www.gstatic.com/recaptcha/releases/x/recaptcha__en.js', 'recaptcha'],
    ['https://www.facebook.com/plugins/page.php', 'facebook-social'],
    ['https://www.facebook.com/plugins/like.php?href=x', 'facebook-social'],
    ['https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js', 'google-adsense'],
    ['https://challenges.cloudflare.com/turnstile/v0/api.js', 'cloudflare-turnstile'],
    ['https://js.stripe.com/v3/', 'stripe'],
    ['https://m.stripe.network/inner.html', 'stripe'],
    ['https://www.instagram.com/embed.js', 'instagram-embed'],
    ['https://scontent.cdninstagram.com/v/x.jpg', 'instagram-embed'],
    ['https://platform.linkedin.com/in.js', 'linkedin-share'],
    ['https://static.ads-twitter.com/uwt.js', 'x-pixel'],
    ['https://t.co/i/adsct?p_id=1', 'x-pixel'],
    ['https://platform.twitter.com/widgets.js', 'x-embeds'],
    ['https://static.addtoany.com/menu/page.js', 'addtoany'],
    ['https://platform-api.sharethis.com/js/sharethis.js', 'sharethis'],
    ['https://s.pinimg.com/ct/core.js', 'pinterest-tag'],
    ['https://ct.pinterest.com/v3/?tid=1', 'pinterest-tag'],
    ['https://sc-static.net/scevent.min.js', 'snap-pixel'],
    ['https://tr.snapchat.com/p', 'snap-pixel'],
    ['https://www.redditstatic.com/ads/pixel.js', 'reddit-pixel'],
    ['https://alb.reddit.com/rp.gif?id=1', 'reddit-pixel'],
    ['https://static.criteo.net/js/ld/ld.js', 'criteo'],
    ['https://cdn.taboola.com/libtrc/unip/1/tfa.js', 'taboola'],
    ['https://widgets.outbrain.com/outbrain.js', 'outbrain'],
    ['https://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js', 'mixpanel'],
    ['https://api-js.mixpanel.com/track/', 'mixpanel'],
    ['https://cdn.amplitude.com/script/key.js', 'amplitude'],
    ['https://cdn.segment.com/analytics.js/v1/key/analytics.min.js', 'segment'],
    ['https://api.segment.io/v1/t', 'segment'],
    ['https://cdn.heapanalytics.com/js/heap-1.js', 'heap'],
    ['https://edge.fullstory.com/s/fs.js', 'fullstory'],
    ['https://cdn.matomo.cloud/site.matomo.cloud/matomo.js', 'matomo'],
    ['https://plausible.io/js/script.js', 'plausible'],
    ['https://js.hs-scripts.com/1.js', 'hubspot'],
    ['https://track.hubspot.com/__ptq.gif', 'hubspot'],
    ['https://widget.intercom.io/widget/abc', 'intercom'],
    ['https://js.intercomcdn.com/frame.js', 'intercom'],
    ['https://static.zdassets.com/ekr/snippet.js?key=k', 'zendesk'],
    ['https://open.spotify.com/embed/track/1', 'spotify-embed'],
    ['https://w.soundcloud.com/player/?url=x', 'soundcloud-embed'],
    ['https://example.disqus.com/embed.js', 'disqus'],
    ['https://c.disquscdn.com/next/embed/x.js', 'disqus'],
  ])('holds %s for %s only', (url, id) => {
    expect(presetsMatching(url)).toEqual([id]);
  });

  it.each([
    'https://www.google.com/search?q=maps',
    'https://fonts.googleapis.com/css2?family=Inter',
    'https://www.gstatic.com/firebasejs/9.0.0/firebase-app.js',
    'https://www.facebook.com/somepage',
    'https://s.pinimg.com/images/x.png',
    'https://www.redditstatic.com/shreddit/embed.js',
    'https://twitter.com/someone',
    'https://www.linkedin.com/in/someone',
    'https://www.bing.com/search?q=x',
    'https://example.com/youtube.com/x.js',
  ])('leaves unrelated %s alone', (url) => {
    expect(presetsMatching(url)).toEqual([]);
  });
});

describe('preset cookies', () => {
  it.each([...REQUIRED, ...ISSUE_14])('%s: every cookie name passes the config rules', (id) => {
    for (const { name } of get(id).cookies) {
      expect(validateConfig({ categories: { x: { cookies: [{ name }] } } }), name).toEqual([]);
    }
  });

  it('declares the documented first-party cookies', () => {
    const names = (id: string) => get(id).cookies.map((cookie) => cookie.name);
    expect(names('google-analytics')).toEqual(['_ga', '_ga_*']);
    expect(names('google-ads')).toContain('_gcl_*');
    expect(names('meta-pixel')).toEqual(['_fbp', '_fbc']);
    expect(names('linkedin-insight')).toContain('li_fat_id');
    expect(names('tiktok-pixel')).toEqual(expect.arrayContaining(['_ttp', '_tt_enable_cookie']));
    expect(names('hotjar')).toContain('_hj*');
    expect(names('microsoft-clarity')).toEqual(['_clck', '_clsk']);
    expect(names('microsoft-advertising')).toContain('_uet*');
    for (const embed of ['youtube', 'vimeo', 'google-maps', 'google-tag-manager']) expect(names(embed), embed).toEqual([]);
  });

  it('declares no third-party cookie the site could not delete', () => {
    const thirdParty = ['IDE', 'NID', 'YSC', 'VISITOR_INFO1_LIVE', 'vuid', '__cf_bm', 'fr', 'bcookie', 'lidc', 'UserMatchHistory', 'CLID', 'MUID', 'ANONCHK', 'MR', 'SM'];
    for (const [id, service] of all()) {
      for (const { name } of service.cookies) expect(thirdParty, `${id}: ${name}`).not.toContain(name);
    }
  });
});

describe('preset texts', () => {
  it('has English texts for every preset and for no other id', () => {
    expect(Object.keys(PRESET_TEXTS).sort()).toEqual([...PRESET_IDS].sort());
  });

  it.each([...REQUIRED, ...ISSUE_14])('%s: English label, provider, purpose, https policy link, and one entry per declared cookie', (id) => {
    const texts = PRESET_TEXTS[id]!;
    expect(texts.label.trim()).not.toBe('');
    expect(texts.provider.trim()).not.toBe('');
    expect(texts.purpose).toMatch(/^[A-Z].{20,}\.$/);
    expect(texts.policyUrl).toMatch(/^https:\/\//);
    expect(isSafeUrl(texts.policyUrl)).toBe(true);
    expect(Object.keys(texts.cookies).sort()).toEqual(get(id).cookies.map((cookie) => cookie.name).sort());
    for (const [name, cookie] of Object.entries(texts.cookies)) {
      expect(cookie.duration, name).toMatch(/\d|session/i);
      expect(cookie.purpose.trim(), name).not.toBe('');
    }
  });

  it.each(Object.entries(LANGUAGES))('%s: a purpose for every preset, in that language', (_, purposes) => {
    expect(Object.keys(purposes).sort()).toEqual([...PRESET_IDS].sort());
    for (const id of PRESET_IDS) {
      expect(purposes[id]!.trim().length, id).toBeGreaterThan(20);
      expect(purposes[id], id).not.toBe(PRESET_TEXTS[id]!.purpose);
    }
  });
});

describe('presets in the configuration', () => {
  it('validates a preset id without a word', () => {
    expect(validateConfig({ services: { a: 'google-analytics' } })).toEqual([]);
    for (const id of PRESET_IDS) expect(validateConfig({ services: { s: id } }), id).toEqual([]);
  });

  it('resolves preset ids by default in validateConfig', () => {
    expect(validateConfig({ services: { a: 'google-analytics', yt: 'youtube' } })).toEqual([]);
    expect(validateConfig({ services: { a: 'no-such-preset' } })).toHaveLength(1);
  });

  it('normalizes a preset id into the service it names', () => {
    const { config, issues } = normalizeConfig({ services: { a: 'google-analytics' } }, presetWithDetails);
    expect(issues).toEqual([]);
    expect(config.services.a).toEqual({
      category: 'analytical',
      hosts: ['google-analytics.com', 'analytics.google.com', 'https://www.googletagmanager.com/gtag/js?id=G-'],
      cookies: [{ name: '_ga' }, { name: '_ga_*' }],
      preset: 'google-analytics',
      label: 'Google Analytics',
    });
  });

  it('gives two services of the same preset independent definitions', () => {
    const { config } = normalizeConfig({ services: { a: 'youtube', b: 'youtube' } }, presetService);
    config.services.a!.hosts.push('other.example');
    expect(config.services.b!.hosts).not.toContain('other.example');
  });

  it('reports a preset whose category the site did not configure', () => {
    const issues = validateConfig({ categories: { necessary: {}, stats: {} }, services: { ads: 'google-ads' } });
    expect(issues.map((issue) => issue.path)).toEqual(['config.services.ads']);
  });

  it('pulls presets in when Consentry starts: the manager checks the config with the gate’s table and its own details', () => {
    const cmp = createInstance({ services: { ga: 'google-analytics', map: 'google-maps' } }, { env: testEnv() });
    try {
      expect(cmp.config.services.ga).toEqual(presetWithDetails('google-analytics'));
      expect(cmp.config.services.map?.category).toBe('functional');
    } finally {
      cmp.destroy();
    }
  });
});
