/** The presets' purposes in Basque, with "zu" as the banner (banner/texts/eu.ts); brands take no case ending: "X zerbitzua" does. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Basque',
  written: {
    'google-analytics': 'Bisitak zenbatzen ditu eta webgune hau nola erabiltzen den erakusten digu, hobetu ahal izateko.',
    'google-tag-manager': 'Webguneak erabiltzen dituen estatistika-tresnak eta beste tresnak kargatzen ditu, baimena ematen duzunean.',
    'google-ads': 'Gure Google iragarkiek funtzionatzen duten neurtzen du, eta gure iragarkiak beste webgune batzuetan erakusteko aukera ematen digu.',
    youtube: 'YouTube bideoak erreproduzitzen ditu webgune honetan; bideo bat kargatzean, YouTube-k bere cookieak ezar ditzake.',
    vimeo: 'Vimeo bideoak erreproduzitzen ditu webgune honetan; bideo bat kargatzean, Vimeo-k bere cookieak ezar ditzake.',
    'google-maps': 'Mapa interaktiboak erakusten ditu webgune honetan; mapa bat kargatzean, Google-k bere cookieak ezar ditzake.',
    'meta-pixel': 'Facebook eta Instagram sareetako gure iragarkiek funtzionatzen duten neurtzen du, eta han gure iragarkiak erakusteko aukera ematen digu.',
    'linkedin-insight': 'Gure LinkedIn iragarkiek funtzionatzen duten neurtzen du, eta LinkedIn sarean gure iragarkiak erakusteko aukera ematen digu.',
    'tiktok-pixel': 'Gure TikTok iragarkiek funtzionatzen duten neurtzen du, eta TikTok sarean gure iragarkiak erakusteko aukera ematen digu.',
    hotjar: 'Orrian nola korritzen duzun eta non klik egiten duzun erregistratzen du (bero-mapak eta saioen grabazioak), webgunea non den erabiltzen zaila ikusteko.',
    'microsoft-clarity': 'Orrian nola korritzen duzun eta non klik egiten duzun erregistratzen du (bero-mapak eta saioen grabazioak), zer hobetu dezakegun ikusteko.',
    'microsoft-advertising': 'Bing eta Microsoft-en beste zerbitzu batzuetako gure iragarkiek funtzionatzen duten neurtzen du, eta han gure iragarkiak erakusteko aukera ematen digu.',
  },
  kinds: {
    platformAds: (b) => `${b} plataformako gure iragarkiek funtzionatzen duten neurtzen du, eta han gure iragarkiak erakusteko aukera ematen digu.`,
    retargeting: (b) => `${b} zerbitzuaren bidez, hemen ikusi dituzun produktuen iragarkiak erakusten dizkizu beste webgune batzuk bisitatzen dituzunean.`,
    siteAds: (b) => `Iragarkiak eta gomendatutako artikuluak erakusten ditu webgune honetan ${b} zerbitzuaren bidez, eta zure interesen arabera aukera ditzake.`,
    productAnalytics: (b) => `${b} zerbitzuan erregistratzen du nola erabiltzen duzun webgune hau, orriz orri eta klikez klik, zer hobetu ikusteko.`,
    statistics: (b) => `Bisitak zenbatzen ditu ${b} zerbitzuarekin eta zer orri irakurtzen diren erakusten digu, webgunea hobetu ahal izateko.`,
    audio: (b) => `${b} zerbitzuko audioa erreproduzitzen du webgune honetan; erreproduzigailu bat kargatzean, ${b} zerbitzuak bere cookieak ezar ditzake.`,
    social: (b) => `${b} zerbitzuko botoiak eta argitalpenak erakusten ditu, gure orriak gustuko dituzula adierazteko edo partekatzeko; kargatzean, ${b} zerbitzuak bere cookieak ezar ditzake.`,
    posts: (b) => `${b} zerbitzuko argitalpenak erakusten ditu webgune honetan; argitalpen bat kargatzean, ${b} zerbitzuak bere cookieak ezar ditzake.`,
    chat: (b) => `${b} zerbitzuaren bidez gurekin txateatzeko edo laguntza eskatzeko aukera ematen dizu, eta zure elkarrizketa gogoratzen du.`,
    comments: (b) => `Gure artikuluen azpiko iruzkinak erakusten ditu eta zureak idazteko aukera ematen dizu, ${b} zerbitzuaren bidez.`,
    botCheck: (b) => `${b} zerbitzuarekin egiaztatzen du webgune honetako inprimakiak pertsona batek bidaltzen dituela, eta ez bot batek.`,
    payments: (b) => `Txartel bidezko ordainketak modu seguruan jasotzen ditu ${b} zerbitzuaren bidez, eta iruzurrak saihesten laguntzen du.`,
    marketing: (b) => `${b} zerbitzuan erregistratzen ditu zure bisitak eta bidaltzen dituzun inprimakiak, zurekin harremanetan jarri eta gure marketina hobetzeko.`,
  },
};
