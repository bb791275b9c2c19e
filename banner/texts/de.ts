// German texts: dist/i18n/de.js for the script tag, i18n/de.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/de';

export const texts: TextOverrides = {
  bannerTitle: 'Wir verwenden Cookies',
  bannerText:
    'Einige Cookies braucht diese Website, um zu funktionieren. Die übrigen verwenden wir nur mit Ihrer Einwilligung, und Sie können Ihre Wahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  preferences: 'Einstellungen ändern',
  policyLink: 'Cookie-Richtlinie',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText: 'Wählen Sie, welche Cookies wir verwenden dürfen. Cookies, ohne die die Website nicht funktioniert, sind immer aktiv.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysOn: 'Immer aktiv',
  services: 'Dienste',
  cookieName: 'Name',
  cookieProvider: 'Anbieter',
  cookieDuration: 'Speicherdauer',
  cookiePurpose: 'Zweck',
  cookieDetails: 'Verwendete Cookies',
  servicePolicy: 'Datenschutzerklärung',
  gpcHonoured:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, und wir halten uns daran. Deaktiviert, bis Sie sie selbst aktivieren: {categories}.',
  bannerPurposes: 'Nur mit Ihrer Einwilligung: {categories}.',
  listComma: ', ',
  listAnd: ' und ',
  noticePurposes: 'Auf dieser Website im Einsatz: {categories}.',
  gpcNone: 'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, und wir halten uns daran. Es betrifft keine Cookies dieser Website.',
  gpcNotHonoured:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet. Diese Website wendet es nicht automatisch an, Sie können Cookies hier aber selbst ablehnen.',
  consentId: 'ID Ihrer Einwilligung',
  downloadRecord: 'Meinen Einwilligungsnachweis herunterladen',
  cookieType: 'Art',
  session: 'Sitzung',
  persistent: 'Dauerhaft',
  noticeTitle: 'Ihre Datenschutzeinstellungen',
  noticeText: 'Diese Website verwendet Cookies. In den Einstellungen steht, wofür jede Art dient.',
  optOutText:
    'Wir verwenden Cookies, und manche davon können als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Sie können dem jederzeit widersprechen.',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  dismiss: 'OK',
  placeholderText: 'Dieser Inhalt von {service} ist blockiert, weil er Cookies setzen kann.',
  placeholderLoadOnce: 'Einmal laden',
  placeholderAllow: 'Immer erlauben',
  categories: {
    necessary: { label: 'Notwendige Cookies', description: 'Sorgen dafür, dass die Website sicher funktioniert, und speichern Ihre Cookie-Auswahl.' },
    analytical: { label: 'Analyse-Cookies', description: 'Zählen Besuche und zeigen uns, wie die Website genutzt wird, damit wir sie verbessern können.' },
    functional: { label: 'Funktionale Cookies', description: 'Speichern Ihre Einstellungen und ermöglichen Funktionen wie Videos und Karten.' },
    other: { label: 'Sonstige Cookies', description: 'Dienen der Werbung und werden mit Partnern geteilt, die sie mit anderen Daten über Sie verknüpfen können.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
