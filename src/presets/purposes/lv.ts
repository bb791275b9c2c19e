/** The presets' purposes in Latvian, with "jūs" as the banner (banner/texts/lv.ts); brands after "pakalpojums" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Latvian',
  written: {
    'google-analytics': 'Uzskaita apmeklējumus un parāda mums, kā šī vietne tiek izmantota, lai mēs varētu to uzlabot.',
    'google-tag-manager': 'Ielādē šīs vietnes statistikas un citus rīkus, tiklīdz jūs tos atļaujat.',
    'google-ads': 'Mēra, vai mūsu Google reklāmas darbojas, un ļauj mums rādīt jums mūsu reklāmas citās vietnēs.',
    youtube: 'Atskaņo šajā vietnē YouTube video; kad video tiek ielādēts, YouTube var saglabāt savas sīkdatnes.',
    vimeo: 'Atskaņo šajā vietnē Vimeo video; kad video tiek ielādēts, Vimeo var saglabāt savas sīkdatnes.',
    'google-maps': 'Rāda šajā vietnē interaktīvas kartes; kad karte tiek ielādēta, Google var saglabāt savas sīkdatnes.',
    'meta-pixel': 'Mēra, vai mūsu reklāmas Facebook un Instagram darbojas, un ļauj mums tur rādīt jums mūsu reklāmas.',
    'linkedin-insight': 'Mēra, vai mūsu LinkedIn reklāmas darbojas, un ļauj mums rādīt jums mūsu reklāmas platformā LinkedIn.',
    'tiktok-pixel': 'Mēra, vai mūsu TikTok reklāmas darbojas, un ļauj mums rādīt jums mūsu reklāmas platformā TikTok.',
    hotjar: 'Ieraksta, kā jūs ritināt lapu un kur noklikšķināt (siltuma kartes un apmeklējumu ieraksti), lai mēs redzētu, kur vietni ir grūti lietot.',
    'microsoft-clarity': 'Ieraksta, kā jūs ritināt lapu un kur noklikšķināt (siltuma kartes un apmeklējumu ieraksti), lai mēs redzētu, ko varam uzlabot.',
    'microsoft-advertising': 'Mēra, vai mūsu reklāmas Bing un citos Microsoft pakalpojumos darbojas, un ļauj mums tur rādīt jums mūsu reklāmas.',
  },
  kinds: {
    platformAds: (b) => `Mēra, vai mūsu reklāmas platformā ${b} darbojas, un ļauj mums tur rādīt jums mūsu reklāmas.`,
    retargeting: (b) => `Ar pakalpojuma ${b} starpniecību rāda jums citās vietnēs reklāmas par produktiem, kurus apskatījāt šeit.`,
    siteAds: (b) => `Ar pakalpojuma ${b} starpniecību rāda šajā vietnē reklāmas un ieteiktos rakstus, kurus tas var izvēlēties pēc jūsu interesēm.`,
    productAnalytics: (b) => `Ieraksta pakalpojumā ${b}, kā jūs izmantojat šo vietni, lapu pa lapai un klikšķi pa klikšķim, lai mēs redzētu, ko uzlabot.`,
    statistics: (b) => `Uzskaita apmeklējumus ar pakalpojumu ${b} un parāda mums, kuras lapas tiek lasītas, lai mēs varētu uzlabot vietni.`,
    audio: (b) => `Atskaņo šajā vietnē pakalpojuma ${b} audio; kad atskaņotājs tiek ielādēts, ${b} var saglabāt savas sīkdatnes.`,
    social: (b) => `Rāda pakalpojuma ${b} pogas un ierakstus, ar kuriem varat atzīmēt mūsu lapas kā tīkamas vai tās kopīgot; kad tie tiek ielādēti, ${b} var saglabāt savas sīkdatnes.`,
    posts: (b) => `Rāda šajā vietnē pakalpojuma ${b} ierakstus; kad ieraksts tiek ielādēts, ${b} var saglabāt savas sīkdatnes.`,
    chat: (b) => `Ļauj jums ar pakalpojuma ${b} starpniecību tērzēt ar mums vai lūgt palīdzību un atceras jūsu sarunu.`,
    comments: (b) => `Ar pakalpojuma ${b} starpniecību rāda komentārus zem mūsu rakstiem un ļauj jums rakstīt savus.`,
    botCheck: (b) => `Ar pakalpojumu ${b} pārbauda, vai šīs vietnes veidlapas sūta cilvēks, nevis robots.`,
    payments: (b) => `Ar pakalpojuma ${b} starpniecību droši pieņem maksājumus ar karti un palīdz novērst krāpšanu.`,
    marketing: (b) => `Ieraksta pakalpojumā ${b} jūsu apmeklējumus un nosūtītās veidlapas, lai mēs varētu ar jums sazināties un uzlabot savu mārketingu.`,
  },
};
