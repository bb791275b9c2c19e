/** The presets' purposes in Slovak, with "vy" as the banner (banner/texts/sk.ts); brands after "služba" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Slovak',
  written: {
    'google-analytics': 'Počíta návštevy a ukazuje nám, ako ľudia používajú túto stránku, aby sme ju mohli zlepšovať.',
    'google-tag-manager': 'Načítava štatistické a ďalšie nástroje, ktoré táto stránka používa, keď ich povolíte.',
    'google-ads': 'Meria, či fungujú naše reklamy Google, a umožňuje nám zobrazovať vám naše reklamy na iných stránkach.',
    youtube: 'Prehráva na tejto stránke videá zo služby YouTube; pri načítaní videa môže YouTube uložiť vlastné súbory cookie.',
    vimeo: 'Prehráva na tejto stránke videá zo služby Vimeo; pri načítaní videa môže Vimeo uložiť vlastné súbory cookie.',
    'google-maps': 'Zobrazuje na tejto stránke interaktívne mapy; pri načítaní mapy môže Google uložiť vlastné súbory cookie.',
    'meta-pixel': 'Meria, či fungujú naše reklamy na Facebooku a Instagrame, a umožňuje nám zobrazovať vám tam naše reklamy.',
    'linkedin-insight': 'Meria, či fungujú naše reklamy na sieti LinkedIn, a umožňuje nám zobrazovať vám naše reklamy na sieti LinkedIn.',
    'tiktok-pixel': 'Meria, či fungujú naše reklamy na TikToku, a umožňuje nám zobrazovať vám naše reklamy na TikToku.',
    hotjar: 'Zaznamenáva, ako posúvate stránku a kam klikáte (teplotné mapy a záznamy relácií), aby sme videli, kde sa stránka ťažko používa.',
    'microsoft-clarity': 'Zaznamenáva, ako posúvate stránku a kam klikáte (teplotné mapy a záznamy relácií), aby sme videli, čo môžeme zlepšiť.',
    'microsoft-advertising': 'Meria, či fungujú naše reklamy vo vyhľadávači Bing a ďalších službách spoločnosti Microsoft, a umožňuje nám zobrazovať vám tam naše reklamy.',
  },
  kinds: {
    platformAds: (b) => `Meria, či fungujú naše reklamy v službe ${b}, a umožňuje nám zobrazovať vám tam naše reklamy.`,
    retargeting: (b) => `Prostredníctvom služby ${b} vám na iných stránkach zobrazuje reklamy na produkty, ktoré ste si pozreli tu.`,
    siteAds: (b) => `Zobrazuje na tejto stránke prostredníctvom služby ${b} reklamy a odporúčané články, ktoré môžu byť vybrané podľa vašich záujmov.`,
    productAnalytics: (b) => `Zaznamenáva v službe ${b}, ako používate túto stránku, podstránku po podstránke a kliknutie po kliknutí, aby sme videli, čo zlepšiť.`,
    statistics: (b) => `Počíta návštevy pomocou služby ${b} a ukazuje nám, ktoré podstránky ľudia čítajú, aby sme mohli stránku zlepšovať.`,
    audio: (b) => `Prehráva na tejto stránke zvuk zo služby ${b}; pri načítaní prehrávača môže ${b} uložiť vlastné súbory cookie.`,
    social: (b) => `Zobrazuje tlačidlá a príspevky služby ${b}, ktorými môžete naše stránky označiť ako obľúbené alebo ich zdieľať; pri ich načítaní môže ${b} uložiť vlastné súbory cookie.`,
    posts: (b) => `Zobrazuje na tejto stránke príspevky zo služby ${b}; pri načítaní príspevku môže ${b} uložiť vlastné súbory cookie.`,
    chat: (b) => `Umožňuje vám prostredníctvom služby ${b} četovať s nami alebo požiadať o pomoc a pamätá si vašu konverzáciu.`,
    comments: (b) => `Prostredníctvom služby ${b} zobrazuje komentáre pod našimi článkami a umožňuje vám písať vlastné.`,
    botCheck: (b) => `Overuje pomocou služby ${b}, že formuláre na tejto stránke odosiela človek, a nie robot.`,
    payments: (b) => `Bezpečne prijíma platby kartou prostredníctvom služby ${b} a pomáha predchádzať podvodom.`,
    marketing: (b) => `Zaznamenáva v službe ${b} vaše návštevy a odoslané formuláre, aby sme vás mohli kontaktovať a zlepšovať náš marketing.`,
  },
};
