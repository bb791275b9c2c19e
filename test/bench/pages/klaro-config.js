// Klaro 0.7.22, configured after its annotated dist/config.js: one service per purpose of
// the comparison (a required one for "necessary"), "accept all" on, otherwise the defaults.
var klaroConfig = {
  version: 1,
  acceptAll: true,
  groupByPurpose: true,
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      purposes: {
        necessary: { title: 'Necessary', description: 'Needed for the site to work.' },
        analytics: { title: 'Analytics', description: 'Count visits to improve the site.' },
        functional: { title: 'Functional', description: 'Remember your settings.' },
        marketing: { title: 'Marketing', description: 'Measure and show ads.' },
      },
      session: { description: 'Needed for the site to work.' },
      analytics: { description: 'Counts visits to improve the site.' },
      preferences: { description: 'Remembers your settings.' },
      pixel: { description: 'Measures ads.' },
    },
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
    { name: 'analytics', title: 'Analytics', purposes: ['analytics'], cookies: [/^_bench_ga/] },
    { name: 'preferences', title: 'Preferences', purposes: ['functional'] },
    { name: 'pixel', title: 'Ad pixel', purposes: ['marketing'] },
  ],
};
