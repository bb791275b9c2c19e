import { describe, expect, it } from 'vitest';
import { normalizeConfig } from '../../../src/manager/validate';
import { applyChoice as apply, coversConfig, statesOf, transition, type Choice } from '../../../src/gate/consent';
import type { ConsentRecord, Method } from '../../../src/types';

const { config } = normalizeConfig({
  services: { youtube: { category: 'functional' }, ga: { category: 'analytical' }, maps: { category: 'functional' } },
});
const NOW = Date.parse('2026-06-01T12:00:00.750Z');
interface Context {
  now: number;
  newId(): string;
  gpc: boolean;
}
const context = (overrides: Partial<Context> = {}): Context => ({ now: NOW, newId: () => 'id-1', gpc: false, ...overrides });
/** The record after `choice`, made on top of `prev` (the states in force follow from it). */
const applyChoice = (prev: ConsentRecord | null, choice: Choice, method: Method, { now, newId, gpc }: Context) =>
  apply(config, { record: prev, states: statesOf(config, prev, gpc) }, choice, method, gpc, now, newId);

describe('statesOf without a record', () => {
  it('grants only read-only categories in opt-in mode, and refuses nothing explicitly', () => {
    expect(statesOf(config, null, false)).toEqual({
      categories: { necessary: true, analytical: false, functional: false, other: false },
      services: { youtube: false, ga: false, maps: false },
      refused: { necessary: false, analytical: false, functional: false, other: false },
    });
  });

  it('grants everything in opt-out and notice modes, but not "other" under GPC', () => {
    for (const mode of ['opt-out', 'notice'] as const) {
      expect(statesOf({ ...config, mode }, null, false).categories).toEqual({ necessary: true, analytical: true, functional: true, other: true });
      expect(statesOf({ ...config, mode }, null, true).categories.other).toBe(false);
      expect(statesOf({ ...config, mode, gpc: false }, null, true).categories.other).toBe(true);
    }
  });
});

describe('statesOf with a record', () => {
  it('takes the record’s states, marks its refusals, and lets a service it does not name follow its category’s default', () => {
    const record = applyChoice(null, { categories: { analytical: true } }, 'api', context());
    const { ga, ...others } = record.services;
    const states = statesOf(config, { ...record, services: others }, false);
    expect(states.categories).toEqual(record.categories);
    expect(states.refused).toEqual({ necessary: false, analytical: false, functional: true, other: true });
    expect(states.services.ga).toBe(false);
    expect(ga).toBe(true);
  });

  it('is frozen: a listener or vendor handed the states cannot change what is in force', () => {
    const { categories, services } = statesOf(config, null, false);
    expect(Object.isFrozen(categories) && Object.isFrozen(services)).toBe(true);
  });
});

describe('applyChoice', () => {
  it('creates a record: whole seconds, a new id, expiry from the config, unspecified categories off', () => {
    const record = applyChoice(null, { categories: { analytical: true } }, 'api', context());
    expect(record).toEqual({
      id: 'id-1',
      revision: 0,
      givenAt: '2026-06-01T12:00:00.000Z',
      updatedAt: '2026-06-01T12:00:00.000Z',
      expiresAt: '2026-11-30T12:00:00.000Z',
      method: 'api',
      categories: { necessary: true, analytical: true, functional: false, other: false },
      services: { youtube: false, ga: true, maps: false },
      gpc: false,
    });
  });

  it('keeps the id, the first-choice time and unspecified states on an update', () => {
    const first = applyChoice(null, { categories: { analytical: true, functional: true } }, 'custom', context());
    const later = applyChoice(first, { categories: { functional: false } }, 'api', context({ now: NOW + 86_400_000, newId: () => 'id-2' }));
    expect(later.id).toBe('id-1');
    expect(later.givenAt).toBe(first.givenAt);
    expect(later.updatedAt).toBe('2026-06-02T12:00:00.000Z');
    expect(later.categories).toEqual({ necessary: true, analytical: true, functional: false, other: false });
  });

  it('lets services follow a category the choice names, unless named one by one', () => {
    const record = applyChoice(null, { categories: { functional: true }, services: { maps: false } }, 'custom', context());
    expect(record.services).toEqual({ youtube: true, ga: false, maps: false });
  });

  it('grants a single service without its category', () => {
    const record = applyChoice(null, { services: { youtube: true } }, 'api', context());
    expect(record.categories.functional).toBe(false);
    expect(record.services).toEqual({ youtube: true, ga: false, maps: false });
  });

  it('keeps a service granted one by one when another category changes', () => {
    const first = applyChoice(null, { services: { youtube: true } }, 'api', context());
    const later = applyChoice(first, { categories: { analytical: true } }, 'api', context());
    expect(later.services.youtube).toBe(true);
  });

  it('never refuses a read-only category', () => {
    expect(applyChoice(null, { categories: { necessary: false } }, 'api', context()).categories.necessary).toBe(true);
  });

  it('records GPC as sent', () => {
    expect(applyChoice(null, {}, 'gpc', context({ gpc: true })).gpc).toBe(true);
  });
});

describe('transition', () => {
  it('lists categories then services whose state differs, and which of them are withdrawn', () => {
    const before = statesOf(config, null, false);
    const granted = applyChoice(null, { categories: { other: true }, services: { ga: true } }, 'api', context());
    const grant = transition(config, before, granted, false);
    expect(grant).toMatchObject({ record: granted, changed: ['other', 'ga'], withdrawn: [] });
    expect(transition(config, grant.states, granted, false).changed).toEqual([]);
    const withdrawal = transition(config, grant.states, null, false);
    expect(withdrawal).toMatchObject({ record: null, changed: ['other', 'ga'], withdrawn: ['other', 'ga'] });
  });
});

describe('coversConfig', () => {
  it('is false when the config has a category the record does not name', () => {
    const record = applyChoice(null, {}, 'api', context());
    expect(coversConfig(record, config)).toBe(true);
    expect(coversConfig(record, { ...config, categories: { ...config.categories, social: { readOnly: false, cookies: [] } } })).toBe(false);
  });
});
