/** The presets' purposes in Finnish, with "sinä" as the banner (banner/texts/fi.ts). */
import type { LanguagePurposes } from './types';

/** "X-palvelu", or "Google AdSense -palvelu" for a name of several words: the brand is never inflected. */
const service = (brand: string) => (brand.includes(' ') ? `${brand} -palvelu` : `${brand}-palvelu`);

export const purposes: LanguagePurposes = {
  name: 'Finnish',
  written: {
    'google-analytics': 'Laskee käynnit ja näyttää meille, miten sivustoa käytetään, jotta voimme parantaa sitä.',
    'google-tag-manager': 'Lataa sivuston tilasto- ja muut työkalut, kun olet sallinut ne.',
    'google-ads': 'Mittaa, toimivatko Google-mainoksemme, ja antaa meidän näyttää sinulle mainoksiamme muilla sivustoilla.',
    youtube: 'Toistaa YouTube-videoita tällä sivustolla; YouTube voi tallentaa omia evästeitään, kun video latautuu.',
    vimeo: 'Toistaa Vimeo-videoita tällä sivustolla; Vimeo voi tallentaa omia evästeitään, kun video latautuu.',
    'google-maps': 'Näyttää interaktiivisia karttoja tällä sivustolla; Google voi tallentaa omia evästeitään, kun kartta latautuu.',
    'meta-pixel': 'Mittaa, toimivatko mainoksemme Facebookissa ja Instagramissa, ja antaa meidän näyttää sinulle mainoksiamme siellä.',
    'linkedin-insight': 'Mittaa, toimivatko LinkedIn-mainoksemme, ja antaa meidän näyttää sinulle mainoksiamme LinkedInissä.',
    'tiktok-pixel': 'Mittaa, toimivatko TikTok-mainoksemme, ja antaa meidän näyttää sinulle mainoksiamme TikTokissa.',
    hotjar: 'Tallentaa, miten vierität ja napsautat (lämpökartat ja käyntien tallenteet), jotta näemme, missä sivustoa on vaikea käyttää.',
    'microsoft-clarity': 'Tallentaa, miten vierität ja napsautat (lämpökartat ja käyntien tallenteet), jotta näemme, mitä voimme parantaa.',
    'microsoft-advertising': 'Mittaa, toimivatko mainoksemme Bingissä ja muissa Microsoftin palveluissa, ja antaa meidän näyttää sinulle mainoksiamme siellä.',
  },
  kinds: {
    platformAds: (b) => `Mittaa, toimivatko mainoksemme ${service(b)}ssa, ja antaa meidän näyttää sinulle mainoksiamme siellä.`,
    retargeting: (b) => `Näyttää sinulle ${service(b)}n kautta muilla sivustoilla mainoksia tuotteista, joita katsoit täällä.`,
    siteAds: (b) => `Näyttää tällä sivustolla ${service(b)}n kautta mainoksia ja suositeltuja artikkeleita, jotka voidaan valita kiinnostuksen kohteidesi perusteella.`,
    productAnalytics: (b) => `Tallentaa ${service(b)}un, miten käytät tätä sivustoa, sivu sivulta ja napsautus napsautukselta, jotta näemme, mitä parantaa.`,
    statistics: (b) => `Laskee käynnit ${service(b)}n avulla ja näyttää meille, mitä sivuja luetaan, jotta voimme parantaa sivustoa.`,
    audio: (b) => `Toistaa ${service(b)}n ääntä tällä sivustolla; ${b} voi tallentaa omia evästeitään, kun soitin latautuu.`,
    social: (b) => `Näyttää ${service(b)}n painikkeita ja julkaisuja, joilla voit tykätä sivuistamme tai jakaa niitä; ${b} voi tallentaa omia evästeitään, kun ne latautuvat.`,
    posts: (b) => `Näyttää ${service(b)}n julkaisuja tällä sivustolla; ${b} voi tallentaa omia evästeitään, kun julkaisu latautuu.`,
    chat: (b) => `Antaa sinun keskustella kanssamme tai pyytää apua ${service(b)}n kautta ja muistaa keskustelusi.`,
    comments: (b) => `Näyttää ${service(b)}n kautta artikkeliemme kommentit ja antaa sinun kirjoittaa omia kommenttejasi.`,
    botCheck: (b) => `Tarkistaa ${service(b)}n avulla, että tämän sivuston lomakkeet lähettää ihminen eikä botti.`,
    payments: (b) => `Ottaa vastaan korttimaksuja turvallisesti ${service(b)}n kautta ja auttaa estämään petoksia.`,
    marketing: (b) => `Tallentaa ${service(b)}un käyntisi ja lähettämäsi lomakkeet, jotta voimme ottaa sinuun yhteyttä ja parantaa markkinointiamme.`,
  },
};
