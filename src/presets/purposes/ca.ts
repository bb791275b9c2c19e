/** The presets' purposes in Catalan, with "vós" as the banner (banner/texts/ca.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Catalan',
  written: {
    'google-analytics': 'Compta les visites i ens mostra com s’utilitza aquest lloc, perquè el puguem millorar.',
    'google-tag-manager': 'Carrega les eines d’estadística i les altres eines que fa servir aquest lloc, un cop les hàgiu autoritzat.',
    'google-ads': 'Mesura si els nostres anuncis de Google funcionen i ens permet mostrar-vos la nostra publicitat en altres llocs.',
    youtube: 'Reprodueix vídeos de YouTube en aquest lloc; quan es carrega un vídeo, YouTube pot instal·lar les seves pròpies galetes.',
    vimeo: 'Reprodueix vídeos de Vimeo en aquest lloc; quan es carrega un vídeo, Vimeo pot instal·lar les seves pròpies galetes.',
    'google-maps': 'Mostra mapes interactius en aquest lloc; quan es carrega un mapa, Google pot instal·lar les seves pròpies galetes.',
    'meta-pixel': 'Mesura si els nostres anuncis a Facebook i Instagram funcionen i ens permet mostrar-vos-hi la nostra publicitat.',
    'linkedin-insight': 'Mesura si els nostres anuncis de LinkedIn funcionen i ens permet mostrar-vos la nostra publicitat a LinkedIn.',
    'tiktok-pixel': 'Mesura si els nostres anuncis de TikTok funcionen i ens permet mostrar-vos la nostra publicitat a TikTok.',
    hotjar: 'Registra com us desplaceu per la pàgina i on feu clic (mapes de calor i enregistraments de sessions), per detectar on costa fer servir el lloc.',
    'microsoft-clarity': 'Registra com us desplaceu per la pàgina i on feu clic (mapes de calor i enregistraments de sessions), per veure què podem millorar.',
    'microsoft-advertising': 'Mesura si els nostres anuncis a Bing i altres serveis de Microsoft funcionen i ens permet mostrar-vos-hi la nostra publicitat.',
  },
  kinds: {
    platformAds: (b) => `Mesura si els nostres anuncis a ${b} funcionen i ens permet mostrar-vos-hi la nostra publicitat.`,
    retargeting: (b) => `Us mostra, a través de ${b}, anuncis de productes que heu vist aquí quan visiteu altres llocs web.`,
    siteAds: (b) => `Mostra anuncis i articles recomanats en aquest lloc a través de ${b}, que els pot triar segons els vostres interessos.`,
    productAnalytics: (b) => `Registra a ${b} com feu servir aquest lloc, pàgina a pàgina i clic a clic, perquè vegem què cal millorar.`,
    statistics: (b) => `Compta les visites amb ${b} i ens mostra quines pàgines es llegeixen, perquè puguem millorar el lloc.`,
    audio: (b) => `Reprodueix àudio de ${b} en aquest lloc; ${b} pot instal·lar les seves pròpies galetes quan es carrega un reproductor.`,
    social: (b) => `Mostra botons i publicacions de ${b} per indicar que us agraden les nostres pàgines o compartir-les; ${b} pot instal·lar les seves pròpies galetes quan es carreguen.`,
    posts: (b) => `Mostra publicacions de ${b} en aquest lloc; ${b} pot instal·lar les seves pròpies galetes quan es carrega una publicació.`,
    chat: (b) => `Us permet xatejar amb nosaltres o demanar ajuda a través de ${b}, i recorda la vostra conversa.`,
    comments: (b) => `Mostra els comentaris dels nostres articles i us permet escriure’n de vostres, a través de ${b}.`,
    botCheck: (b) => `Comprova amb ${b} que els formularis d’aquest lloc els envia una persona i no un bot.`,
    payments: (b) => `Cobra els pagaments amb targeta de manera segura a través de ${b} i ajuda a prevenir el frau.`,
    marketing: (b) => `Registra a ${b} les vostres visites i els formularis que envieu, per fer-ne el seguiment i millorar el nostre màrqueting.`,
  },
};
