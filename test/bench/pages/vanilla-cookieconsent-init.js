// vanilla-cookieconsent 3.1.0, configured as its "Getting started" page shows: the four
// categories of the comparison, English texts, otherwise the defaults (opt-in, box modal).
CookieConsent.run({
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_bench_ga/ }] } },
    functionality: {},
    marketing: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We use cookies',
          description: 'We use cookies to measure visits and to show relevant ads, with your permission.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Change preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary cookies', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
            { title: 'Analytical cookies', description: 'Count visits to improve the site.', linkedCategory: 'analytics' },
            { title: 'Functional cookies', description: 'Remember your settings.', linkedCategory: 'functionality' },
            { title: 'Other cookies', description: 'Measure and show ads.', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
});
