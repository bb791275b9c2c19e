/** The preference centre's built-in English: it comes with the preference centre's chunk. */
import type { PreferencesTexts } from '../texts/en';

export const preferences: PreferencesTexts = {
  preferencesTitle: 'Cookie preferences',
  preferencesText: 'Choose which cookies we may use. Those this site needs in order to work are always on.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  services: 'Services',
  cookieName: 'Name',
  cookieProvider: 'Provider',
  cookieDuration: 'Duration',
  cookiePurpose: 'Purpose',
  cookieDetails: 'Cookies used',
  servicePolicy: 'Privacy policy',
  consentId: 'Your consent ID',
  downloadRecord: 'Download my consent record',
  cookieType: 'Type',
  session: 'Session',
  persistent: 'Persistent',
  categories: {
    necessary: { description: 'Keep the site working and secure, and remember your cookie choices.' },
    analytical: { description: 'Count visits and show us how the site is used, so we can improve it.' },
    functional: { description: 'Remember your settings and make videos, maps and similar features work.' },
    other: { description: 'Used for advertising and shared with partners, who may combine them with other data about you.' },
  },
};
