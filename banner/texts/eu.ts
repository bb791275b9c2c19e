// Basque texts: dist/i18n/eu.js for the script tag, i18n/eu.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/eu';

export const texts: TextOverrides = {
  bannerTitle: 'Cookieak erabiltzen ditugu',
  bannerText:
    'Cookie batzuk beharrezkoak dira webgune honek funtziona dezan. Gainerakoak zure baimenarekin bakarrik erabiltzen ditugu, eta aukera noiznahi alda dezakezu.',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  preferences: 'Aldatu hobespenak',
  policyLink: 'Cookie-politika',
  preferencesTitle: 'Cookie-hobespenak',
  preferencesText: 'Aukeratu zer cookie erabil ditzakegun. Webguneak funtzionatzeko behar dituenak beti daude aktibatuta.',
  save: 'Gorde aukerak',
  close: 'Itxi',
  alwaysOn: 'Beti aktibatuta',
  services: 'Zerbitzuak',
  cookieName: 'Izena',
  cookieProvider: 'Hornitzailea',
  cookieDuration: 'Iraupena',
  cookiePurpose: 'Helburua',
  cookieDetails: 'Erabilitako cookieak',
  servicePolicy: 'Pribatutasun-politika',
  bannerPurposes: 'Zure baimenarekin bakarrik: {categories}.',
  listComma: ', ',
  listAnd: ' eta ',
  noticePurposes: 'Webgune honetan erabiltzen direnak: {categories}.',
  gpcHonoured:
    'Zure nabigatzaileak Global Privacy Control seinalea bidali du, eta errespetatu egiten dugu. Desaktibatuta egongo dira zuk aktibatu arte: {categories}.',
  gpcNone: 'Zure nabigatzaileak Global Privacy Control seinalea bidali du, eta errespetatu egiten dugu. Ez dio webgune honetako inolako cookieri eragiten.',
  gpcNotHonoured:
    'Zure nabigatzaileak Global Privacy Control seinalea bidali du. Webgune honek ez du automatikoki aplikatzen, baina hemen bertan baztertu ditzakezu cookieak.',
  consentId: 'Zure baimenaren IDa',
  downloadRecord: 'Deskargatu nire baimenaren erregistroa',
  cookieType: 'Mota',
  session: 'Saiokoa',
  persistent: 'Iraunkorra',
  noticeTitle: 'Zure pribatutasun-aukerak',
  noticeText: 'Webgune honek cookieak erabiltzen ditu. Hobespenetan ikus dezakezu mota bakoitza zertarako den.',
  optOutText: 'Cookieak erabiltzen ditugu, eta horietako batzuk zure informazio pertsonala saltzea edo partekatzea izan daitezke. Noiznahi egin dezakezu uko.',
  doNotSell: 'Ez saldu eta ez partekatu nire informazio pertsonala',
  dismiss: 'Ados',
  placeholderText: '{service} zerbitzuaren eduki hau blokeatuta dago, cookieak gorde ditzakeelako.',
  placeholderLoadOnce: 'Kargatu behin',
  placeholderAllow: 'Baimendu beti',
  categories: {
    necessary: { label: 'Ezinbesteko cookieak', description: 'Webgunea modu seguruan dabilela bermatzen dute, eta cookieei buruzko zure aukerak gogoratzen dituzte.' },
    analytical: { label: 'Cookie analitikoak', description: 'Bisitak zenbatzen dituzte eta webgunea nola erabiltzen den erakusten digute, hobetu ahal izateko.' },
    functional: { label: 'Cookie funtzionalak', description: 'Zure ezarpenak gogoratzen dituzte, eta bideoak, mapak eta antzeko funtzioak dabiltzala bermatzen dute.' },
    other: { label: 'Beste cookie batzuk', description: 'Publizitaterako erabiltzen dira, eta bazkideekin partekatzen dira; haiek zuri buruzko beste datu batzuekin konbina ditzakete.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
