// The console warning for a config whose own texts describe a category it does not have.
import { describe, expect, it } from 'vitest';
import { textWarnings } from '../../../banner/check-texts';
import { texts as en } from '../../../banner/texts/en';
import { texts as fr } from '../../../banner/texts/fr';
import { mergeTexts } from '../../../banner/view-model';
import { fakeConfig } from '../../component/fake-cmp';

const ONLY_MARKETING = { necessary: { readOnly: true, cookies: [] }, marketing: { readOnly: false, cookies: [] } };

describe('textWarnings', () => {
  it('is silent for translations that keep to the configured categories', () => {
    const config = fakeConfig({
      categories: ONLY_MARKETING,
      translations: { en: { bannerTitle: 'Cookies on example.com', categories: { marketing: { label: 'Marketing cookies' } } }, fr: { categories: { marketing: { label: 'Cookies marketing' } } } },
    });
    expect(textWarnings(config, en, mergeTexts(en, fr))).toEqual([]);
  });

  it('names a translated category that is not configured, by its path', () => {
    const config = fakeConfig({ categories: ONLY_MARKETING, translations: { fr: { categories: { analytical: { label: 'Mesure' }, marketing: { label: 'Publicité' } } } } });
    expect(textWarnings(config, en)).toEqual(['config.translations.fr.categories.analytical: no category "analytical" in config.categories']);
  });

  it('names a text that mentions a built-in category the site left out, in English or the page’s language', () => {
    const config = fakeConfig({
      categories: ONLY_MARKETING,
      translations: {
        en: { bannerText: 'We would also like to use Analytical cookies.' },
        fr: { bannerText: 'Nous utilisons aussi des cookies analytiques.' },
      },
    });
    expect(textWarnings(config, en, mergeTexts(en, fr))).toEqual([
      'config.translations.en.bannerText: names "Analytical cookies", but there is no category "analytical" in config.categories',
      'config.translations.fr.bannerText: names "Cookies analytiques", but there is no category "analytical" in config.categories',
    ]);
  });

  it('lets a site name a built-in category it does have', () => {
    const config = fakeConfig({ translations: { en: { bannerText: 'We use Analytical cookies with your consent.' } } });
    expect(textWarnings(config, en)).toEqual([]);
  });
});
