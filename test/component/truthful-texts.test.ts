// Truthful texts: what both views say comes from the config, in the visitor's language. A
// first layer never names a category the site does not have; the policy link shows only
// with a policyUrl; Global Privacy Control is reported as the config handles it.
import { within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountBanner } from '../../banner/mount';
import * as preferencesPart from '../../banner/preferences/preferences-part';
import { texts as en } from '../../banner/texts/en';
import { texts as de } from '../../banner/texts/de';
import { texts as fr } from '../../banner/texts/fr';
import { mergeTexts } from '../../banner/view-model';
import type { ResolvedConfig, TextOverrides, UIController, View } from '../../src/index';
import { fakeCmp } from './fake-cmp';

const FILES: Record<string, TextOverrides> = { en: {}, fr, de };
const MARKETING: Record<string, string> = { en: 'Marketing cookies', fr: 'Cookies marketing', de: 'Marketing-Cookies' };

let ui: UIController | undefined;
const cleanup = () => {
  ui?.destroy();
  ui = undefined;
};
afterEach(() => {
  cleanup();
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

/** The UI as the core shows it: the language file with the config's translations over it; `root` is the themed root in the shadow tree. */
async function show(language: string, config: Partial<ResolvedConfig>, view: View = 'banner', own?: TextOverrides) {
  const translations = (config.translations ?? {}) as Record<string, TextOverrides>;
  const cmp = fakeCmp({ language, config, texts: own ?? mergeTexts(FILES[language]!, translations[language] ?? {}) });
  ui = mountBanner(cmp, { preferences: async () => preferencesPart });
  await ui.show(view);
  return { cmp, root: document.getElementById('consentry-root')!.shadowRoot!.querySelector<HTMLElement>('.c')! };
}

/** Every label the built-in texts give a category, in English and in `language`. */
const builtInLabels = (language: string, name: string) => [en.categories[name]!.label, mergeTexts(en, FILES[language]!).categories[name]!.label];

const onlyMarketing = (language: string): Partial<ResolvedConfig> => ({
  categories: { necessary: { readOnly: true, cookies: [] }, marketing: { readOnly: false, cookies: [] } },
  translations: { [language]: { categories: { marketing: { label: MARKETING[language], description: '…' } } } },
});

describe.each(['en', 'fr', 'de'])('in %s', (language) => {
  const t = mergeTexts(en, FILES[language]!);

  it('a site with only marketing: the first layer names marketing, by its label, and nothing else', async () => {
    const { root } = await show(language, onlyMarketing(language));
    const text = within(root).getByRole('region').textContent!;
    expect(text).toContain(t.bannerPurposes.replace('{categories}', MARKETING[language]!));
    for (const name of ['analytical', 'functional', 'other']) {
      for (const label of builtInLabels(language, name)) expect(text.toLowerCase()).not.toContain(label.toLowerCase());
    }
  });

  it('a site with analytical and other: both by their labels, as the language lists them, and no functional', async () => {
    const { root } = await show(language, { categories: { necessary: { readOnly: true, cookies: [] }, analytical: { readOnly: false, cookies: [] }, other: { readOnly: false, cookies: [] } } });
    const text = within(root).getByRole('region').textContent!;
    const list = new Intl.ListFormat(language, { type: 'conjunction' }).format([t.categories.analytical!.label, t.categories.other!.label]);
    expect(text).toContain(t.bannerPurposes.replace('{categories}', list));
    for (const label of builtInLabels(language, 'functional')) expect(text.toLowerCase()).not.toContain(label.toLowerCase());
  });

  it('a site with no optional category says nothing about consent for categories', async () => {
    const { root } = await show(language, { categories: { necessary: { readOnly: true, cookies: [] } } });
    expect(within(root).getByRole('region').textContent).not.toContain(t.bannerPurposes.split('{categories}')[0]!);
  });

  it('links the policy only when the config has a policyUrl, in both views', async () => {
    expect(within((await show(language, {})).root).queryByRole('link', { name: t.policyLink })).toBeNull();
    cleanup();
    expect(within((await show(language, { policyUrl: '/privacy' })).root).getByRole('link', { name: t.policyLink }).getAttribute('href')).toBe('/privacy');
    cleanup();
    expect(within((await show(language, { policyUrl: '/privacy' }, 'preferences')).root).getByRole('link', { name: t.policyLink }).getAttribute('href')).toBe('/privacy');
  });

  it('carries the language of its texts on the root, and the matching direction', async () => {
    const { root } = await show(language, {});
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual([language, 'ltr']);
  });

  describe('under Global Privacy Control', () => {
    const signal = () => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });

    it.each(['banner', 'preferences'] as const)('the %s says it is honoured and which configured category it keeps off', async (view) => {
      signal();
      const { root } = await show(language, {}, view);
      expect(root.textContent).toContain(t.gpcHonoured.replace('{categories}', t.categories.other!.label));
    });

    it('says it is honoured but changes nothing when the site has no category it turns off', async () => {
      signal();
      const { root } = await show(language, onlyMarketing(language));
      expect(root.textContent).toContain(t.gpcNone);
      expect(root.textContent).not.toContain(t.categories.other!.label);
    });

    it('says it is not applied when the config turns gpc off', async () => {
      signal();
      const { root } = await show(language, { gpc: false }, 'preferences');
      expect(root.textContent).toContain(t.gpcNotHonoured);
      expect(root.textContent).not.toContain(t.gpcNone);
    });

    it('says nothing without the signal', async () => {
      const { root } = await show(language, {});
      for (const text of [t.gpcHonoured, t.gpcNone, t.gpcNotHonoured]) expect(root.textContent).not.toContain(text.slice(0, 30));
    });
  });
});

it('marks texts English when the language’s own file did not load', async () => {
  const { root } = await show('fr', {}, 'banner', {});
  expect(root.getAttribute('lang')).toBe('en');
});

it('warns in the console, once per problem, when the config’s texts describe a category it does not have', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const cmp = fakeCmp({ config: { ...onlyMarketing('en'), translations: { en: { bannerText: 'We also use analytical cookies.', categories: { other: { label: 'Ads' } } } } } });
    const ui = mountBanner(cmp);
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      'consentry: config.translations.en.categories.other: no category "other" in config.categories',
      'consentry: config.translations.en.bannerText: names "Analytical cookies", but there is no category "analytical" in config.categories',
    ]);
    ui.destroy();
  } finally {
    warn.mockRestore();
  }
});
