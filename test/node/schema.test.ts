// consentry.schema.json against the validator it is built from: for every sample config,
// a JSON Schema validator (ajv) and validateConfig() must agree on whether it is clean.
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeConfig, validateConfig } from '../../src/manager/validate';

const schema = JSON.parse(readFileSync('dist/consentry.schema.json', 'utf8'));
const check = new Ajv({ allErrors: true }).compile(schema);

const GOOD: object[] = [
  {},
  { $schema: './node_modules/consentry/dist/consentry.schema.json', policyUrl: '/privacy' },
  { googleConsentMode: true, services: { gtm: 'google-tag-manager', ga: 'google-analytics' } },
  {
    categories: { necessary: {}, analytics: { label: 'Statistics', cookies: [{ name: '_ga_*', provider: 'Google', duration: '2 years' }] }, marketing: {} },
    services: { matomo: { category: 'analytics', label: 'Matomo', hosts: ['matomo.example.com', 'https://cdn.example.com/js/'], url: 'https://matomo.org/privacy' } },
    revision: 3,
    mode: { default: 'opt-in', US: 'opt-out', 'US-CA': 'notice' },
    region: 'US-CA',
    cookie: { name: '__Host-consent', path: '/', sameSite: 'Strict', secure: true, expiresDays: 365 },
    language: 'pt-BR',
    translations: { en: { bannerTitle: 'Cookies', categories: { marketing: { label: 'Marketing' } } } },
    autoShow: false,
    autoblock: { marketing: ['ads.example.com'] },
    googleConsentMode: { marketing: ['ad_storage', 'ad_user_data'] },
    gpc: false,
    reloadOnRevoke: false,
    record: { endpoint: 'https://example.com/consent', events: 'https://example.com/events' },
    nonce: 'r4nd0m+/=',
    theme: 'dark',
    layout: 'box',
    position: 'top-right',
    hideFromBots: false,
    debug: true,
  },
];

const BAD: object[] = [
  { policyUrl: 'javascript:alert(1)' },
  { policyURL: '/privacy' },
  { categories: { '1x': {} } },
  { categories: { analytical: { cookies: [{ name: 'a b' }] } } },
  { categories: { analytical: { cookies: [{ provider: 'Google' }] } } },
  { services: { ga: 'no-such-preset' } },
  { services: { x: { label: 'no category' } } },
  { revision: -1 },
  { revision: 1.5 },
  { mode: 'opt-maybe' },
  { cookie: { expiresDays: 0 } },
  { cookie: { sameSite: 'lax' } },
  { cookie: { path: 'relative' } },
  { language: 'english' },
  { translations: { en: { bannerTitle: 5 } } },
  { autoblock: { other: ['not a host'] } },
  { googleConsentMode: { analytical: ['analytics'] } },
  { record: { events: 'javascript:alert(1)' } },
  { nonce: 'a b' },
  { theme: 'blue' },
  { debug: 'yes' },
  { hideFromBots: 1 },
];

describe('consentry.schema.json', () => {
  it('is a draft-07 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['categories', 'services', 'mode', 'cookie', 'debug', '$schema']));
  });

  it('lets a config file name it: "$schema" is accepted and kept out of the config in force', () => {
    const { config, issues } = normalizeConfig({ $schema: './consentry.schema.json', theme: 'dark' });
    expect(issues).toEqual([]);
    expect(config.theme).toBe('dark');
    expect('$schema' in config).toBe(false);
  });

  it.each(GOOD.map((config) => [JSON.stringify(config).slice(0, 60), config]))('accepts what the validator accepts: %s', (_, config) => {
    expect(validateConfig(config)).toEqual([]);
    expect(check(config), JSON.stringify(check.errors)).toBe(true);
  });

  it.each(BAD.map((config) => [JSON.stringify(config), config]))('refuses what the validator reports: %s', (_, config) => {
    expect(validateConfig(config).length).toBeGreaterThan(0);
    expect(check(config)).toBe(false);
  });
});
