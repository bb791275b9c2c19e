/**
 * The built-in English of the first layer (and of what both views say): the banner chunk
 * ships it. The preference centre's own English (./preferences.ts) comes with its chunk.
 */
import type { FirstLayerTexts } from '../en';

export const firstLayer: FirstLayerTexts = {
  bannerTitle: 'We use cookies',
  bannerText: 'Some cookies are needed for this site to work. We use the others only if you agree, and you can change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  preferences: 'Change preferences',
  policyLink: 'Cookie policy',
  bannerPurposes: 'Only with your consent: {categories}.',
  listComma: ', ',
  listAnd: ' and ',
  noticePurposes: 'In use on this site: {categories}.',
  gpcHonoured: 'Your browser sent a Global Privacy Control signal, and we honour it. Off until you turn them on: {categories}.',
  gpcNone: 'Your browser sent a Global Privacy Control signal, and we honour it. No cookies on this site are affected by it.',
  gpcNotHonoured: 'Your browser sent a Global Privacy Control signal. This site does not apply it automatically: you can refuse cookies here yourself.',
  noticeTitle: 'Your privacy choices',
  noticeText: 'This site uses cookies. The preferences show what each kind is for.',
  optOutText: 'We use cookies, and some of them may count as selling or sharing your personal information. You can opt out at any time.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  dismiss: 'OK',
  categories: {
    necessary: { label: 'Necessary cookies' },
    analytical: { label: 'Analytical cookies' },
    functional: { label: 'Functional cookies' },
    other: { label: 'Other cookies' },
  },
};
