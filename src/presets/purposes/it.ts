/** The presets' purposes in Italian. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Italian',
  written: {
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
  },
  kinds: {
    platformAds: (b) => `Misura se i nostri annunci su ${b} funzionano e ci permette di mostrarti lì la nostra pubblicità.`,
    retargeting: (b) => `Ti mostra, tramite ${b}, annunci dei prodotti che hai guardato qui quando visiti altri siti.`,
    siteAds: (b) => `Mostra annunci e articoli consigliati su questo sito tramite ${b}, che può sceglierli in base ai tuoi interessi.`,
    productAnalytics: (b) => `Registra in ${b} come usi questo sito, pagina per pagina e clic per clic, per capire cosa migliorare.`,
    statistics: (b) => `Conta le visite con ${b} e ci mostra quali pagine vengono lette, così possiamo migliorare il sito.`,
    audio: (b) => `Riproduce audio di ${b} su questo sito; ${b} può impostare i propri cookie quando si carica un lettore.`,
    social: (b) => `Mostra pulsanti e post di ${b} per mettere mi piace o condividere le nostre pagine; ${b} può impostare i propri cookie al caricamento.`,
    posts: (b) => `Mostra post di ${b} su questo sito; ${b} può impostare i propri cookie quando si carica un post.`,
    chat: (b) => `Ti permette di chattare con noi o chiedere aiuto tramite ${b} e ricorda la tua conversazione.`,
    comments: (b) => `Mostra i commenti sotto i nostri articoli e ti permette di scriverne di tuoi, tramite ${b}.`,
    botCheck: (b) => `Verifica con ${b} che i moduli di questo sito siano inviati da una persona e non da un bot.`,
    payments: (b) => `Gestisce i pagamenti con carta in modo sicuro tramite ${b} e aiuta a prevenire le frodi.`,
    marketing: (b) => `Registra in ${b} le tue visite e i moduli inviati, per ricontattarti e migliorare il nostro marketing.`,
  },
};
