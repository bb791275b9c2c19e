/** The presets' purposes in Brazilian Portuguese, with "você" as the banner (banner/texts/pt-br.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Brazilian Portuguese',
  written: {
    'google-analytics': 'Conta as visitas e mostra como as pessoas usam este site, para que possamos melhorá-lo.',
    'google-tag-manager': 'Carrega as ferramentas de estatística e as outras ferramentas que este site usa, depois que você as autorizar.',
    'google-ads': 'Mede se nossos anúncios do Google funcionam e nos permite mostrar nossa publicidade para você em outros sites.',
    youtube: 'Reproduz vídeos do YouTube neste site; quando um vídeo carrega, o YouTube pode salvar os próprios cookies.',
    vimeo: 'Reproduz vídeos do Vimeo neste site; quando um vídeo carrega, o Vimeo pode salvar os próprios cookies.',
    'google-maps': 'Mostra mapas interativos neste site; quando um mapa carrega, o Google pode salvar os próprios cookies.',
    'meta-pixel': 'Mede se nossos anúncios no Facebook e no Instagram funcionam e nos permite mostrar nossa publicidade para você nessas redes.',
    'linkedin-insight': 'Mede se nossos anúncios no LinkedIn funcionam e nos permite mostrar nossa publicidade para você no LinkedIn.',
    'tiktok-pixel': 'Mede se nossos anúncios no TikTok funcionam e nos permite mostrar nossa publicidade para você no TikTok.',
    hotjar: 'Registra como você rola a página e onde clica (mapas de calor e gravações de sessões), para vermos onde o site é difícil de usar.',
    'microsoft-clarity': 'Registra como você rola a página e onde clica (mapas de calor e gravações de sessões), para vermos o que podemos melhorar.',
    'microsoft-advertising': 'Mede se nossos anúncios no Bing e em outros serviços da Microsoft funcionam e nos permite mostrar nossa publicidade para você nesses serviços.',
  },
  kinds: {
    platformAds: (b) => `Mede se nossos anúncios no ${b} funcionam e nos permite mostrar nossa publicidade para você lá.`,
    retargeting: (b) => `Mostra para você, por meio do ${b}, anúncios de produtos que você viu aqui quando visita outros sites.`,
    siteAds: (b) => `Mostra anúncios e artigos recomendados neste site por meio do ${b}, que pode escolhê-los de acordo com seus interesses.`,
    productAnalytics: (b) => `Registra no ${b} como você usa este site, página por página e clique por clique, para vermos o que melhorar.`,
    statistics: (b) => `Conta as visitas com o ${b} e mostra quais páginas são lidas, para que possamos melhorar o site.`,
    audio: (b) => `Reproduz áudio do ${b} neste site; o ${b} pode salvar os próprios cookies quando um player carrega.`,
    social: (b) => `Mostra botões e publicações do ${b} para curtir ou compartilhar nossas páginas; o ${b} pode salvar os próprios cookies quando eles carregam.`,
    posts: (b) => `Mostra publicações do ${b} neste site; o ${b} pode salvar os próprios cookies quando uma publicação carrega.`,
    chat: (b) => `Permite que você converse com a gente ou peça ajuda pelo ${b} e lembra a sua conversa.`,
    comments: (b) => `Mostra os comentários dos nossos artigos e permite que você escreva os seus, pelo ${b}.`,
    botCheck: (b) => `Verifica com o ${b} se os formulários deste site são enviados por uma pessoa, e não por um robô.`,
    payments: (b) => `Processa pagamentos com cartão com segurança pelo ${b} e ajuda a evitar fraudes.`,
    marketing: (b) => `Registra no ${b} suas visitas e os formulários que você envia, para podermos entrar em contato e melhorar nosso marketing.`,
  },
};
