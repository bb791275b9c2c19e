/** The presets' purposes in Galician, with "vostede" as the banner (banner/texts/gl.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Galician',
  written: {
    'google-analytics': 'Conta as visitas e móstranos como se usa este sitio, para que poidamos melloralo.',
    'google-tag-manager': 'Carga as ferramentas de estatística e as demais ferramentas que usa este sitio, en canto vostede as autorice.',
    'google-ads': 'Mide se os nosos anuncios de Google funcionan e permítenos mostrarlle a nosa publicidade noutros sitios.',
    youtube: 'Reproduce vídeos de YouTube neste sitio; ao cargarse un vídeo, YouTube pode instalar as súas propias cookies.',
    vimeo: 'Reproduce vídeos de Vimeo neste sitio; ao cargarse un vídeo, Vimeo pode instalar as súas propias cookies.',
    'google-maps': 'Mostra mapas interactivos neste sitio; ao cargarse un mapa, Google pode instalar as súas propias cookies.',
    'meta-pixel': 'Mide se os nosos anuncios en Facebook e Instagram funcionan e permítenos mostrarlle alí a nosa publicidade.',
    'linkedin-insight': 'Mide se os nosos anuncios de LinkedIn funcionan e permítenos mostrarlle a nosa publicidade en LinkedIn.',
    'tiktok-pixel': 'Mide se os nosos anuncios de TikTok funcionan e permítenos mostrarlle a nosa publicidade en TikTok.',
    hotjar: 'Rexistra como se despraza pola páxina e onde fai clic (mapas de calor e gravacións de sesións), para detectar onde custa usar o sitio.',
    'microsoft-clarity': 'Rexistra como se despraza pola páxina e onde fai clic (mapas de calor e gravacións de sesións), para ver que podemos mellorar.',
    'microsoft-advertising': 'Mide se os nosos anuncios en Bing e noutros servizos de Microsoft funcionan e permítenos mostrarlle alí a nosa publicidade.',
  },
  kinds: {
    platformAds: (b) => `Mide se os nosos anuncios en ${b} funcionan e permítenos mostrarlle alí a nosa publicidade.`,
    retargeting: (b) => `Móstralle, a través de ${b}, anuncios de produtos que viu aquí cando visita outros sitios web.`,
    siteAds: (b) => `Mostra anuncios e artigos recomendados neste sitio a través de ${b}, que pode escollelos segundo os seus intereses.`,
    productAnalytics: (b) => `Rexistra en ${b} como usa este sitio, páxina a páxina e clic a clic, para que vexamos que mellorar.`,
    statistics: (b) => `Conta as visitas con ${b} e móstranos que páxinas se len, para que poidamos mellorar o sitio.`,
    audio: (b) => `Reproduce audio de ${b} neste sitio; ${b} pode instalar as súas propias cookies cando se carga un reprodutor.`,
    social: (b) => `Mostra botóns e publicacións de ${b} para indicar que lle gustan as nosas páxinas ou compartilas; ${b} pode instalar as súas propias cookies ao cargarse.`,
    posts: (b) => `Mostra publicacións de ${b} neste sitio; ${b} pode instalar as súas propias cookies cando se carga unha publicación.`,
    chat: (b) => `Permítelle falar connosco por chat ou pedir axuda a través de ${b}, e lembra a súa conversa.`,
    comments: (b) => `Mostra os comentarios dos nosos artigos e permítelle escribir os seus, a través de ${b}.`,
    botCheck: (b) => `Comproba con ${b} que os formularios deste sitio os envía unha persoa e non un bot.`,
    payments: (b) => `Cobra os pagamentos con tarxeta de forma segura a través de ${b} e axuda a previr a fraude.`,
    marketing: (b) => `Rexistra en ${b} as súas visitas e os formularios que envía, para facer o seguimento e mellorar o noso márketing.`,
  },
};
