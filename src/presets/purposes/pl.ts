/** The presets' purposes in Polish. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Polish',
  written: {
    'google-analytics': 'Zlicza odwiedziny i pokazuje nam, jak używana jest ta strona, abyśmy mogli ją ulepszać.',
    'google-tag-manager': 'Wczytuje narzędzia statystyczne i inne narzędzia tej strony, gdy wyrazisz na to zgodę.',
    'google-ads': 'Mierzy skuteczność naszych reklam Google i pozwala nam wyświetlać Ci nasze reklamy na innych stronach.',
    youtube: 'Odtwarza na tej stronie filmy z serwisu YouTube; po wczytaniu filmu YouTube może zapisać własne pliki cookie.',
    vimeo: 'Odtwarza na tej stronie filmy z serwisu Vimeo; po wczytaniu filmu Vimeo może zapisać własne pliki cookie.',
    'google-maps': 'Wyświetla na tej stronie interaktywne mapy; po wczytaniu mapy Google może zapisać własne pliki cookie.',
    'meta-pixel': 'Mierzy skuteczność naszych reklam na Facebooku i Instagramie oraz pozwala nam wyświetlać Ci tam nasze reklamy.',
    'linkedin-insight': 'Mierzy skuteczność naszych reklam w serwisie LinkedIn i pozwala nam wyświetlać Ci tam nasze reklamy.',
    'tiktok-pixel': 'Mierzy skuteczność naszych reklam w serwisie TikTok i pozwala nam wyświetlać Ci tam nasze reklamy.',
    hotjar: 'Rejestruje, jak przewijasz stronę i gdzie klikasz (mapy cieplne i nagrania sesji), abyśmy widzieli, gdzie strona jest trudna w obsłudze.',
    'microsoft-clarity': 'Rejestruje, jak przewijasz stronę i gdzie klikasz (mapy cieplne i nagrania sesji), abyśmy wiedzieli, co możemy ulepszyć.',
    'microsoft-advertising': 'Mierzy skuteczność naszych reklam w wyszukiwarce Bing i innych usługach firmy Microsoft oraz pozwala nam wyświetlać Ci tam nasze reklamy.',
  },
  kinds: {
    platformAds: (b) => `Mierzy skuteczność naszych reklam w serwisie ${b} i pozwala nam pokazywać Ci tam nasze reklamy.`,
    retargeting: (b) => `Za pośrednictwem ${b} pokazuje Ci na innych stronach reklamy produktów oglądanych tutaj.`,
    siteAds: (b) => `Wyświetla na tej stronie reklamy i polecane artykuły za pośrednictwem ${b}, który może dobierać je do Twoich zainteresowań.`,
    productAnalytics: (b) => `Zapisuje w ${b}, jak korzystasz z tej strony, strona po stronie i kliknięcie po kliknięciu, abyśmy wiedzieli, co poprawić.`,
    statistics: (b) => `Liczy odwiedziny za pomocą ${b} i pokazuje, które strony są czytane, abyśmy mogli ulepszać serwis.`,
    audio: (b) => `Odtwarza nagrania z ${b} na tej stronie; po wczytaniu odtwarzacza ${b} może zapisać własne pliki cookie.`,
    social: (b) => `Wyświetla przyciski i posty ${b} do polubienia lub udostępnienia naszych stron; po wczytaniu ${b} może zapisać własne pliki cookie.`,
    posts: (b) => `Wyświetla posty z ${b} na tej stronie; po wczytaniu posta ${b} może zapisać własne pliki cookie.`,
    chat: (b) => `Pozwala czatować z nami lub poprosić o pomoc przez ${b} i zapamiętuje Twoją rozmowę.`,
    comments: (b) => `Wyświetla komentarze pod naszymi artykułami i pozwala dodać własne, za pośrednictwem ${b}.`,
    botCheck: (b) => `Sprawdza za pomocą ${b}, czy formularze na tej stronie wysyła człowiek, a nie bot.`,
    payments: (b) => `Bezpiecznie przyjmuje płatności kartą przez ${b} i pomaga zapobiegać oszustwom.`,
    marketing: (b) => `Zapisuje w ${b} Twoje wizyty i wysłane formularze, abyśmy mogli się odezwać i ulepszać nasz marketing.`,
  },
};
