/** The presets' purposes in Norwegian Bokmål, with "du" as the banner (banner/texts/nb.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Norwegian Bokmål',
  written: {
    'google-analytics': 'Teller besøk og viser oss hvordan nettstedet brukes, slik at vi kan forbedre det.',
    'google-tag-manager': 'Laster inn statistikkverktøyene og de andre verktøyene nettstedet bruker, når du har tillatt dem.',
    'google-ads': 'Måler om Google-annonsene våre virker, og lar oss vise deg annonsene våre på andre nettsteder.',
    youtube: 'Spiller av YouTube-videoer på nettstedet; YouTube kan lagre egne informasjonskapsler når en video lastes inn.',
    vimeo: 'Spiller av Vimeo-videoer på nettstedet; Vimeo kan lagre egne informasjonskapsler når en video lastes inn.',
    'google-maps': 'Viser interaktive kart på nettstedet; Google kan lagre egne informasjonskapsler når et kart lastes inn.',
    'meta-pixel': 'Måler om annonsene våre på Facebook og Instagram virker, og lar oss vise deg annonsene våre der.',
    'linkedin-insight': 'Måler om LinkedIn-annonsene våre virker, og lar oss vise deg annonsene våre på LinkedIn.',
    'tiktok-pixel': 'Måler om TikTok-annonsene våre virker, og lar oss vise deg annonsene våre på TikTok.',
    hotjar: 'Registrerer hvordan du ruller og klikker (varmekart og opptak av besøk), slik at vi ser hvor nettstedet er vanskelig å bruke.',
    'microsoft-clarity': 'Registrerer hvordan du ruller og klikker (varmekart og opptak av besøk), slik at vi ser hva vi kan forbedre.',
    'microsoft-advertising': 'Måler om annonsene våre på Bing og andre Microsoft-tjenester virker, og lar oss vise deg annonsene våre der.',
  },
  kinds: {
    platformAds: (b) => `Måler om annonsene våre på ${b} virker, og lar oss vise deg annonsene våre der.`,
    retargeting: (b) => `Viser deg via ${b} annonser for produkter du har sett på her, når du besøker andre nettsteder.`,
    siteAds: (b) => `Viser annonser og anbefalte artikler på nettstedet via ${b}, som kan velge dem ut fra interessene dine.`,
    productAnalytics: (b) => `Registrerer i ${b} hvordan du bruker nettstedet, side for side og klikk for klikk, slik at vi ser hva som kan forbedres.`,
    statistics: (b) => `Teller besøk med ${b} og viser oss hvilke sider som leses, slik at vi kan forbedre nettstedet.`,
    audio: (b) => `Spiller av lyd fra ${b} på nettstedet; ${b} kan lagre egne informasjonskapsler når en spiller lastes inn.`,
    social: (b) => `Viser knapper og innlegg fra ${b} for å like eller dele sidene våre; ${b} kan lagre egne informasjonskapsler når de lastes inn.`,
    posts: (b) => `Viser innlegg fra ${b} på nettstedet; ${b} kan lagre egne informasjonskapsler når et innlegg lastes inn.`,
    chat: (b) => `Lar deg chatte med oss eller be om hjelp via ${b}, og husker samtalen.`,
    comments: (b) => `Viser kommentarene under artiklene våre og lar deg skrive dine egne, via ${b}.`,
    botCheck: (b) => `Kontrollerer med ${b} at skjemaer på nettstedet sendes av et menneske og ikke av en bot.`,
    payments: (b) => `Tar imot kortbetalinger sikkert via ${b} og bidrar til å hindre svindel.`,
    marketing: (b) => `Registrerer besøkene dine og skjemaene du sender, i ${b}, slik at vi kan følge opp og forbedre markedsføringen vår.`,
  },
};
