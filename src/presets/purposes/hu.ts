/** The presets' purposes in Hungarian, with the polite "Ön" of the banner (banner/texts/hu.ts). */
import type { LanguagePurposes } from './types';

/** The article before a brand: "az" before a vowel sound (X reads "iksz"), "a" otherwise. */
const the = (brand: string) => `${/^[AEIOUÁÉÍÓÖŐÚÜŰX]/i.test(brand) ? 'az' : 'a'} ${brand}`;

export const purposes: LanguagePurposes = {
  name: 'Hungarian',
  written: {
    'google-analytics': 'Megszámolja a látogatásokat, és megmutatja nekünk, hogyan használják ezt a webhelyet, hogy fejleszthessük.',
    'google-tag-manager': 'Betölti a webhely statisztikai és egyéb eszközeit, amint Ön engedélyezi őket.',
    'google-ads': 'Méri, hogy beválnak-e a Google-hirdetéseink, és lehetővé teszi, hogy más webhelyeken is megjelenítsük Önnek a hirdetéseinket.',
    youtube: 'YouTube-videókat játszik le ezen a webhelyen; videó betöltésekor a YouTube saját sütiket helyezhet el.',
    vimeo: 'Vimeo-videókat játszik le ezen a webhelyen; videó betöltésekor a Vimeo saját sütiket helyezhet el.',
    'google-maps': 'Interaktív térképeket jelenít meg ezen a webhelyen; térkép betöltésekor a Google saját sütiket helyezhet el.',
    'meta-pixel': 'Méri, hogy beválnak-e a Facebookon és az Instagramon futó hirdetéseink, és lehetővé teszi, hogy ott megjelenítsük Önnek a hirdetéseinket.',
    'linkedin-insight': 'Méri, hogy beválnak-e a LinkedIn-hirdetéseink, és lehetővé teszi, hogy a LinkedInen megjelenítsük Önnek a hirdetéseinket.',
    'tiktok-pixel': 'Méri, hogy beválnak-e a TikTok-hirdetéseink, és lehetővé teszi, hogy a TikTokon megjelenítsük Önnek a hirdetéseinket.',
    hotjar: 'Rögzíti, hogyan görget és hová kattint (hőtérképek és munkamenet-felvételek), hogy lássuk, hol nehéz használni a webhelyet.',
    'microsoft-clarity': 'Rögzíti, hogyan görget és hová kattint (hőtérképek és munkamenet-felvételek), hogy lássuk, min javíthatunk.',
    'microsoft-advertising': 'Méri, hogy beválnak-e a Bingen és a Microsoft más szolgáltatásaiban futó hirdetéseink, és lehetővé teszi, hogy ott megjelenítsük Önnek a hirdetéseinket.',
  },
  kinds: {
    platformAds: (b) => `Méri, hogy beválnak-e ${the(b)} platformon futó hirdetéseink, és lehetővé teszi, hogy ott megjelenítsük Önnek a hirdetéseinket.`,
    retargeting: (b) => `Más webhelyeken ${the(b)} révén olyan termékek hirdetéseit jeleníti meg Önnek, amelyeket itt megnézett.`,
    siteAds: (b) => `Hirdetéseket és ajánlott cikkeket jelenít meg ezen a webhelyen ${the(b)} révén, amely ezeket az Ön érdeklődése alapján is kiválaszthatja.`,
    productAnalytics: (b) => `Rögzíti ${the(b)} szolgáltatásban, hogyan használja ezt a webhelyet, oldalról oldalra és kattintásról kattintásra, hogy lássuk, min javíthatunk.`,
    statistics: (b) => `Megszámolja a látogatásokat ${the(b)} segítségével, és megmutatja nekünk, mely oldalakat olvassák, hogy fejleszthessük a webhelyet.`,
    audio: (b) => `Hanganyagokat játszik le ${the(b)} szolgáltatásból ezen a webhelyen; lejátszó betöltésekor ${the(b)} saját sütiket helyezhet el.`,
    social: (b) => `Megjeleníti ${the(b)} gombjait és bejegyzéseit, amelyekkel kedvelheti vagy megoszthatja oldalainkat; betöltésükkor ${the(b)} saját sütiket helyezhet el.`,
    posts: (b) => `Megjeleníti ${the(b)} bejegyzéseit ezen a webhelyen; bejegyzés betöltésekor ${the(b)} saját sütiket helyezhet el.`,
    chat: (b) => `Lehetővé teszi, hogy ${the(b)} szolgáltatáson keresztül csevegjen velünk vagy segítséget kérjen, és megjegyzi a beszélgetést.`,
    comments: (b) => `Megjeleníti a cikkeink alatti hozzászólásokat ${the(b)} szolgáltatáson keresztül, és lehetővé teszi, hogy Ön is hozzászóljon.`,
    botCheck: (b) => `Ellenőrzi ${the(b)} segítségével, hogy a webhely űrlapjait ember küldi-e, nem pedig bot.`,
    payments: (b) => `Biztonságosan fogadja a kártyás fizetéseket ${the(b)} révén, és segít megelőzni a csalásokat.`,
    marketing: (b) => `Rögzíti ${the(b)} szolgáltatásban a látogatásait és az elküldött űrlapjait, hogy felvehessük Önnel a kapcsolatot és javíthassuk a marketingünket.`,
  },
};
