import { describe, expect, it } from 'vitest';
import { isName } from '../../../src/gate/names';
import { isHostPattern, isSafeUrl, normalizeConfig, validateConfig } from '../../../src/manager/validate';
import type { ResolvedService } from '../../../src/types';

const messages = (input: unknown) => validateConfig(input).map((issue) => issue.message);

describe('validateConfig', () => {
  it('accepts no config and an empty one', () => {
    expect(validateConfig(undefined)).toEqual([]);
    expect(validateConfig(null)).toEqual([]);
    expect(validateConfig({})).toEqual([]);
  });

  it('accepts a full, valid config without a word', () => {
    expect(
      validateConfig({
        categories: {
          necessary: { label: 'Necessary' },
          analytical: { label: 'Stats', description: 'Counts visits', cookies: [{ name: '_ga_*', provider: 'Google', duration: '2 years', description: 'id', domain: '.example.com' }] },
          marketing: { readOnly: false },
        },
        services: { plausible: { category: 'analytical', hosts: ['plausible.io', 'https://cdn.example.com/js/'], url: 'https://plausible.io/privacy', cookies: [] } },
        revision: 3,
        mode: { default: 'opt-in', 'US-CA': 'opt-out', US: 'notice' },
        region: 'US-CA',
        cookie: { name: '__Host-consent', path: '/', sameSite: 'Strict', secure: true, expiresDays: 365 },
        language: 'pt-BR',
        translations: { fr: { acceptAll: 'Tout accepter', categories: { analytical: { label: 'Mesure' } } } },
        policyUrl: '/privacy',
        autoShow: false,
        autoblock: { marketing: ['ads.example.com'] },
        googleConsentMode: { analytical: ['analytics_storage'] },
        gpc: false,
        reloadOnRevoke: false,
        record: { endpoint: 'https://consent.example.com/records' },
        nonce: 'r4nd0m+/=',
        theme: 'dark',
        layout: 'box',
        position: 'bottom-left',
        hideFromBots: false,
      }),
    ).toEqual([]);
  });

  it.each([
    [42, 'consentry: config: expected an object, got 42'],
    [[1], 'consentry: config: expected an object, got [1]'],
    ['x', 'consentry: config: expected an object, got "x"'],
    [{ revision: -1 }, 'consentry: config.revision: expected a whole number from 0, got -1'],
    [{ revision: 1.5 }, 'consentry: config.revision: expected a whole number from 0, got 1.5'],
    [{ revision: '2' }, 'consentry: config.revision: expected a whole number from 0, got "2"'],
    [{ mode: 'sometimes' }, 'consentry: config.mode: expected one of "opt-in", "opt-out", "notice", got "sometimes"'],
    [{ mode: { default: 'opt-in', US: 'never' } }, 'consentry: config.mode.US: expected one of "opt-in", "opt-out", "notice", got "never"'],
    [{ mode: { default: 'opt-in', 'a b': 'opt-out' } }, 'consentry: config.mode.a b: expected a region code or "default", got "a b"'],
    [{ mode: { US: 'opt-out' } }, 'consentry: config.mode.default: missing; "opt-in" applies where no region matches'],
    [{ region: 'north america' }, 'consentry: config.region: expected a region code such as "US-CA" or "EU", got "north america"'],
    [{ categories: [] }, 'consentry: config.categories: expected an object, got []'],
    [{ categories: { 'bad name': {} } }, 'consentry: config.categories.bad name: expected a name (a letter, then letters, digits, _ or -), got "bad name"'],
    [{ categories: { constructor: {} } }, 'consentry: config.categories.constructor: expected a name (a letter, then letters, digits, _ or -), got "constructor"'],
    [{ categories: { analytical: true } }, 'consentry: config.categories.analytical: expected an object, got true'],
    [{ categories: { analytical: { label: 5 } } }, 'consentry: config.categories.analytical.label: expected a string, got 5'],
    [{ categories: { analytical: { readOnly: 'yes' } } }, 'consentry: config.categories.analytical.readOnly: expected true or false, got "yes"'],
    [{ categories: { analytical: { cookies: {} } } }, 'consentry: config.categories.analytical.cookies: expected an array, got {}'],
    [{ categories: { analytical: { cookies: [{ name: 42 }] } } }, 'consentry: config.categories.analytical.cookies[0].name: expected a cookie name, with "*" at one end for a wildcard, got 42'],
    [{ categories: { analytical: { cookies: [{ name: 'a;b' }] } } }, 'consentry: config.categories.analytical.cookies[0].name: expected a cookie name, with "*" at one end for a wildcard, got "a;b"'],
    [{ categories: { analytical: { cookies: [{ name: 'a*b' }] } } }, 'consentry: config.categories.analytical.cookies[0].name: expected a cookie name, with "*" at one end for a wildcard, got "a*b"'],
    [{ categories: { analytical: { cookies: [{ provider: 'x' }] } } }, 'consentry: config.categories.analytical.cookies[0].name: missing'],
    [{ categories: { analytical: { cookies: [{ name: 'a', domain: 'not a domain' }] } } }, 'consentry: config.categories.analytical.cookies[0].domain: expected a domain name such as "example.com", got "not a domain"'],
    [{ services: { yt: 5 } }, 'consentry: config.services.yt: expected an object, got 5'],
    [{ services: { yt: 'no-such-preset' } }, 'consentry: config.services.yt: expected a service object or a preset id, got "no-such-preset"'],
    [{ services: { yt: { label: 'YouTube' } } }, 'consentry: config.services.yt.category: missing'],
    [{ services: { yt: { category: 'video' } } }, 'consentry: config.services.yt: "video" is not a configured category (necessary, analytical, functional, other); ignored, its hosts stay blocked'],
    [{ services: { yt: { category: 'functional', hosts: ['not a host'] } } }, 'consentry: config.services.yt.hosts[0]: expected a host name or a URL prefix such as "https://example.com/js/", got "not a host"'],
    [{ services: { yt: { category: 'functional', url: 'javascript:alert(1)' } } }, 'consentry: config.services.yt.url: expected an https:, http: or relative URL, got "javascript:alert(1)"'],
    [{ cookie: 'consentry' }, 'consentry: config.cookie: expected an object, got "consentry"'],
    [{ cookie: { name: 'a b' } }, 'consentry: config.cookie.name: expected a cookie name, got "a b"'],
    [{ cookie: { domain: 'exa mple.com' } }, 'consentry: config.cookie.domain: expected a domain name such as "example.com", got "exa mple.com"'],
    [{ cookie: { path: 'consent' } }, 'consentry: config.cookie.path: expected a path starting with "/", got "consent"'],
    [{ cookie: { sameSite: 'lax' } }, 'consentry: config.cookie.sameSite: expected one of "Lax", "Strict", "None", got "lax" (did you mean "Lax"?)'],
    [{ cookie: { secure: 1 } }, 'consentry: config.cookie.secure: expected true or false, got 1'],
    [{ cookie: { expiresDays: 1000 } }, 'consentry: config.cookie.expiresDays: expected days from 1 to 400, got 1000'],
    [{ cookie: { name: '__Host-c', domain: 'example.com' } }, 'consentry: config.cookie: a "__Host-" cookie needs no domain, path "/" and secure: using those'],
    [{ cookie: { sameSite: 'None', secure: false } }, 'consentry: config.cookie.sameSite: browsers refuse "None" without secure: using "Lax"'],
    [{ language: 'english' }, 'consentry: config.language: expected "auto" or a language code such as "pt-BR", got "english"'],
    [{ translations: { english: {} } }, 'consentry: config.translations.english: expected a language code such as "pt-BR", got "english"'],
    [{ translations: { fr: { acceptAll: 1 } } }, 'consentry: config.translations.fr.acceptAll: expected a string, got 1'],
    [{ translations: { fr: { __proto__: null, constructor: 'x' } } }, 'consentry: config.translations.fr.constructor: expected a text key, got "constructor"'],
    [{ translations: { fr: { a: { b: { c: { d: 'deep' } } } } } }, 'consentry: config.translations.fr.a.b.c: expected a string, got {"d":"deep"}'],
    [{ policyUrl: 'javascript:alert(1)' }, 'consentry: config.policyUrl: expected an https:, http: or relative URL, got "javascript:alert(1)"'],
    [{ policyUrl: 'data:text/html,x' }, 'consentry: config.policyUrl: expected an https:, http: or relative URL, got "data:text/html,x"'],
    [{ policyUrl: 'java\tscript:alert(1)' }, 'consentry: config.policyUrl: expected an https:, http: or relative URL, got "java\\tscript:alert(1)"'],
    [{ policyUrl: ' javascript:alert(1)' }, 'consentry: config.policyUrl: expected an https:, http: or relative URL, got " javascript:alert(1)"'],
    [{ autoShow: 'no' }, 'consentry: config.autoShow: expected true or false, got "no"'],
    [{ autoblock: { other: 'ads.example.com' } }, 'consentry: config.autoblock.other: expected an array, got "ads.example.com"'],
    [{ autoblock: { video: ['x.example'] } }, 'consentry: config.autoblock.video: "video" is not a configured category (necessary, analytical, functional, other); ignored, its hosts stay blocked'],
    [{ googleConsentMode: 'yes' }, 'consentry: config.googleConsentMode: expected an object, got "yes"'],
    [{ googleConsentMode: { analytical: ['analytics'] } }, 'consentry: config.googleConsentMode.analytical[0]: expected one of "ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage", "security_storage", got "analytics"'],
    [{ gpc: null }, 'consentry: config.gpc: expected true or false, got null'],
    [{ reloadOnRevoke: 0 }, 'consentry: config.reloadOnRevoke: expected true or false, got 0'],
    [{ record: 'https://x' }, 'consentry: config.record: expected an object, got "https://x"'],
    [{ record: { events: 'data:text/plain,x' } }, 'consentry: config.record.events: expected an https:, http: or relative URL, got "data:text/plain,x"'],
    [{ record: { endpoint: 'javascript:void 0' } }, 'consentry: config.record.endpoint: expected an https:, http: or relative URL, got "javascript:void 0"'],
    [{ nonce: 'a"b' }, 'consentry: config.nonce: expected a CSP nonce (base64 characters), got "a\\"b"'],
    [{ theme: 'purple' }, 'consentry: config.theme: expected one of "light", "dark", "auto", got "purple"'],
    [{ layout: 'modal' }, 'consentry: config.layout: expected one of "bar", "box", got "modal"'],
    [{ position: 'center' }, 'consentry: config.position: expected one of "bottom", "top", "bottom-left", "bottom-right", "top-left", "top-right", got "center"'],
    [{ hideFromBots: 'true' }, 'consentry: config.hideFromBots: expected true or false, got "true"'],
  ])('reports %j', (input, message) => {
    // What a set of categories leaves out is advice of its own (test/unit/config/category-set.test.ts).
    expect(messages(input).filter((text) => !/^consentry: config\.categories: (replaces the default set|nothing to consent to)/.test(text))).toEqual([message]);
  });

  it('warns about unknown keys and suggests the right spelling', () => {
    expect(validateConfig({ policyURL: '/p', colour: 'red', categories: { analytical: { lable: 'x' } } })).toEqual([
      { level: 'warning', path: 'config.policyURL', message: 'consentry: config.policyURL: unknown key, ignored (did you mean "policyUrl"?)' },
      { level: 'warning', path: 'config.colour', message: 'consentry: config.colour: unknown key, ignored' },
      { level: 'warning', path: 'config.categories.analytical.lable', message: 'consentry: config.categories.analytical.lable: unknown key, ignored (did you mean "label"?)' },
      {
        level: 'warning',
        path: 'config.categories',
        message: 'consentry: config.categories: replaces the default set, without "functional", "other": markup tagged with these never runs. Add these if your pages use them',
      },
    ]);
  });

  it('reports a value that cannot be printed as JSON', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(messages({ policyUrl: circular })).toEqual(['consentry: config.policyUrl: expected an https:, http: or relative URL, got an object']);
  });
});

