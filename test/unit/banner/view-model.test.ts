import { describe, expect, it } from 'vitest';
import type { PresetTexts } from '../../../banner/preset-texts';
import { texts as en } from '../../../banner/texts/en';
import { texts as ar } from '../../../banner/texts/ar';
import { texts as ja } from '../../../banner/texts/ja';
import { categoriesView } from '../../../banner/preferences/categories';
import { listOf, mergeTexts, textDirection } from '../../../banner/view-model';
import { fakeConfig } from '../../component/fake-cmp';

describe('mergeTexts', () => {
  it('overrides texts and nested groups key by key', () => {
    const merged = mergeTexts(en, { acceptAll: 'Tout accepter', categories: { analytical: { label: 'Mesure' } } });
    expect(merged.acceptAll).toBe('Tout accepter');
    expect(merged.rejectAll).toBe('Reject all');
    expect(merged.categories.analytical).toEqual({ label: 'Mesure', description: en.categories.analytical!.description });
    expect(en.acceptAll).toBe('Accept all');
  });

  it('never merges __proto__ or constructor', () => {
    const merged = mergeTexts(en, JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "categories": {"__proto__": {"polluted": true}}}'));
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect((merged as unknown as { polluted?: boolean }).polluted).toBeUndefined();
    expect((merged.categories as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.hasOwn(merged, 'constructor')).toBe(false);
  });
});

describe('listOf', () => {
  it('joins labels with the language file’s own words, as Intl.ListFormat would', () => {
    expect(listOf(en, [])).toBe('');
    expect(listOf(en, ['A'])).toBe('A');
    expect(listOf(en, ['A', 'B'])).toBe('A and B');
    expect(listOf(en, ['A', 'B', 'C'])).toBe('A, B and C');
    expect(listOf(ja as typeof en, ['A', 'B', 'C'])).toBe(new Intl.ListFormat('ja', { type: 'conjunction' }).format(['A', 'B', 'C']));
    expect(listOf(ar as typeof en, ['A', 'B', 'C'])).toBe(new Intl.ListFormat('ar', { type: 'conjunction' }).format(['A', 'B', 'C']));
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['arn', 'ltr'],
  ])('%s → %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});

describe('categoriesView', () => {
  const presets: PresetTexts = {
    hotjar: { label: 'Hotjar', provider: 'Hotjar Ltd.', purpose: 'Records visits.', policyUrl: 'https://www.hotjar.com/legal/policies/privacy/', cookies: { _hjSessionUser_: { duration: '1 year', purpose: 'Identifies the visitor.' } } },
  };

  it('lists the categories in config order with the built-in texts', () => {
    const view = categoriesView(fakeConfig(), en);
    expect(view.map(({ name, label, readOnly }) => [name, label, readOnly])).toEqual([
      ['necessary', 'Necessary cookies', true],
      ['analytical', 'Analytical cookies', false],
      ['functional', 'Functional cookies', false],
      ['other', 'Other cookies', false],
    ]);
  });

  it('uses the category name when nothing describes a custom category', () => {
    const config = fakeConfig({ categories: { necessary: { readOnly: true, cookies: [] }, marketing: { readOnly: false, cookies: [] } } });
    expect(categoriesView(config, en)[1]).toEqual({ name: 'marketing', label: 'marketing', description: '', readOnly: false, services: [], cookies: [] });
  });

  it('puts a service under its category with preset texts, config texts winning', () => {
    const config = fakeConfig({
      services: {
        hj: { category: 'analytical', preset: 'hotjar', cookies: [{ name: '_hjSessionUser_' }], hosts: [] },
        own: { category: 'analytical', label: 'Own stats', description: 'Counts pages.', url: '/stats-privacy', cookies: [{ name: 'own', duration: '1 day', provider: 'Us' }], hosts: [] },
      },
    });
    const analytical = categoriesView(config, en, {}, presets)[1]!;
    expect(analytical.services).toEqual([
      { id: 'hj', label: 'Hotjar', purpose: 'Records visits.', policyUrl: 'https://www.hotjar.com/legal/policies/privacy/' },
      { id: 'own', label: 'Own stats', purpose: 'Counts pages.', policyUrl: '/stats-privacy' },
    ]);
    expect(analytical.cookies).toEqual([
      { name: '_hjSessionUser_', provider: 'Hotjar Ltd.', duration: '1 year', kind: 'persistent', purpose: 'Identifies the visitor.' },
      { name: 'own', provider: 'Us', duration: '1 day', kind: 'persistent', purpose: '' },
    ]);
  });

  it('takes a preset purpose from the language, else English', () => {
    const config = fakeConfig({ services: { hj: { category: 'analytical', preset: 'hotjar', cookies: [], hosts: [] } } });
    const german = mergeTexts(en, { servicePurposes: { hotjar: 'Zeichnet Besuche auf.' } });
    expect(categoriesView(config, german, {}, presets)[1]!.services[0]!.purpose).toBe('Zeichnet Besuche auf.');
    expect(categoriesView(config, en, {}, presets)[1]!.services[0]!.purpose).toBe('Records visits.');
  });

  it('ranks labels: the page’s translation, then the config, then the language file', () => {
    const config = fakeConfig({ categories: { necessary: { readOnly: true, cookies: [] }, analytical: { label: 'Statistics', description: 'Counts.', readOnly: false, cookies: [] } } });
    const french = mergeTexts(en, { categories: { analytical: { label: 'Cookies analytiques' }, necessary: { label: 'Cookies nécessaires' } } });
    expect(categoriesView(config, french).map((category) => category.label)).toEqual(['Cookies nécessaires', 'Statistics']);
    expect(categoriesView(config, french, { categories: { analytical: { label: 'Statistiques' } } })[1]!.label).toBe('Statistiques');
  });
});
