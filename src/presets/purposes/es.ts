/** The presets' purposes in Spanish, with "usted" as the banner (banner/texts/es.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Spanish',
  written: {
    'google-analytics': 'Cuenta las visitas y nos muestra cómo se usa este sitio, para que podamos mejorarlo.',
    'google-tag-manager': 'Carga las herramientas de estadística y las demás que usa este sitio, en cuanto usted las autorice.',
    'google-ads': 'Mide si nuestros anuncios de Google funcionan y nos permite mostrarle nuestra publicidad en otros sitios.',
    youtube: 'Reproduce vídeos de YouTube en este sitio; al cargarse un vídeo, YouTube puede instalar sus propias cookies.',
    vimeo: 'Reproduce vídeos de Vimeo en este sitio; al cargarse un vídeo, Vimeo puede instalar sus propias cookies.',
    'google-maps': 'Muestra mapas interactivos en este sitio; al cargarse un mapa, Google puede instalar sus propias cookies.',
    'meta-pixel': 'Mide si nuestros anuncios en Facebook e Instagram funcionan y nos permite mostrarle allí nuestra publicidad.',
    'linkedin-insight': 'Mide si nuestros anuncios de LinkedIn funcionan y nos permite mostrarle nuestra publicidad en LinkedIn.',
    'tiktok-pixel': 'Mide si nuestros anuncios de TikTok funcionan y nos permite mostrarle nuestra publicidad en TikTok.',
    hotjar: 'Registra cómo se desplaza por la página y dónde hace clic (mapas de calor y grabaciones de sesiones) para detectar dónde cuesta usar el sitio.',
    'microsoft-clarity': 'Registra cómo se desplaza por la página y dónde hace clic (mapas de calor y grabaciones de sesiones) para ver qué podemos mejorar.',
    'microsoft-advertising': 'Mide si nuestros anuncios en Bing y otros servicios de Microsoft funcionan y nos permite mostrarle allí nuestra publicidad.',
  },
  kinds: {
    platformAds: (b) => `Mide si nuestros anuncios en ${b} funcionan y nos permite mostrarle allí nuestra publicidad.`,
    retargeting: (b) => `Le muestra, a través de ${b}, anuncios de productos que vio aquí cuando visita otros sitios web.`,
    siteAds: (b) => `Muestra anuncios y artículos recomendados en este sitio a través de ${b}, que puede elegirlos según sus intereses.`,
    productAnalytics: (b) => `Registra en ${b} cómo usa este sitio, página a página y clic a clic, para que veamos qué mejorar.`,
    statistics: (b) => `Cuenta las visitas con ${b} y nos muestra qué páginas se leen, para que podamos mejorar el sitio.`,
    audio: (b) => `Reproduce audio de ${b} en este sitio; ${b} puede instalar sus propias cookies cuando se carga un reproductor.`,
    social: (b) => `Muestra botones y publicaciones de ${b} para indicar que le gustan nuestras páginas o compartirlas; ${b} puede instalar sus propias cookies al cargarse.`,
    posts: (b) => `Muestra publicaciones de ${b} en este sitio; ${b} puede instalar sus propias cookies cuando se carga una publicación.`,
    chat: (b) => `Le permite chatear con nosotros o pedir ayuda a través de ${b}, y recuerda su conversación.`,
    comments: (b) => `Muestra los comentarios de nuestros artículos y le permite escribir los suyos, a través de ${b}.`,
    botCheck: (b) => `Comprueba con ${b} que los formularios de este sitio los envía una persona y no un bot.`,
    payments: (b) => `Cobra los pagos con tarjeta de forma segura a través de ${b} y ayuda a prevenir el fraude.`,
    marketing: (b) => `Registra en ${b} sus visitas y los formularios que envía, para hacer seguimiento y mejorar nuestro marketing.`,
  },
};
