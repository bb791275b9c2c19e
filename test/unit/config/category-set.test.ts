import { describe, expect, it } from 'vitest';
import { normalizeConfig, validateConfig } from '../../../src/manager/validate';

const issues = (input: unknown) => validateConfig(input).map(({ level, message }) => `${level}: ${message}`);
const NOTHING_TO_CONSENT =
  'error: consentry: config.categories: nothing to consent to, yet mode "opt-in" asks: the default categories are kept. Declare the ones your markup uses, or use mode "notice"';

describe('the set of categories a config declares (issue 24)', () => {
  it('names a config that leaves nothing to consent to while it asks, and keeps the default categories so gated markup can still be granted', () => {
    expect(issues({ categories: {}, services: {} })).toEqual([NOTHING_TO_CONSENT]);
    const { config } = normalizeConfig({ categories: {} });
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytical', 'functional', 'other']);
  });

  it('counts read-only categories as nothing to consent to, and keeps what they declare', () => {
    const input = { categories: { necessary: { cookies: [{ name: 'sid' }] }, security: { readOnly: true } } };
    expect(issues(input)).toEqual([NOTHING_TO_CONSENT]);
    const { config } = normalizeConfig(input);
    expect(Object.keys(config.categories)).toEqual(['necessary', 'analytical', 'functional', 'other', 'security']);
    expect(config.categories.necessary!.cookies).toEqual([{ name: 'sid' }]);
  });

  it('names it in opt-out mode and when any region of a mode map asks', () => {
    expect(issues({ categories: {}, mode: 'opt-out' })[0]).toContain('yet mode "opt-out" asks:');
    expect(issues({ categories: {}, mode: { default: 'notice', EU: 'opt-in' } })[0]).toContain('yet mode "opt-in" asks:');
  });

  it('accepts only necessary categories in notice mode, which asks nothing', () => {
    expect(issues({ categories: { necessary: {} }, mode: 'notice' })).toEqual([]);
    expect(Object.keys(normalizeConfig({ categories: {}, mode: 'notice' }).config.categories)).toEqual(['necessary']);
  });

  it('warns when categories is one default category alone (declared cookies for one category), and still replaces the set', () => {
    expect(issues({ categories: { analytical: { cookies: [{ name: '_ga' }] } } })).toEqual([
      'warning: consentry: config.categories: replaces the default set, without "functional", "other": markup tagged with these never runs. Add these if your pages use them',
    ]);
    expect(Object.keys(normalizeConfig({ categories: { analytical: {} } }).config.categories)).toEqual(['necessary', 'analytical']);
  });

  // A site without embeds may mean to drop `functional`: markup that still names it is named by the gate where it is.
  it('says nothing about a set chosen on purpose: names of its own, two or more categories, or the whole default set', () => {
    expect(issues({ categories: { necessary: {}, analytical: {}, other: {} } })).toEqual([]);
    expect(issues({ categories: { analytics: { label: 'Statistics' }, media: { label: 'Embedded media' } } })).toEqual([]);
    expect(issues({ categories: { analytical: {}, marketing: {} } })).toEqual([]);
    expect(issues({ categories: { necessary: {}, analytical: {}, functional: {}, other: {} } })).toEqual([]);
    expect(issues({})).toEqual([]);
  });
});
