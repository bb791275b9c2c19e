// The codec's own properties, and the shared table of stored choices (test/fixtures/codec-cases.ts)
// as the gate reads them: its store splits the page's cookies, readStored judges them.
// consentry/server runs the same table (test/node/server-read.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRecord, encodeRecord, readStored, type DecodeExpectations } from '../../../src/gate/codec';
import { presetService } from '../../../src/gate/presets';
import { createStore } from '../../../src/gate/store';
import { normalizeConfig } from '../../../src/manager/validate';
import { NOW, RECORD as record, STORED_CASES, VALUE as encoded, payloadOf, resign } from '../../fixtures/codec-cases';
import { testEnv } from '../../helpers/env';

const expect_: DecodeExpectations = {
  revision: 2,
  now: NOW,
  categories: { necessary: { readOnly: true }, analytical: { readOnly: false }, functional: { readOnly: false }, other: { readOnly: false } },
  services: { youtube: {}, ga: {} },
};

describe('the stored choice, as the gate reads it', () => {
  it.each(STORED_CASES)('$name', ({ cookies, config, now, expected }) => {
    // The config as the manager resolves it; the page's cookies as document.cookie returns them.
    const resolved = normalizeConfig(config, presetService).config;
    const store = createStore(testEnv({ doc: { cookie: cookies } as Document }), resolved.cookie);
    expect(readStored(store.values(), { ...resolved, now })).toEqual(expected);
  });
});

describe('encodeRecord', () => {
  it('writes the documented compact form', () => {
    expect(encoded).toMatch(/^1~3b241101-e2bb-4255-8caf-4136c566a962~2~[\da-z]+~[\da-z]+~[\da-z]+~2~1~necessary\.analytical\.!functional\.!other~youtube\.!ga~[\da-z]+$/);
    expect(encoded.length).toBeLessThan(200);
  });
});

describe('decodeRecord', () => {
  it('reads back what it wrote', () => {
    expect(decodeRecord(encoded, expect_)).toEqual(record);
  });

  it.each(['gpc', 'api', 'accept-all', 'reject-all', 'custom'] as const)('keeps the method %s', (method) => {
    expect(decodeRecord(encodeRecord({ ...record, method }), expect_)?.method).toBe(method);
  });

  it('never throws and never grants what was not chosen, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1200 }), (raw) => {
        const decoded = decodeRecord(raw, expect_);
        if (decoded) expect(encodeRecord(decoded)).toBe(raw);
      }),
      { numRuns: 3000 },
    );
  });

  it('never grants what the stored value does not grant, for near-valid values re-signed after an edit (property)', () => {
    // Valid cookies with one edit and a recomputed check: they pass the checksum, so the
    // structural checks, not the hash, must stop them from granting.
    const payload = payloadOf(encoded);
    const edit = fc.record({
      at: fc.nat({ max: payload.length - 1 }),
      kind: fc.constantFrom('replace', 'delete', 'insert'),
      text: fc.constantFrom('!', '.', '~', '0', '1', 'z', 'other', '!other', '__proto__', 'constructor', '.analytical', 'ga', '%', ''),
    });
    /** What the edited value itself grants: names in its categories and services fields, without "!". */
    const grantsOf = (value: string, field: number) => new Set((value.split('~')[field] ?? '').split('.').filter((name) => name && name[0] !== '!'));
    let decodedSome = 0;
    fc.assert(
      fc.property(edit, ({ at, kind, text }) => {
        const edited =
          kind === 'replace' ? payload.slice(0, at) + text + payload.slice(at + 1) : kind === 'delete' ? payload.slice(0, at) + payload.slice(at + 1) : payload.slice(0, at) + text + payload.slice(at);
        const decoded = decodeRecord(resign(edited), expect_);
        if (!decoded) return;
        decodedSome++;
        for (const [name, on] of Object.entries(decoded.categories)) {
          expect(typeof on).toBe('boolean');
          if (on && name !== 'necessary') expect(grantsOf(edited, 8).has(name)).toBe(true);
          expect(Object.keys(expect_.categories)).toContain(name);
        }
        for (const [name, on] of Object.entries(decoded.services)) {
          expect(typeof on).toBe('boolean');
          if (on) expect(grantsOf(edited, 9).has(name)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    // The check above ran on real decodes, not only on values the decoder refused.
    expect(decodedSome).toBeGreaterThan(40);
  }, 20_000);

  it('voids every single-character edit, deletion and truncation (property)', () => {
    const edit = fc.record({
      at: fc.nat({ max: encoded.length - 1 }),
      kind: fc.constantFrom('replace', 'delete', 'insert', 'truncate'),
      char: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz!.~-_%'.split('')),
    });
    fc.assert(
      fc.property(edit, ({ at, kind, char }) => {
        const mutated =
          kind === 'replace'
            ? encoded.slice(0, at) + char + encoded.slice(at + 1)
            : kind === 'delete'
              ? encoded.slice(0, at) + encoded.slice(at + 1)
              : kind === 'insert'
                ? encoded.slice(0, at) + char + encoded.slice(at)
                : encoded.slice(0, at);
        fc.pre(mutated !== encoded);
        expect(decodeRecord(mutated, expect_)).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('grants only categories stored as granted, for any record (property)', () => {
    const names = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(names, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (categoryNames, states) => {
        const categories = Object.fromEntries(categoryNames.filter((n) => !(n in {})).map((name, i) => [name, states[i]!]));
        const configured = Object.fromEntries(Object.keys(categories).map((name) => [name, { readOnly: false }]));
        const decoded = decodeRecord(encodeRecord({ ...record, categories, services: {} }), { ...expect_, categories: configured, services: {} });
        expect(decoded?.categories).toEqual(categories);
        for (const name of Object.keys(decoded!.categories)) expect(decoded!.categories[name]).toBe(categories[name]);
      }),
    );
  });
});

describe('the README', () => {
  it('shows a stored value that decodes to the record it describes', async () => {
    const { readFileSync } = await import('node:fs');
    const example = /^(1~3b241101[^\s]+)$/m.exec(readFileSync('README.md', 'utf8'))![1]!;
    expect(decodeRecord(example, { ...expect_, now: Date.parse('2026-06-01T00:00:00Z') })).toEqual({
      ...record,
      givenAt: '2026-05-01T10:00:00.000Z',
      updatedAt: '2026-05-20T08:30:15.000Z',
    });
  });
});
