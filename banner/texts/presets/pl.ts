/** The purpose of each built-in preset, in Polish (labels, providers and cookie texts: en.ts). */
export const PRESET_PURPOSES: Record<string, string> = {
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
};
