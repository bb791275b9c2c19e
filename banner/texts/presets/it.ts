/** The purpose of each built-in preset, in Italian (labels, providers and cookie texts: en.ts). */
export const PRESET_PURPOSES: Record<string, string> = {
  'google-analytics': 'Conta le visite e ci mostra come viene usato questo sito, così possiamo migliorarlo.',
  'google-tag-manager': 'Carica gli strumenti statistici e gli altri strumenti usati da questo sito, quando li autorizzi.',
  'google-ads': 'Misura l’efficacia dei nostri annunci Google e ci permette di mostrarti la nostra pubblicità su altri siti.',
  youtube: 'Riproduce i video di YouTube su questo sito; quando un video si carica, YouTube può impostare i propri cookie.',
  vimeo: 'Riproduce i video di Vimeo su questo sito; quando un video si carica, Vimeo può impostare i propri cookie.',
  'google-maps': 'Mostra mappe interattive su questo sito; quando una mappa si carica, Google può impostare i propri cookie.',
  'meta-pixel': 'Misura l’efficacia dei nostri annunci su Facebook e Instagram e ci permette di mostrarti lì la nostra pubblicità.',
  'linkedin-insight': 'Misura l’efficacia dei nostri annunci su LinkedIn e ci permette di mostrarti la nostra pubblicità su LinkedIn.',
  'tiktok-pixel': 'Misura l’efficacia dei nostri annunci su TikTok e ci permette di mostrarti la nostra pubblicità su TikTok.',
  hotjar: 'Registra come scorri la pagina e dove clicchi (mappe di calore e registrazioni delle sessioni) per capire dove il sito è difficile da usare.',
  'microsoft-clarity': 'Registra come scorri la pagina e dove clicchi (mappe di calore e registrazioni delle sessioni) per capire cosa possiamo migliorare.',
  'microsoft-advertising': 'Misura l’efficacia dei nostri annunci su Bing e su altri servizi Microsoft e ci permette di mostrarti lì la nostra pubblicità.',
};
