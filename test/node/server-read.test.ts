// readConsent: the stored choice read from a request's Cookie header with the gate's exact
// verdicts. The table is the one the browser-side codec test runs (test/fixtures/codec-cases.ts),
// here against the source and the built package alike.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeRecord } from '../../src/gate/codec';
import { readConsent } from '../../src/server/index';
import { CONFIG, NOW, RECORD, STORED_CASES, VALUE } from '../fixtures/codec-cases';

describe.each(['../../src/server/index.ts', '../../dist/server.mjs'])('readConsent from %s', (path) => {
  let read: typeof readConsent;
  beforeAll(async () => {
    ({ readConsent: read } = await import(/* @vite-ignore */ path));
  });

  it.each(STORED_CASES)('$name', ({ cookies, config, now, expected }) => {
    expect(read(cookies, { config, now })).toEqual(expected);
  });
});

describe('readConsent', () => {
  it('takes the time as a Date too, and defaults to the clock', () => {
    expect(readConsent(`consentry=${VALUE}`, { config: CONFIG, now: new Date(NOW) })).toEqual(RECORD);
    // RECORD expires in November 2026; one made a minute ago is read with the real clock.
    const minuteAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    const fresh = { ...RECORD, givenAt: minuteAgo.toISOString(), updatedAt: minuteAgo.toISOString(), expiresAt: new Date(minuteAgo.getTime() + 86_400_000).toISOString() };
    expect(readConsent(`consentry=${encodeRecord(fresh)}`, { config: CONFIG })).toEqual(fresh);
  });

  it('reads with the default config when none is given', () => {
    const record = { ...RECORD, revision: 0, services: {} };
    expect(readConsent(`consentry=${encodeRecord(record)}`, { now: NOW })).toEqual(record);
    expect(readConsent(`consentry=${VALUE}`, { now: NOW })).toBeNull(); // revision 2 is not the default 0
  });

  it('reads a header joined without spaces or with extra ones, as proxies and HTTP/2 may send it', () => {
    for (const header of [`a=1;consentry=${VALUE}`, `a=1;  consentry=${VALUE} ;b=2`, `consentry=${VALUE};`]) {
      expect(readConsent(header, { config: CONFIG, now: NOW }), header).toEqual(RECORD);
    }
    expect(readConsent(`consentry=${VALUE};consentry=${VALUE.slice(0, -1)}`, { config: CONFIG, now: NOW })).toBeNull();
  });

  it('is null for a missing header or one that is not text, and never throws', () => {
    for (const header of [undefined, null, '', 42, ['consentry=' + VALUE], {}] as unknown[]) {
      expect(readConsent(header as string, { config: CONFIG, now: NOW })).toBeNull();
    }
    expect(readConsent(`consentry=${VALUE}`, { config: 'not a config' as never, now: NOW })).toBeNull();
    expect(readConsent(`consentry=${VALUE}`, { config: CONFIG, now: Number.NaN })).toBeNull();
  });

  it('checks the config as the manager does: an invalid entry is ignored, the rest applies', () => {
    const config = { ...CONFIG, revision: 2, cookie: { name: 'bad name;' } } as never;
    expect(readConsent(`consentry=${VALUE}`, { config, now: NOW })).toEqual(RECORD);
  });
});
