// Portuguese texts (European; Brazilian readers understand them, and `translations.pt`
// can adjust them): dist/i18n/pt.js for the script tag, i18n/pt.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/pt';

export const texts: TextOverrides = {
  bannerTitle: 'Usamos cookies',
  bannerText:
    'Os cookies necessários fazem este site funcionar. Também gostaríamos de usar cookies analíticos, funcionais e outros, mas apenas com o seu consentimento. Pode alterar a sua escolha a qualquer momento.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  preferences: 'Alterar preferências',
  policyLink: 'Política de cookies',
  preferencesTitle: 'Preferências de cookies',
  preferencesText: 'Escolha os cookies que podemos usar. Os cookies necessários estão sempre ativos: o site não funciona sem eles.',
  save: 'Confirmar escolhas',
  close: 'Fechar',
  alwaysOn: 'Sempre ativos',
  services: 'Serviços',
  cookieName: 'Nome',
  cookieProvider: 'Fornecedor',
  cookieDuration: 'Duração',
  cookiePurpose: 'Finalidade',
  cookieDetails: 'Cookies utilizados',
  servicePolicy: 'Política de privacidade',
  gpcHonoured: 'O seu navegador enviou um sinal Global Privacy Control, por isso os outros cookies ficam desativados, a não ser que decida ativá-los.',
  noticeTitle: 'As suas escolhas de privacidade',
  noticeText: 'Este site usa cookies para funcionar, medir a forma como é usado e memorizar as suas preferências. Pode alterar os cookies que usamos.',
  optOutText:
    'Usamos cookies para medir a utilização do site, memorizar as suas preferências e mostrar publicidade com parceiros, o que pode ser considerado venda ou partilha das suas informações pessoais. Pode opor-se a qualquer momento.',
  doNotSell: 'Não vender nem partilhar as minhas informações pessoais',
  dismiss: 'OK',
  placeholderText: 'Este conteúdo de {service} está bloqueado porque pode instalar cookies.',
  placeholderLoadOnce: 'Carregar uma vez',
  placeholderAllow: 'Permitir sempre',
  categories: {
    necessary: { label: 'Cookies necessários', description: 'Fazem o site funcionar com segurança e memorizam as suas escolhas sobre cookies.' },
    analytical: { label: 'Cookies analíticos', description: 'Contam as visitas e mostram-nos como o site é usado, para o podermos melhorar.' },
    functional: { label: 'Cookies funcionais', description: 'Memorizam as suas preferências e permitem funcionalidades como vídeos e mapas.' },
    other: { label: 'Outros cookies', description: 'Usados para publicidade e partilhados com parceiros, que os podem combinar com outros dados sobre si.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
