/** The presets' purposes in Estonian, with the polite "teie" of the banner (banner/texts/et.ts); brands after "teenus" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Estonian',
  written: {
    'google-analytics': 'Loendab külastusi ja näitab meile, kuidas seda saiti kasutatakse, et saaksime seda paremaks muuta.',
    'google-tag-manager': 'Laadib selle saidi statistika- ja muud tööriistad, kui olete need lubanud.',
    'google-ads': 'Mõõdab, kas meie Google’i reklaamid toimivad, ja võimaldab meil näidata teile oma reklaame teistel saitidel.',
    youtube: 'Esitab sellel saidil YouTube’i videoid; video laadimisel võib YouTube salvestada oma küpsiseid.',
    vimeo: 'Esitab sellel saidil Vimeo videoid; video laadimisel võib Vimeo salvestada oma küpsiseid.',
    'google-maps': 'Näitab sellel saidil interaktiivseid kaarte; kaardi laadimisel võib Google salvestada oma küpsiseid.',
    'meta-pixel': 'Mõõdab, kas meie reklaamid Facebookis ja Instagramis toimivad, ja võimaldab meil näidata teile seal oma reklaame.',
    'linkedin-insight': 'Mõõdab, kas meie LinkedIni reklaamid toimivad, ja võimaldab meil näidata teile oma reklaame LinkedInis.',
    'tiktok-pixel': 'Mõõdab, kas meie TikToki reklaamid toimivad, ja võimaldab meil näidata teile oma reklaame TikTokis.',
    hotjar: 'Salvestab, kuidas te lehte kerite ja kuhu klõpsate (soojuskaardid ja külastuste salvestised), et näeksime, kus saiti on raske kasutada.',
    'microsoft-clarity': 'Salvestab, kuidas te lehte kerite ja kuhu klõpsate (soojuskaardid ja külastuste salvestised), et näeksime, mida saame paremaks muuta.',
    'microsoft-advertising': 'Mõõdab, kas meie reklaamid Bingis ja teistes Microsofti teenustes toimivad, ja võimaldab meil näidata teile seal oma reklaame.',
  },
  kinds: {
    platformAds: (b) => `Mõõdab, kas meie reklaamid platvormil ${b} toimivad, ja võimaldab meil näidata teile seal oma reklaame.`,
    retargeting: (b) => `Näitab teile teenuse ${b} kaudu teistel veebisaitidel reklaame toodete kohta, mida siin vaatasite.`,
    siteAds: (b) => `Näitab teenuse ${b} kaudu sellel saidil reklaame ja soovitatud artikleid, mis võidakse valida teie huvide põhjal.`,
    productAnalytics: (b) => `Salvestab teenusesse ${b}, kuidas te seda saiti kasutate, lehekülg lehekülje ja klõps klõpsu haaval, et näeksime, mida parandada.`,
    statistics: (b) => `Loendab külastusi teenusega ${b} ja näitab meile, milliseid lehti loetakse, et saaksime saiti paremaks muuta.`,
    audio: (b) => `Esitab sellel saidil teenuse ${b} helisisu; pleieri laadimisel võib ${b} salvestada oma küpsiseid.`,
    social: (b) => `Näitab teenuse ${b} nuppe ja postitusi, et saaksite meie lehti meeldivaks märkida või jagada; nende laadimisel võib ${b} salvestada oma küpsiseid.`,
    posts: (b) => `Näitab sellel saidil teenuse ${b} postitusi; postituse laadimisel võib ${b} salvestada oma küpsiseid.`,
    chat: (b) => `Võimaldab teil teenuse ${b} kaudu meiega vestelda või abi küsida ja jätab teie vestluse meelde.`,
    comments: (b) => `Näitab teenuse ${b} kaudu meie artiklite all olevaid kommentaare ja võimaldab teil ise kommenteerida.`,
    botCheck: (b) => `Kontrollib teenusega ${b}, et selle saidi vorme saadab inimene, mitte robot.`,
    payments: (b) => `Võtab teenuse ${b} kaudu turvaliselt vastu kaardimakseid ja aitab pettusi ära hoida.`,
    marketing: (b) => `Salvestab teenusesse ${b} teie külastused ja saadetud vormid, et saaksime teiega ühendust võtta ja oma turundust parandada.`,
  },
};
