// consentCookie: the Set-Cookie value that re-issues a stored choice from the server. The
// value is the gate's own encoding, the attributes the config's, and it expires exactly when
// the record does; a record the gate would not read is never issued.
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/gate/codec';
import { consentCookie, readConsent } from '../../src/server/index';
import type { ConsentRecord } from '../../src/types';
import { CONFIG, NOW, RECORD, VALUE } from '../fixtures/codec-cases';

const EXPIRES = 'Wed, 18 Nov 2026 08:30:15 GMT';

describe('consentCookie', () => {
  it('re-issues the value the gate writes, with the default attributes and the record’s own expiry', () => {
    expect(VALUE).toBe(encodeRecord(RECORD));
    expect(consentCookie(RECORD, { config: CONFIG, now: NOW })).toBe(`consentry=${VALUE}; Path=/; Expires=${EXPIRES}; SameSite=Lax; Secure`);
  });

  it('reads back as the same record', () => {
    const pair = consentCookie(RECORD, { config: CONFIG, now: NOW })!.split('; ')[0]!;
    expect(readConsent(pair, { config: CONFIG, now: NOW })).toEqual(RECORD);
  });

  it('uses the config’s cookie name, domain, path and SameSite, and never HttpOnly or Max-Age', () => {
    const config = { ...CONFIG, cookie: { name: 'site_consent', domain: '.example.com', path: '/shop', sameSite: 'Strict' as const } };
    const cookie = consentCookie(RECORD, { config, now: NOW })!;
    expect(cookie).toBe(`site_consent=${VALUE}; Path=/shop; Expires=${EXPIRES}; SameSite=Strict; Domain=.example.com; Secure`);
    expect(cookie).not.toMatch(/httponly|max-age/i);
  });

  it('marks it Secure as the gate would: the config decides, else whether the page is served over https', () => {
    const attributes = (config: typeof CONFIG, secure?: boolean) => consentCookie(RECORD, { config, now: NOW, secure })!.split('; ').slice(1);
    expect(attributes(CONFIG)).toContain('Secure');
    expect(attributes(CONFIG, false)).not.toContain('Secure');
    expect(attributes({ ...CONFIG, cookie: { secure: true } }, false)).toContain('Secure');
    expect(attributes({ ...CONFIG, cookie: { secure: false } }, true)).not.toContain('Secure');
  });

  it('keeps the browsers’ rules the config is checked against (a __Host- cookie, SameSite=None)', () => {
    const host = consentCookie(RECORD, { config: { ...CONFIG, cookie: { name: '__Host-consent', domain: 'example.com', path: '/x' } }, now: NOW, secure: false });
    expect(host).toBe(`__Host-consent=${VALUE}; Path=/; Expires=${EXPIRES}; SameSite=Lax; Secure`);
    const none = consentCookie(RECORD, { config: { ...CONFIG, cookie: { sameSite: 'None', secure: false } }, now: NOW });
    expect(none).toMatch(/; SameSite=Lax$/);
  });

  it('never expires later than the record: a time with milliseconds is cut to the second', () => {
    const record = { ...RECORD, expiresAt: '2026-11-18T08:30:15.999Z' };
    expect(consentCookie(record, { config: CONFIG, now: NOW })).toContain(`; Expires=${EXPIRES};`);
  });

  it.each<[string, ConsentRecord, object?]>([
    ['an expired record', RECORD, { now: Date.parse(RECORD.expiresAt) }],
    ['a record of another revision', RECORD, { config: { ...CONFIG, revision: 3 } }],
    ['a record dated in the future', RECORD, { now: Date.parse('2026-05-01T00:00:00Z') }],
    ['a lifetime longer than any written', { ...RECORD, expiresAt: '2030-01-01T00:00:00.000Z' }],
    ['a read-only category refused', { ...RECORD, categories: { ...RECORD.categories, necessary: false } }],
    ['a name that is not one', { ...RECORD, services: { 'two words': true } }],
    ['an invalid date', { ...RECORD, expiresAt: 'soon' }],
    ['a value over 1 KB', { ...RECORD, services: Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`service-${i}`, true])) }],
  ])('is null for %s, which the gate would not read', (_, record, options) => {
    expect(consentCookie(record, { config: CONFIG, now: NOW, ...options })).toBeNull();
  });

  it('is null for what is not a record, and never throws', () => {
    for (const record of [null, undefined, 'consentry', 42, {}, { ...RECORD, categories: null }, { ...RECORD, services: 'x' }] as unknown[]) {
      expect(consentCookie(record as ConsentRecord, { config: CONFIG, now: NOW })).toBeNull();
    }
  });
});
