// Turkish texts: dist/i18n/tr.js for the script tag, i18n/tr.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/tr';

export const texts: TextOverrides = {
  bannerTitle: 'Çerez kullanıyoruz',
  bannerText:
    'Bu sitenin çalışması için bazı çerezler gereklidir. Diğerlerini yalnızca onay vermeniz hâlinde kullanırız; seçiminizi istediğiniz zaman değiştirebilirsiniz.',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  preferences: 'Tercihleri değiştir',
  policyLink: 'Çerez politikası',
  preferencesTitle: 'Çerez tercihleri',
  preferencesText: 'Hangi çerezleri kullanabileceğimizi seçin. Sitenin çalışması için gerekenler her zaman açıktır.',
  save: 'Seçimleri kaydet',
  close: 'Kapat',
  alwaysOn: 'Her zaman açık',
  services: 'Hizmetler',
  cookieName: 'Ad',
  cookieProvider: 'Sağlayıcı',
  cookieDuration: 'Süre',
  cookiePurpose: 'Amaç',
  cookieDetails: 'Kullanılan çerezler',
  servicePolicy: 'Gizlilik politikası',
  bannerPurposes: 'Yalnızca onayınızla: {categories}.',
  listComma: ', ',
  listAnd: ' ve ',
  noticePurposes: 'Bu sitede kullanılanlar: {categories}.',
  gpcHonoured: 'Tarayıcınız Global Privacy Control sinyali gönderdi ve bu sinyale uyuyoruz. Siz açana kadar kapalı kalır: {categories}.',
  gpcNone: 'Tarayıcınız Global Privacy Control sinyali gönderdi ve bu sinyale uyuyoruz. Bu sitedeki hiçbir çerez bundan etkilenmez.',
  gpcNotHonoured:
    'Tarayıcınız Global Privacy Control sinyali gönderdi. Bu site sinyali otomatik olarak uygulamıyor, ancak çerezleri burada kendiniz reddedebilirsiniz.',
  consentId: 'Onay kimliğiniz',
  downloadRecord: 'Onay kaydımı indir',
  cookieType: 'Tür',
  session: 'Oturum',
  persistent: 'Kalıcı',
  noticeTitle: 'Gizlilik seçimleriniz',
  noticeText: 'Bu site çerez kullanır. Her türün ne işe yaradığını tercihlerde görebilirsiniz.',
  optOutText:
    'Çerez kullanıyoruz ve bunların bazıları kişisel bilgilerinizin satılması veya paylaşılması sayılabilir. Bunu istediğiniz zaman reddedebilirsiniz.',
  doNotSell: 'Kişisel bilgilerimi satmayın veya paylaşmayın',
  dismiss: 'Tamam',
  placeholderText: '{service} içeriği çerez yerleştirebileceği için engellendi.',
  placeholderLoadOnce: 'Bir kez yükle',
  placeholderAllow: 'Her zaman izin ver',
  categories: {
    necessary: { label: 'Zorunlu çerezler', description: 'Sitenin güvenli biçimde çalışmasını sağlar ve çerez tercihlerinizi hatırlar.' },
    analytical: { label: 'Analitik çerezler', description: 'Ziyaretleri sayar ve sitenin nasıl kullanıldığını gösterir; böylece siteyi geliştirebiliriz.' },
    functional: { label: 'İşlevsel çerezler', description: 'Ayarlarınızı hatırlar; videoların, haritaların ve benzeri özelliklerin çalışmasını sağlar.' },
    other: { label: 'Diğer çerezler', description: 'Reklam için kullanılır ve sizinle ilgili başka verilerle birleştirebilecek iş ortaklarıyla paylaşılır.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
