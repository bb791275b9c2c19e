/**
 * The built-in English texts: the banner chunk ships them, every other language overrides
 * them. Plain words, no HTML: links are data (`policyUrl`), never markup in a string.
 */
import type { Texts } from '../../src/index';

/** What the banner shows: every text but the iframe placeholder's (the core has those). */
export type BannerTexts = Omit<Texts, 'placeholderText' | 'placeholderLoadOnce' | 'placeholderAllow'>;

export const texts: BannerTexts = {
  bannerTitle: 'We use cookies',
  bannerText: 'Necessary cookies keep this site working. With your consent we would also use analytical, functional and other cookies. You can change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Change preferences',
  policyLink: 'Cookie policy',
  preferencesTitle: 'Cookie preferences',
  preferencesText: 'Choose which cookies we may use. Necessary cookies are always on: the site cannot work without them.',
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
  gpcHonoured: 'Your browser sent a Global Privacy Control signal: other cookies stay off unless you turn them on.',
  noticeTitle: 'Your privacy choices',
  noticeText: 'This site uses cookies to work, to count visits and to remember your settings.',
  optOutText:
    'We use cookies to count visits, remember your settings and advertise with partners, which may count as selling or sharing your personal information. You can opt out at any time.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  dismiss: 'OK',
  categories: {
    necessary: { label: 'Necessary cookies', description: 'Keep the site working and secure, and remember your cookie choices.' },
    analytical: { label: 'Analytical cookies', description: 'Count visits and show us how the site is used, so we can improve it.' },
    functional: { label: 'Functional cookies', description: 'Remember your settings and make videos, maps and similar features work.' },
    other: { label: 'Other cookies', description: 'Used for advertising and shared with partners, who may combine them with other data about you.' },
  },
};
