// The insights' pure parts: the "< 5" rule, the counters one event adds to (and their fixed
// order, which keeps concurrent writers from waiting on each other in a circle), the day
// ranges, and HTML that never lets a value become markup.
import { describe, expect, it } from 'vitest';
import { counterKeys } from '../../server/insights/counter-rows.js';
import type { BannerEvent } from '../../server/insights/event.js';
import { count, percent } from '../../server/insights/figures.js';
import { html, jsonInScript } from '../../server/insights/html.js';
import { parseInsightsQuery, periods } from '../../server/insights/query.js';

const choice: BannerEvent = {
  v: 1,
  event: 'choice',
  url: 'https://example.com/',
  revision: 4,
  language: 'fr',
  mode: 'opt-in',
  region: 'EU',
  gpc: true,
  device: 'mobile',
  method: 'custom',
  categories: { other: false, analytical: true },
};

describe('the small-number rule', () => {
  it('shows counts from 5, "< 5" below, zero included', () => {
    expect([0, 1, 4, 5, 120].map(count)).toEqual(['< 5', '< 5', '< 5', 5, 120]);
  });

  it('shows a share only when both what it counts and what it counts against are 5 or more', () => {
    expect(percent(5, 12)).toBe(42);
    expect(percent(4, 100)).toBe('< 5');
    expect(percent(0, 100)).toBe('< 5');
    expect(percent(4, 4)).toBe('< 5');
    expect(percent(98, 100)).toBe(98);
  });
});

describe('counterKeys', () => {
  it('adds one counter per dimension, and one per category state beside each, in a fixed order', () => {
    const keys = counterKeys(choice);
    expect(keys.filter((k) => k.category === '').map((k) => [k.dimension, k.value])).toEqual([
      ['all', ''],
      ['device', 'mobile'],
      ['gpc', 'on'],
      ['language', 'fr'],
      ['mode', 'opt-in'],
      ['region', 'EU'],
      ['revision', '4'],
    ]);
    expect(keys.slice(0, 3)).toEqual([
      { dimension: 'all', value: '', category: '', granted: false },
      { dimension: 'all', value: '', category: 'analytical', granted: true },
      { dimension: 'all', value: '', category: 'other', granted: false },
    ]);
    expect(keys).toHaveLength(21);
    // Whatever order the categories came in.
    expect(counterKeys({ ...choice, categories: { analytical: true, other: false } })).toEqual(keys);
  });

  it('counts a page without a region under the empty value', () => {
    const { region, ...rest } = choice;
    expect(counterKeys({ ...rest, event: 'shown' }).find((k) => k.dimension === 'region')).toEqual({ dimension: 'region', value: '', category: '', granted: false });
  });
});

describe('insights queries', () => {
  const NOW = Date.parse('2026-06-30T15:00:00Z');
  const query = (text: string) => parseInsightsQuery(new URLSearchParams(text), NOW);

  it('defaults to the 30 days up to today, by day', () => {
    expect(query('')).toEqual({ from: '2026-06-01', to: '2026-06-30', by: 'day' });
  });

  it('refuses a range over 1,100 days', () => {
    expect(query('from=2023-01-01&to=2026-06-30')).toEqual({ error: 'from: expected at most 1100 days before to, got "2023-01-01"' });
  });

  it('lists every day, or the Monday of every week, that a range touches', () => {
    expect(periods('2026-06-29', '2026-07-01', 'day')).toEqual(['2026-06-29', '2026-06-30', '2026-07-01']);
    // 2026-06-03 is a Wednesday.
    expect(periods('2026-06-03', '2026-06-15', 'week')).toEqual(['2026-06-01', '2026-06-08', '2026-06-15']);
  });
});

describe('html', () => {
  it('writes every value as text, and only html results as markup', () => {
    const name = '<img src=x onerror=alert(1)>"&\'';
    expect(String(html`<td title="${name}">${name}${html`<b>ok</b>`}</td>`)).toBe(
      '<td title="&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#39;">&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&#39;<b>ok</b></td>',
    );
  });

  it('puts JSON in a script element that no string can close', () => {
    const text = String(jsonInScript({ site: '</script><script>alert(1)</script><!--', line: '\u2028' }));
    expect(text).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(text)).toEqual({ site: '</script><script>alert(1)</script><!--', line: '\u2028' });
  });
});
