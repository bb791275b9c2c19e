/** The presets' purposes in European Portuguese. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Portuguese',
  written: {
    'google-analytics': 'Conta as visitas e indica como o site é usado, para que possamos melhorá-lo.',
    'google-tag-manager': 'Carrega as ferramentas de estatística e as outras ferramentas do site, após a sua autorização.',
    'google-ads': 'Mede a eficácia dos nossos anúncios do Google e serve para mostrarmos a nossa publicidade em outros sites.',
    youtube: 'Reproduz vídeos do YouTube neste site; ao carregar um vídeo, o YouTube pode guardar os seus próprios cookies.',
    vimeo: 'Reproduz vídeos do Vimeo neste site; ao carregar um vídeo, o Vimeo pode guardar os seus próprios cookies.',
    'google-maps': 'Mostra mapas interativos neste site; ao carregar um mapa, a Google pode guardar os seus próprios cookies.',
    'meta-pixel': 'Mede a eficácia dos nossos anúncios no Facebook e no Instagram e serve para mostrarmos a nossa publicidade nessas redes.',
    'linkedin-insight': 'Mede a eficácia dos nossos anúncios no LinkedIn e serve para mostrarmos a nossa publicidade no LinkedIn.',
    'tiktok-pixel': 'Mede a eficácia dos nossos anúncios no TikTok e serve para mostrarmos a nossa publicidade no TikTok.',
    hotjar: 'Grava os movimentos e os cliques na página (mapas de calor e gravações de sessão), para vermos onde o site é difícil de usar.',
    'microsoft-clarity': 'Grava os movimentos e os cliques na página (mapas de calor e gravações de sessão), para vermos o que podemos melhorar.',
    'microsoft-advertising': 'Mede a eficácia dos nossos anúncios no Bing e em outros serviços da Microsoft e serve para mostrarmos a nossa publicidade nesses serviços.',
  },
  kinds: {
    platformAds: (b) => `Mede se os nossos anúncios no ${b} funcionam e permite-nos mostrar-lhe lá a nossa publicidade.`,
    retargeting: (b) => `Mostra-lhe, através do ${b}, anúncios de produtos que viu aqui quando visita outros sites.`,
    siteAds: (b) => `Mostra anúncios e artigos recomendados neste site através do ${b}, que os pode escolher segundo os seus interesses.`,
    productAnalytics: (b) => `Regista no ${b} como usa este site, página a página e clique a clique, para vermos o que melhorar.`,
    statistics: (b) => `Conta as visitas com o ${b} e mostra-nos que páginas são lidas, para podermos melhorar o site.`,
    audio: (b) => `Reproduz áudio do ${b} neste site; o ${b} pode definir os seus próprios cookies quando um leitor carrega.`,
    social: (b) => `Mostra botões e publicações do ${b} para gostar ou partilhar as nossas páginas; o ${b} pode definir os seus próprios cookies ao carregar.`,
    posts: (b) => `Mostra publicações do ${b} neste site; o ${b} pode definir os seus próprios cookies quando uma publicação carrega.`,
    chat: (b) => `Permite-lhe conversar connosco ou pedir ajuda através do ${b}, e lembra a sua conversa.`,
    comments: (b) => `Mostra os comentários dos nossos artigos e permite-lhe escrever os seus, através do ${b}.`,
    botCheck: (b) => `Verifica com o ${b} que os formulários deste site são enviados por uma pessoa e não por um bot.`,
    payments: (b) => `Processa pagamentos com cartão de forma segura através do ${b} e ajuda a prevenir fraudes.`,
    marketing: (b) => `Regista no ${b} as suas visitas e os formulários que envia, para darmos seguimento e melhorarmos o nosso marketing.`,
  },
};
