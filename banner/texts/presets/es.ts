/** The purpose of each built-in preset, in Spanish (labels, providers and cookie texts: en.ts). */
export const PRESET_PURPOSES: Record<string, string> = {
  'google-analytics': 'Cuenta las visitas y nos muestra cómo se usa este sitio, para que podamos mejorarlo.',
  'google-tag-manager': 'Carga las herramientas de estadística y las demás que usa este sitio, en cuanto las autorices.',
  'google-ads': 'Mide si nuestros anuncios de Google funcionan y nos permite mostrarte nuestra publicidad en otros sitios.',
  youtube: 'Reproduce vídeos de YouTube en este sitio; al cargarse un vídeo, YouTube puede instalar sus propias cookies.',
  vimeo: 'Reproduce vídeos de Vimeo en este sitio; al cargarse un vídeo, Vimeo puede instalar sus propias cookies.',
  'google-maps': 'Muestra mapas interactivos en este sitio; al cargarse un mapa, Google puede instalar sus propias cookies.',
  'meta-pixel': 'Mide si nuestros anuncios en Facebook e Instagram funcionan y nos permite mostrarte allí nuestra publicidad.',
  'linkedin-insight': 'Mide si nuestros anuncios de LinkedIn funcionan y nos permite mostrarte nuestra publicidad en LinkedIn.',
  'tiktok-pixel': 'Mide si nuestros anuncios de TikTok funcionan y nos permite mostrarte nuestra publicidad en TikTok.',
  hotjar: 'Registra cómo te desplazas y dónde haces clic (mapas de calor y grabaciones de sesiones) para detectar dónde cuesta usar el sitio.',
  'microsoft-clarity': 'Registra cómo te desplazas y dónde haces clic (mapas de calor y grabaciones de sesiones) para ver qué podemos mejorar.',
  'microsoft-advertising': 'Mide si nuestros anuncios en Bing y otros servicios de Microsoft funcionan y nos permite mostrarte allí nuestra publicidad.',
};
