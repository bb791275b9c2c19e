import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../../src/manager/suggest';

const MODES = ['opt-in', 'opt-out', 'notice'];

describe('suggest', () => {
  it.each([
    ['optin', MODES, 'opt-in'],
    ['notise', MODES, 'notice'],
    ['darkk', ['light', 'dark', 'auto'], 'dark'],
    ['lax', ['Lax', 'Strict', 'None'], 'Lax'],
    ['google-analytic', ['google-analytics', 'google-ads', 'google-maps'], 'google-analytics'],
    ['analytcal', ['necessary', 'analytical', 'functional', 'other'], 'analytical'],
    ['functionl', ['necessary', 'analytical', 'functional', 'other'], 'functional'],
    ['polcyUrl', ['policyUrl', 'autoShow'], 'policyUrl'],
    ['lable', ['label', 'description'], 'label'],
  ])('%s → %s', (value, options, expected) => {
    expect(suggest(value, options)).toBe(expected);
  });

  it.each([
    ['purple', ['light', 'dark', 'auto']],
    ['video', ['necessary', 'analytical', 'functional', 'other']],
    ['never', MODES],
    ['opt-in', MODES],
    ['', MODES],
    [42, MODES],
  ])('suggests nothing for %j', (value, options) => {
    expect(suggest(value, options)).toBeUndefined();
  });

  it('suggests nothing when two options are equally close', () => {
    expect(suggest('bax', ['bar', 'box'])).toBeUndefined();
  });

  it('writes the tail of a message', () => {
    expect(didYouMean('optin', MODES)).toBe(' (did you mean "opt-in"?)');
    expect(didYouMean('sometimes', MODES)).toBe('');
  });
});
