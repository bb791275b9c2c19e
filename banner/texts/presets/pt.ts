/**
 * The purpose of each built-in preset, in Portuguese (labels, providers and cookie texts:
 * en.ts). Worded to read naturally in both European and Brazilian Portuguese: no "você",
 * no clitic whose placement differs between the two.
 */
export const PRESET_PURPOSES: Record<string, string> = {
  'google-analytics': 'Conta as visitas e indica como o site é usado, para que possamos melhorá-lo.',
  'google-tag-manager': 'Carrega as ferramentas de estatística e as outras ferramentas do site, após a sua autorização.',
  'google-ads': 'Mede a eficácia dos nossos anúncios do Google e serve para mostrarmos a nossa publicidade em outros sites.',
  youtube: 'Reproduz vídeos do YouTube neste site; ao carregar um vídeo, o YouTube pode guardar os seus próprios cookies.',
  vimeo: 'Reproduz vídeos do Vimeo neste site; ao carregar um vídeo, o Vimeo pode guardar os seus próprios cookies.',
  'google-maps': 'Mostra mapas interativos neste site; ao carregar um mapa, o serviço pode guardar os seus próprios cookies.',
  'meta-pixel': 'Mede a eficácia dos nossos anúncios no Facebook e no Instagram e serve para mostrarmos a nossa publicidade nessas redes.',
  'linkedin-insight': 'Mede a eficácia dos nossos anúncios no LinkedIn e serve para mostrarmos a nossa publicidade no LinkedIn.',
  'tiktok-pixel': 'Mede a eficácia dos nossos anúncios no TikTok e serve para mostrarmos a nossa publicidade no TikTok.',
  hotjar: 'Grava os movimentos e os cliques na página (mapas de calor e gravações de sessão), para vermos onde o site é difícil de usar.',
  'microsoft-clarity': 'Grava os movimentos e os cliques na página (mapas de calor e gravações de sessão), para vermos o que podemos melhorar.',
  'microsoft-advertising': 'Mede a eficácia dos nossos anúncios no Bing e em outros serviços da Microsoft e serve para mostrarmos a nossa publicidade nesses serviços.',
};
