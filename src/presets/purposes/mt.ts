/** The presets' purposes in Maltese, with "int" as the banner (banner/texts/mt.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Maltese',
  written: {
    'google-analytics': 'Jgħodd iż-żjarat u jurina kif jintuża dan is-sit, biex inkunu nistgħu intejbuh.',
    'google-tag-manager': 'Itella’ l-għodod tal-istatistika u l-għodod l-oħra li juża dan is-sit, ladarba tippermettihom.',
    'google-ads': 'Ikejjel jekk ir-reklami tagħna fuq Google jaħdmux u jħallina nuruk ir-reklami tagħna fuq siti oħra.',
    youtube: 'Juri l-vidjows ta’ YouTube fuq dan is-sit; YouTube jista’ jpoġġi l-cookies tiegħu meta jitella’ vidjo.',
    vimeo: 'Juri l-vidjows ta’ Vimeo fuq dan is-sit; Vimeo jista’ jpoġġi l-cookies tiegħu meta jitella’ vidjo.',
    'google-maps': 'Juri mapep interattivi fuq dan is-sit; Google jista’ jpoġġi l-cookies tiegħu meta titella’ mappa.',
    'meta-pixel': 'Ikejjel jekk ir-reklami tagħna fuq Facebook u Instagram jaħdmux u jħallina nuruk ir-reklami tagħna hemmhekk.',
    'linkedin-insight': 'Ikejjel jekk ir-reklami tagħna fuq LinkedIn jaħdmux u jħallina nuruk ir-reklami tagħna fuq LinkedIn.',
    'tiktok-pixel': 'Ikejjel jekk ir-reklami tagħna fuq TikTok jaħdmux u jħallina nuruk ir-reklami tagħna fuq TikTok.',
    hotjar: 'Jirreġistra kif tiskrollja u fejn tikklikkja (mapep tas-sħana u reġistrazzjonijiet taż-żjarat), biex naraw fejn is-sit huwa diffiċli biex jintuża.',
    'microsoft-clarity': 'Jirreġistra kif tiskrollja u fejn tikklikkja (mapep tas-sħana u reġistrazzjonijiet taż-żjarat), biex naraw x’nistgħu intejbu.',
    'microsoft-advertising': 'Ikejjel jekk ir-reklami tagħna fuq Bing u servizzi oħra ta’ Microsoft jaħdmux u jħallina nuruk ir-reklami tagħna hemmhekk.',
  },
  kinds: {
    platformAds: (b) => `Ikejjel jekk ir-reklami tagħna fuq ${b} jaħdmux u jħallina nuruk ir-reklami tagħna hemmhekk.`,
    retargeting: (b) => `Permezz ta’ ${b}, jurik reklami ta’ prodotti li rajt hawn meta żżur siti oħra.`,
    siteAds: (b) => `Juri reklami u artikli rakkomandati fuq dan is-sit permezz ta’ ${b}, li jista’ jagħżilhom skont l-interessi tiegħek.`,
    productAnalytics: (b) => `Jirreġistra f’${b} kif tuża dan is-sit, paġna b’paġna u klikk b’klikk, biex naraw x’għandna intejbu.`,
    statistics: (b) => `Jgħodd iż-żjarat b’${b} u jurina liema paġni jinqraw, biex inkunu nistgħu intejbu s-sit.`,
    audio: (b) => `Idoqq awdjo ta’ ${b} fuq dan is-sit; ${b} jista’ jpoġġi l-cookies tiegħu meta jitella’ plejer.`,
    social: (b) => `Juri buttuni u pubblikazzjonijiet ta’ ${b} biex tagħmel like jew taqsam il-paġni tagħna; ${b} jista’ jpoġġi l-cookies tiegħu meta jitilgħu.`,
    posts: (b) => `Juri pubblikazzjonijiet ta’ ${b} fuq dan is-sit; ${b} jista’ jpoġġi l-cookies tiegħu meta titella’ pubblikazzjoni.`,
    chat: (b) => `Iħallik tkellimna jew titlob l-għajnuna permezz ta’ ${b}, u jiftakar il-konversazzjoni tiegħek.`,
    comments: (b) => `Juri l-kummenti taħt l-artikli tagħna u jħallik tikteb tiegħek, permezz ta’ ${b}.`,
    botCheck: (b) => `Jivverifika b’${b} li l-formoli fuq dan is-sit jintbagħtu minn persuna u mhux minn bot.`,
    payments: (b) => `Jilqa’ ħlasijiet bil-karta b’mod sigur permezz ta’ ${b} u jgħin biex jipprevjeni l-frodi.`,
    marketing: (b) => `Jirreġistra f’${b} iż-żjarat tiegħek u l-formoli li tibgħat, biex inkunu nistgħu nsegwuk u intejbu l-marketing tagħna.`,
  },
};
