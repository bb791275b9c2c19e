// Romanian texts: dist/i18n/ro.js for the script tag, i18n/ro.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/ro';

export const texts: TextOverrides = {
  bannerTitle: 'Folosim cookie-uri',
  bannerText:
    'Unele cookie-uri sunt necesare pentru ca acest site să funcționeze. Pe celelalte le folosim doar cu acordul dumneavoastră, iar alegerea o puteți schimba oricând.',
  acceptAll: 'Acceptă tot',
  rejectAll: 'Respinge tot',
  preferences: 'Modifică preferințele',
  policyLink: 'Politica privind cookie-urile',
  preferencesTitle: 'Preferințe privind cookie-urile',
  preferencesText: 'Alegeți ce cookie-uri putem folosi. Cele fără de care site-ul nu poate funcționa sunt mereu active.',
  save: 'Salvează alegerile',
  close: 'Închide',
  alwaysOn: 'Mereu active',
  services: 'Servicii',
  cookieName: 'Nume',
  cookieProvider: 'Furnizor',
  cookieDuration: 'Durată',
  cookiePurpose: 'Scop',
  cookieDetails: 'Cookie-uri folosite',
  servicePolicy: 'Politica de confidențialitate',
  bannerPurposes: 'Numai cu acordul dumneavoastră: {categories}.',
  listComma: ', ',
  listAnd: ' și ',
  noticePurposes: 'Folosite pe acest site: {categories}.',
  gpcHonoured:
    'Browserul dumneavoastră a trimis un semnal Global Privacy Control, iar noi îl respectăm. Rămân dezactivate până le activați dumneavoastră: {categories}.',
  gpcNone: 'Browserul dumneavoastră a trimis un semnal Global Privacy Control, iar noi îl respectăm. Nu afectează niciun cookie de pe acest site.',
  gpcNotHonoured:
    'Browserul dumneavoastră a trimis un semnal Global Privacy Control. Acest site nu îl aplică automat, dar puteți refuza chiar aici cookie-urile.',
  consentId: 'ID-ul consimțământului dumneavoastră',
  downloadRecord: 'Descarcă evidența consimțământului meu',
  cookieType: 'Tip',
  session: 'De sesiune',
  persistent: 'Persistent',
  noticeTitle: 'Opțiunile dumneavoastră de confidențialitate',
  noticeText: 'Acest site folosește cookie-uri. În preferințe vedeți la ce servește fiecare tip.',
  optOutText:
    'Folosim cookie-uri, iar unele dintre ele pot fi considerate vânzare sau partajare a informațiilor dumneavoastră personale. Puteți renunța oricând.',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  dismiss: 'Am înțeles',
  placeholderText: 'Acest conținut de la {service} este blocat, deoarece poate plasa cookie-uri.',
  placeholderLoadOnce: 'Încarcă o dată',
  placeholderAllow: 'Permite mereu',
  categories: {
    necessary: { label: 'Cookie-uri strict necesare', description: 'Asigură funcționarea în siguranță a site-ului și rețin alegerile dumneavoastră privind cookie-urile.' },
    analytical: { label: 'Cookie-uri de analiză', description: 'Numără vizitele și ne arată cum este folosit site-ul, ca să îl putem îmbunătăți.' },
    functional: { label: 'Cookie-uri funcționale', description: 'Rețin setările dumneavoastră și fac să funcționeze videoclipurile, hărțile și alte funcții similare.' },
    other: { label: 'Alte cookie-uri', description: 'Sunt folosite pentru publicitate și partajate cu parteneri, care le pot combina cu alte date despre dumneavoastră.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
