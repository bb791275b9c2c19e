// Polish texts: dist/i18n/pl.js for the script tag, i18n/pl.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/pl';

export const texts: TextOverrides = {
  bannerTitle: 'Używamy plików cookie',
  bannerText:
    'Niektóre pliki cookie są potrzebne, aby ta strona działała. Pozostałych używamy tylko za Twoją zgodą, a swój wybór możesz zmienić w dowolnym momencie.',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  preferences: 'Zmień ustawienia',
  policyLink: 'Polityka plików cookie',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesText: 'Wybierz, których plików cookie możemy używać. Te, bez których strona nie działa, są zawsze włączone.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysOn: 'Zawsze włączone',
  services: 'Usługi',
  cookieName: 'Nazwa',
  cookieProvider: 'Dostawca',
  cookieDuration: 'Okres przechowywania',
  cookiePurpose: 'Cel',
  cookieDetails: 'Używane pliki cookie',
  servicePolicy: 'Polityka prywatności',
  gpcHonoured: 'Twoja przeglądarka wysłała sygnał Global Privacy Control, a my go przestrzegamy. Wyłączone, dopóki ich nie włączysz: {categories}.',
  bannerPurposes: 'Tylko za Twoją zgodą: {categories}.',
  listComma: ', ',
  listAnd: ' i ',
  noticePurposes: 'Używane na tej stronie: {categories}.',
  gpcNone: 'Twoja przeglądarka wysłała sygnał Global Privacy Control, a my go przestrzegamy. Nie dotyczy on żadnych plików cookie tej strony.',
  gpcNotHonoured:
    'Twoja przeglądarka wysłała sygnał Global Privacy Control. Ta strona nie stosuje go automatycznie, ale możesz tu samodzielnie odrzucić pliki cookie.',
  consentId: 'Identyfikator Twojej zgody',
  downloadRecord: 'Pobierz zapis mojej zgody',
  cookieType: 'Rodzaj',
  session: 'Sesyjny',
  persistent: 'Stały',
  noticeTitle: 'Twoje wybory dotyczące prywatności',
  noticeText: 'Ta strona używa plików cookie. W ustawieniach znajdziesz, do czego służy każdy ich rodzaj.',
  optOutText:
    'Używamy plików cookie, a niektóre z nich mogą być uznane za sprzedaż lub udostępnianie Twoich danych osobowych. W każdej chwili możesz się temu sprzeciwić.',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  dismiss: 'OK',
  placeholderText: 'Treść z usługi {service} jest zablokowana, ponieważ może zapisywać pliki cookie.',
  placeholderLoadOnce: 'Załaduj raz',
  placeholderAllow: 'Zawsze zezwalaj',
  categories: {
    necessary: { label: 'Niezbędne pliki cookie', description: 'Zapewniają bezpieczne działanie strony i zapamiętują Twoje wybory dotyczące plików cookie.' },
    analytical: { label: 'Analityczne pliki cookie', description: 'Liczą odwiedziny i pokazują nam, jak korzystasz ze strony, abyśmy mogli ją ulepszać.' },
    functional: { label: 'Funkcjonalne pliki cookie', description: 'Zapamiętują Twoje ustawienia i umożliwiają działanie funkcji takich jak filmy i mapy.' },
    other: { label: 'Inne pliki cookie', description: 'Służą do wyświetlania reklam i są udostępniane partnerom, którzy mogą łączyć je z innymi danymi o Tobie.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
