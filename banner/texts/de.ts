// German texts: dist/i18n/de.js for the script tag, i18n/de.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/de';

export const texts: TextOverrides = {
  bannerTitle: 'Wir verwenden Cookies',
  bannerText:
    'Notwendige Cookies sorgen dafür, dass diese Website funktioniert. Wir möchten außerdem Analyse-, funktionale und sonstige Cookies verwenden – aber nur, wenn Sie zustimmen. Sie können Ihre Auswahl jederzeit ändern.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  preferences: 'Einstellungen ändern',
  policyLink: 'Cookie-Richtlinie',
  preferencesTitle: 'Cookie-Einstellungen',
  preferencesText: 'Wählen Sie, welche Cookies wir verwenden dürfen. Notwendige Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert.',
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
  gpcHonoured: 'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet. Sonstige Cookies bleiben deshalb aus, solange Sie sie nicht selbst aktivieren.',
  noticeTitle: 'Ihre Datenschutzeinstellungen',
  noticeText: 'Diese Website verwendet Cookies, um zu funktionieren, ihre Nutzung zu messen und Ihre Einstellungen zu speichern. Sie können ändern, welche wir verwenden.',
  optOutText:
    'Wir verwenden Cookies, um die Nutzung der Website zu messen, Ihre Einstellungen zu speichern und mit Partnern Werbung zu zeigen. Das kann als Verkauf oder Weitergabe Ihrer personenbezogenen Daten gelten. Sie können jederzeit widersprechen.',
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
