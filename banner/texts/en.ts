/**
 * The built-in English texts: the banner chunk ships them, every other language overrides
 * them. Plain words, no HTML: links are data (`policyUrl`), never markup in a string.
 */
import type { Texts } from '../../src/index';

/** What the banner shows: every text but the iframe placeholder's (the core has those). */
export type BannerTexts = Omit<Texts, 'placeholderText' | 'placeholderLoadOnce' | 'placeholderAllow'>;

export const texts: BannerTexts = {
  bannerTitle: 'We use cookies',
  bannerText: 'Some cookies are needed for this site to work. We use the others only if you agree, and you can change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Change preferences',
  policyLink: 'Cookie policy',
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
  bannerPurposes: 'Only with your consent: {categories}.',
  noticePurposes: 'In use on this site: {categories}.',
  gpcHonoured: 'Your browser sent a Global Privacy Control signal, and we honour it. Off until you turn them on: {categories}.',
  gpcNone: 'Your browser sent a Global Privacy Control signal, and we honour it. No cookies on this site are affected by it.',
  gpcNotHonoured: 'Your browser sent a Global Privacy Control signal. This site does not apply it automatically: you can refuse cookies here yourself.',
  consentId: 'Your consent ID',
  downloadRecord: 'Download my consent record',
  cookieType: 'Type',
  session: 'Session',
  persistent: 'Persistent',
  noticeTitle: 'Your privacy choices',
  noticeText: 'This site uses cookies. The preferences show what each kind is for.',
  optOutText: 'We use cookies, and some of them may count as selling or sharing your personal information. You can opt out at any time.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  dismiss: 'OK',
  categories: {
    necessary: { label: 'Necessary cookies', description: 'Keep the site working and secure, and remember your cookie choices.' },
    analytical: { label: 'Analytical cookies', description: 'Count visits and show us how the site is used, so we can improve it.' },
    functional: { label: 'Functional cookies', description: 'Remember your settings and make videos, maps and similar features work.' },
    other: { label: 'Other cookies', description: 'Used for advertising and shared with partners, who may combine them with other data about you.' },
  },
};