describe('normalizeConfig', () => {
  it('gives the four default categories, opt-in, English-agnostic defaults', () => {
    const { config } = normalizeConfig(undefined);
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytical', 'functional', 'other']);
    expect(config.categories.necessary!.readOnly).toBe(true);
    expect(config.categories.analytical!.readOnly).toBe(false);
    expect(config).toMatchObject({ revision: 0, mode: 'opt-in', language: 'auto', autoShow: true, gpc: true, reloadOnRevoke: true, googleConsentMode: false });
    expect(config.cookie).toEqual({ name: 'consentry', path: '/', sameSite: 'Lax', expiresDays: 182 });
  });

  it('keeps the valid rest when a part is invalid', () => {
    const { config, issues } = normalizeConfig({ revision: 'x', policyUrl: '/privacy', categories: { analytical: { label: 1, description: 'ok' } } });
    expect(issues.filter((issue) => issue.level == 'error')).toHaveLength(2);
    expect(config.revision).toBe(0);
    expect(config.policyUrl).toBe('/privacy');
    expect(config.categories.analytical).toEqual({ readOnly: false, cookies: [], description: 'ok' });
  });

  it('replaces the default categories with the configured ones and always keeps necessary, read-only', () => {
    const { config } = normalizeConfig({ categories: { analytical: {}, necessary: { readOnly: false } } });
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytical']);
    expect(config.categories.necessary!.readOnly).toBe(true);
  });

  it('drops services, autoblock and consent-mode entries of unconfigured categories', () => {
    const { config } = normalizeConfig({
      categories: { analytical: {} },
      services: { a: { category: 'analytical' }, b: { category: 'other' } },
      autoblock: { analytical: ['a.example'], other: ['b.example'] },
      googleConsentMode: { analytical: ['analytics_storage'], other: ['ad_storage'] },
    });
    expect(Object.keys(config.services)).toEqual(['a']);
    expect(config.services.a).toEqual({ category: 'analytical', cookies: [], hosts: [] });
    expect(config.autoblock).toEqual({ analytical: ['a.example'] });
    expect(config.googleConsentMode).toEqual({ analytical: ['analytics_storage'] });
  });

  it('expands googleConsentMode: true to the default mapping', () => {
    expect(normalizeConfig({ googleConsentMode: true }).config.googleConsentMode).toEqual({
      analytical: ['analytics_storage'],
      functional: ['functionality_storage', 'personalization_storage'],
      other: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    });
  });

  it('resolves a mode map with the region', () => {
    const modes = { default: 'opt-in', US: 'opt-out', 'US-CA': 'notice' };
    expect(normalizeConfig({ mode: modes, region: 'us-ca' }).config.mode).toBe('notice');
    expect(normalizeConfig({ mode: modes, region: 'US-NY' }).config.mode).toBe('opt-out');
    expect(normalizeConfig({ mode: modes, region: 'FR' }).config.mode).toBe('opt-in');
    expect(normalizeConfig({ mode: modes }).config.mode).toBe('opt-in');
  });

  it('forces the rules of a __Host- cookie', () => {
    const { config } = normalizeConfig({ cookie: { name: '__Host-c', domain: 'example.com', path: '/x' } });
    expect(config.cookie).toEqual({ name: '__Host-c', path: '/', sameSite: 'Lax', secure: true, expiresDays: 182 });
  });

  it('looks presets up by id', () => {
    const preset = (id: string): ResolvedService | undefined =>
      id === 'thing' ? { category: 'analytical', cookies: [{ name: '_t' }], hosts: ['t.example'], preset: 'thing' } : undefined;
    const { config, issues } = normalizeConfig({ services: { t: 'thing' } }, preset);
    expect(issues).toEqual([]);
    expect(config.services.t).toEqual({ category: 'analytical', cookies: [{ name: '_t' }], hosts: ['t.example'], preset: 'thing' });
  });

  it('lower-cases languages and translation keys', () => {
    const { config } = normalizeConfig({ language: 'PT-br', translations: { 'pt-BR': { acceptAll: 'Aceitar' } } });
    expect(config.language).toBe('pt-br');
    expect(config.translations).toEqual({ 'pt-br': { acceptAll: 'Aceitar' } });
  });

  it('never lets a config key reach a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "categories": {"__proto__": {"readOnly": true}}, "translations": {"fr": {"__proto__": {"x": "y"}}}}');
    const { config, issues } = normalizeConfig(input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(config.categories)).toBe(Object.prototype);
    // Nothing left to consent to: the default categories are kept (and said so).
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytical', 'functional', 'other']);
    expect(issues.map((issue) => issue.path)).toEqual(['config.__proto__', 'config.categories.__proto__', 'config.translations.fr.__proto__', 'config.categories']);
  });

  it('checks long hostile input in linear time', () => {
    const start = performance.now();
    validateConfig({ services: { a: { category: 'analytical', hosts: ['a'.repeat(60) + '-'.repeat(5000) + '!'] } }, region: '-'.repeat(10_000) });
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('isName', () => {
  it.each(['analytical', 'a', 'A1_b-c', 'x'.repeat(32)])('accepts %s', (name) => expect(isName(name)).toBe(true));
  it.each(['', '1a', '_a', 'a b', 'a.b', 'x'.repeat(33), '__proto__', 'constructor', 'toString', 'hasOwnProperty', 5])('refuses %s', (name) =>
    expect(isName(name)).toBe(false),
  );
});

describe('isSafeUrl', () => {
  it.each(['/privacy', 'privacy.html', 'https://example.com/p', 'http://example.com', '//example.com/p', '#cookies', '?a=1'])('accepts %s', (url) =>
    expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', 'JavaScript:x', 'data:text/html,x', 'vbscript:x', 'java\nscript:x', ' /p', '', 'file:///etc/passwd', 'mailto:a@b.c'])(
    'refuses %j',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});

describe('isHostPattern', () => {
  it.each(['example.com', 'www.google-analytics.com', 'localhost', 'https://cdn.example.com/js/', '//cdn.example.com'])('accepts %s', (host) =>
    expect(isHostPattern(host)).toBe(true),
  );
  it.each(['exa mple.com', '-example.com', 'javascript:x', 'ftp://x.example', '', 'https://'])('refuses %j', (host) =>
    expect(isHostPattern(host)).toBe(false),
  );
});
