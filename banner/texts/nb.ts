// Norwegian Bokmål texts: dist/i18n/nb.js for the script tag, i18n/nb.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/nb';

export const texts: TextOverrides = {
  bannerTitle: 'Vi bruker informasjonskapsler',
  bannerText:
    'Noen informasjonskapsler trengs for at nettstedet skal fungere. De øvrige bruker vi bare hvis du samtykker, og du kan når som helst endre valget ditt.',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  preferences: 'Endre innstillinger',
  policyLink: 'Retningslinjer for informasjonskapsler',
  preferencesTitle: 'Innstillinger for informasjonskapsler',
  preferencesText: 'Velg hvilke informasjonskapsler vi kan bruke. De som nettstedet ikke fungerer uten, er alltid på.',
  save: 'Lagre valg',
  close: 'Lukk',
  alwaysOn: 'Alltid på',
  services: 'Tjenester',
  cookieName: 'Navn',
  cookieProvider: 'Leverandør',
  cookieDuration: 'Varighet',
  cookiePurpose: 'Formål',
  cookieDetails: 'Informasjonskapsler i bruk',
  servicePolicy: 'Personvernerklæring',
  bannerPurposes: 'Bare med ditt samtykke: {categories}.',
  listComma: ', ',
  listAnd: ' og ',
  noticePurposes: 'I bruk på dette nettstedet: {categories}.',
  gpcHonoured: 'Nettleseren din sendte et Global Privacy Control-signal, og vi respekterer det. Slått av til du selv slår dem på: {categories}.',
  gpcNone: 'Nettleseren din sendte et Global Privacy Control-signal, og vi respekterer det. Det påvirker ingen informasjonskapsler på dette nettstedet.',
  gpcNotHonoured:
    'Nettleseren din sendte et Global Privacy Control-signal. Dette nettstedet følger det ikke automatisk, men du kan selv avvise informasjonskapsler her.',
  consentId: 'ID for samtykket ditt',
  downloadRecord: 'Last ned samtykket mitt',
  cookieType: 'Type',
  session: 'Økt',
  persistent: 'Varig',
  noticeTitle: 'Dine personvernvalg',
  noticeText: 'Dette nettstedet bruker informasjonskapsler. I innstillingene ser du hva hver type brukes til.',
  optOutText:
    'Vi bruker informasjonskapsler, og noen av dem kan regnes som salg eller deling av personopplysningene dine. Du kan når som helst reservere deg mot det.',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  dismiss: 'Greit',
  placeholderText: 'Dette innholdet fra {service} er blokkert fordi det kan lagre informasjonskapsler.',
  placeholderLoadOnce: 'Last inn én gang',
  placeholderAllow: 'Tillat alltid',
  categories: {
    necessary: { label: 'Nødvendige informasjonskapsler', description: 'Holder nettstedet i gang og trygt, og husker valgene dine om informasjonskapsler.' },
    analytical: { label: 'Analytiske informasjonskapsler', description: 'Teller besøk og viser oss hvordan nettstedet brukes, slik at vi kan forbedre det.' },
    functional: { label: 'Funksjonelle informasjonskapsler', description: 'Husker innstillingene dine og får videoer, kart og lignende funksjoner til å virke.' },
    other: { label: 'Andre informasjonskapsler', description: 'Brukes til annonsering og deles med partnere, som kan kombinere dem med andre opplysninger om deg.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
