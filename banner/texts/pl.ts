// Polish texts: dist/i18n/pl.js for the script tag, i18n/pl.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/pl';

export const texts: TextOverrides = {
  bannerTitle: 'Używamy plików cookie',
  bannerText:
    'Niezbędne pliki cookie zapewniają działanie tej strony. Chcielibyśmy też używać analitycznych, funkcjonalnych i innych plików cookie, ale tylko za Twoją zgodą. Swój wybór możesz zmienić w każdej chwili.',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  preferences: 'Zmień ustawienia',
  policyLink: 'Polityka plików cookie',
  preferencesTitle: 'Ustawienia plików cookie',
  preferencesText: 'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są zawsze włączone: bez nich strona nie działa.',
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
  gpcHonoured: 'Twoja przeglądarka wysłała sygnał Global Privacy Control, dlatego inne pliki cookie pozostaną wyłączone, dopóki ich nie włączysz.',
  noticeTitle: 'Twoje wybory dotyczące prywatności',
  noticeText: 'Ta strona używa plików cookie, aby działać, mierzyć sposób korzystania z niej i zapamiętywać Twoje ustawienia. Możesz zmienić, których używamy.',
  optOutText:
    'Używamy plików cookie, aby mierzyć korzystanie ze strony, zapamiętywać Twoje ustawienia i wraz z partnerami wyświetlać reklamy, co może oznaczać sprzedaż lub udostępnianie Twoich danych osobowych. W każdej chwili możesz się temu sprzeciwić.',
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
