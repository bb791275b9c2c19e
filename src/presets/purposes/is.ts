/** The presets' purposes in Icelandic, with "þú" as the banner (banner/texts/is.ts); brands stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Icelandic',
  written: {
    'google-analytics': 'Telur heimsóknir og sýnir okkur hvernig vefurinn er notaður svo að við getum bætt hann.',
    'google-tag-manager': 'Hleður inn tölfræðitólum og öðrum tólum vefsins þegar þú hefur leyft þau.',
    'google-ads': 'Mælir hvort Google-auglýsingarnar okkar skila árangri og gerir okkur kleift að sýna þér auglýsingar okkar á öðrum vefjum.',
    youtube: 'Spilar YouTube-myndskeið á vefnum; YouTube getur vistað eigin vafrakökur þegar myndskeið hleðst inn.',
    vimeo: 'Spilar Vimeo-myndskeið á vefnum; Vimeo getur vistað eigin vafrakökur þegar myndskeið hleðst inn.',
    'google-maps': 'Sýnir gagnvirk kort á vefnum; Google getur vistað eigin vafrakökur þegar kort hleðst inn.',
    'meta-pixel': 'Mælir hvort auglýsingarnar okkar á Facebook og Instagram skila árangri og gerir okkur kleift að sýna þér auglýsingar okkar þar.',
    'linkedin-insight': 'Mælir hvort LinkedIn-auglýsingarnar okkar skila árangri og gerir okkur kleift að sýna þér auglýsingar okkar á LinkedIn.',
    'tiktok-pixel': 'Mælir hvort TikTok-auglýsingarnar okkar skila árangri og gerir okkur kleift að sýna þér auglýsingar okkar á TikTok.',
    hotjar: 'Skráir hvernig þú flettir og smellir (hitakort og upptökur af heimsóknum) svo að við sjáum hvar erfitt er að nota vefinn.',
    'microsoft-clarity': 'Skráir hvernig þú flettir og smellir (hitakort og upptökur af heimsóknum) svo að við sjáum hvað við getum bætt.',
    'microsoft-advertising': 'Mælir hvort auglýsingarnar okkar á Bing og annarri þjónustu Microsoft skila árangri og gerir okkur kleift að sýna þér auglýsingar okkar þar.',
  },
  kinds: {
    platformAds: (b) => `Mælir hvort auglýsingarnar okkar á ${b} skila árangri og gerir okkur kleift að sýna þér auglýsingar okkar þar.`,
    retargeting: (b) => `Sýnir þér í gegnum ${b} auglýsingar fyrir vörur sem þú skoðaðir hér þegar þú heimsækir aðra vefi.`,
    siteAds: (b) => `Sýnir auglýsingar og ráðlagðar greinar á vefnum í gegnum ${b}, sem getur valið þær út frá áhugamálum þínum.`,
    productAnalytics: (b) => `Skráir í ${b} hvernig þú notar vefinn, síðu fyrir síðu og smell fyrir smell, svo að við sjáum hvað má bæta.`,
    statistics: (b) => `Telur heimsóknir með ${b} og sýnir okkur hvaða síður eru lesnar svo að við getum bætt vefinn.`,
    audio: (b) => `Spilar hljóð frá ${b} á vefnum; ${b} getur vistað eigin vafrakökur þegar spilari hleðst inn.`,
    social: (b) => `Sýnir hnappa og færslur frá ${b} til að líka við síðurnar okkar eða deila þeim; ${b} getur vistað eigin vafrakökur þegar efnið hleðst inn.`,
    posts: (b) => `Sýnir færslur frá ${b} á vefnum; ${b} getur vistað eigin vafrakökur þegar færsla hleðst inn.`,
    chat: (b) => `Gerir þér kleift að spjalla við okkur eða biðja um aðstoð í gegnum ${b} og man samtalið.`,
    comments: (b) => `Sýnir athugasemdir við greinarnar okkar og gerir þér kleift að skrifa þínar eigin, í gegnum ${b}.`,
    botCheck: (b) => `Kannar með ${b} hvort eyðublöð á vefnum séu send af manneskju en ekki af vélmenni.`,
    payments: (b) => `Tekur við kortagreiðslum á öruggan hátt í gegnum ${b} og hjálpar til við að koma í veg fyrir svik.`,
    marketing: (b) => `Skráir í ${b} heimsóknir þínar og eyðublöðin sem þú sendir svo að við getum fylgt málum eftir og bætt markaðsstarf okkar.`,
  },
};
