/** The presets' purposes in Turkish, with "siz" as the banner (banner/texts/tr.ts); suffixes go on "hizmet" or "platform", never on a brand. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Turkish',
  written: {
    'google-analytics': 'Ziyaretleri sayar ve bu sitenin nasıl kullanıldığını bize gösterir; böylece siteyi iyileştirebiliriz.',
    'google-tag-manager': 'Bu sitenin kullandığı istatistik araçlarını ve diğer araçları, izin verdiğinizde yükler.',
    'google-ads': 'Google reklamlarımızın işe yarayıp yaramadığını ölçer ve reklamlarımızı size başka sitelerde göstermemizi sağlar.',
    youtube: 'Bu sitede YouTube videolarını oynatır; bir video yüklendiğinde YouTube kendi çerezlerini yerleştirebilir.',
    vimeo: 'Bu sitede Vimeo videolarını oynatır; bir video yüklendiğinde Vimeo kendi çerezlerini yerleştirebilir.',
    'google-maps': 'Bu sitede etkileşimli haritalar gösterir; bir harita yüklendiğinde Google kendi çerezlerini yerleştirebilir.',
    'meta-pixel': 'Facebook ve Instagram reklamlarımızın işe yarayıp yaramadığını ölçer ve reklamlarımızı size orada göstermemizi sağlar.',
    'linkedin-insight': 'LinkedIn reklamlarımızın işe yarayıp yaramadığını ölçer ve reklamlarımızı size LinkedIn platformunda göstermemizi sağlar.',
    'tiktok-pixel': 'TikTok reklamlarımızın işe yarayıp yaramadığını ölçer ve reklamlarımızı size TikTok platformunda göstermemizi sağlar.',
    hotjar: 'Sayfayı nasıl kaydırdığınızı ve nereye tıkladığınızı (ısı haritaları ve ziyaret kayıtları) kaydeder; böylece sitenin nerede zor kullanıldığını görebiliriz.',
    'microsoft-clarity': 'Sayfayı nasıl kaydırdığınızı ve nereye tıkladığınızı (ısı haritaları ve ziyaret kayıtları) kaydeder; böylece neyi iyileştirebileceğimizi görebiliriz.',
    'microsoft-advertising': 'Bing ve diğer Microsoft hizmetlerindeki reklamlarımızın işe yarayıp yaramadığını ölçer ve reklamlarımızı size orada göstermemizi sağlar.',
  },
  kinds: {
    platformAds: (b) => `${b} platformundaki reklamlarımızın işe yarayıp yaramadığını ölçer ve reklamlarımızı size orada göstermemizi sağlar.`,
    retargeting: (b) => `${b} hizmeti aracılığıyla, başka siteleri ziyaret ettiğinizde burada baktığınız ürünlerin reklamlarını size gösterir.`,
    siteAds: (b) => `${b} hizmeti aracılığıyla bu sitede reklamlar ve önerilen makaleler gösterir; bu hizmet bunları ilgi alanlarınıza göre seçebilir.`,
    productAnalytics: (b) => `Bu siteyi sayfa sayfa ve tıklama tıklama nasıl kullandığınızı ${b} hizmetinde kaydeder; böylece neyi iyileştireceğimizi görebiliriz.`,
    statistics: (b) => `Ziyaretleri ${b} hizmetiyle sayar ve hangi sayfaların okunduğunu bize gösterir; böylece siteyi iyileştirebiliriz.`,
    audio: (b) => `Bu sitede ${b} hizmetinden ses içeriği oynatır; bir oynatıcı yüklendiğinde ${b} hizmeti kendi çerezlerini yerleştirebilir.`,
    social: (b) => `Sayfalarımızı beğenmeniz veya paylaşmanız için ${b} düğmelerini ve gönderilerini gösterir; bunlar yüklendiğinde ${b} hizmeti kendi çerezlerini yerleştirebilir.`,
    posts: (b) => `Bu sitede ${b} gönderilerini gösterir; bir gönderi yüklendiğinde ${b} hizmeti kendi çerezlerini yerleştirebilir.`,
    chat: (b) => `${b} hizmeti aracılığıyla bizimle sohbet etmenizi veya yardım istemenizi sağlar ve konuşmanızı hatırlar.`,
    comments: (b) => `${b} hizmeti aracılığıyla makalelerimizin altındaki yorumları gösterir ve kendi yorumlarınızı yazmanızı sağlar.`,
    botCheck: (b) => `${b} hizmetiyle, bu sitedeki formların bir bot tarafından değil bir insan tarafından gönderildiğini doğrular.`,
    payments: (b) => `${b} hizmeti aracılığıyla kartla ödemeleri güvenle alır ve dolandırıcılığı önlemeye yardımcı olur.`,
    marketing: (b) => `Ziyaretlerinizi ve gönderdiğiniz formları ${b} hizmetinde kaydeder; böylece sizinle iletişime geçebilir ve pazarlamamızı iyileştirebiliriz.`,
  },
};
