/** The presets' purposes in Czech, with "vy" as the banner (banner/texts/cs.ts); brands after "služba" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Czech',
  written: {
    'google-analytics': 'Počítá návštěvy a ukazuje nám, jak lidé tento web používají, abychom ho mohli zlepšovat.',
    'google-tag-manager': 'Načítá statistické a další nástroje, které tento web používá, jakmile je povolíte.',
    'google-ads': 'Měří, zda fungují naše reklamy Google, a umožňuje nám zobrazovat vám naše reklamy na jiných webech.',
    youtube: 'Přehrává na tomto webu videa ze služby YouTube; při načtení videa může YouTube uložit vlastní soubory cookie.',
    vimeo: 'Přehrává na tomto webu videa ze služby Vimeo; při načtení videa může Vimeo uložit vlastní soubory cookie.',
    'google-maps': 'Zobrazuje na tomto webu interaktivní mapy; při načtení mapy může Google uložit vlastní soubory cookie.',
    'meta-pixel': 'Měří, zda fungují naše reklamy na Facebooku a Instagramu, a umožňuje nám vám tam zobrazovat naše reklamy.',
    'linkedin-insight': 'Měří, zda fungují naše reklamy na síti LinkedIn, a umožňuje nám zobrazovat vám naše reklamy na síti LinkedIn.',
    'tiktok-pixel': 'Měří, zda fungují naše reklamy na TikToku, a umožňuje nám zobrazovat vám naše reklamy na TikToku.',
    hotjar: 'Zaznamenává, jak posouváte stránku a kam klikáte (teplotní mapy a záznamy relací), abychom viděli, kde se web špatně používá.',
    'microsoft-clarity': 'Zaznamenává, jak posouváte stránku a kam klikáte (teplotní mapy a záznamy relací), abychom viděli, co můžeme zlepšit.',
    'microsoft-advertising': 'Měří, zda fungují naše reklamy ve vyhledávači Bing a dalších službách společnosti Microsoft, a umožňuje nám vám tam zobrazovat naše reklamy.',
  },
  kinds: {
    platformAds: (b) => `Měří, zda fungují naše reklamy ve službě ${b}, a umožňuje nám vám tam zobrazovat naše reklamy.`,
    retargeting: (b) => `Prostřednictvím služby ${b} vám na jiných webech zobrazuje reklamy na produkty, které jste si prohlédli zde.`,
    siteAds: (b) => `Zobrazuje na tomto webu prostřednictvím služby ${b} reklamy a doporučené články, které mohou být vybrány podle vašich zájmů.`,
    productAnalytics: (b) => `Zaznamenává ve službě ${b}, jak tento web používáte, stránku po stránce a kliknutí po kliknutí, abychom viděli, co zlepšit.`,
    statistics: (b) => `Počítá návštěvy pomocí služby ${b} a ukazuje nám, které stránky lidé čtou, abychom mohli web zlepšovat.`,
    audio: (b) => `Přehrává na tomto webu zvuk ze služby ${b}; při načtení přehrávače může ${b} uložit vlastní soubory cookie.`,
    social: (b) => `Zobrazuje tlačítka a příspěvky služby ${b}, jimiž můžete naše stránky označit jako oblíbené nebo je sdílet; při jejich načtení může ${b} uložit vlastní soubory cookie.`,
    posts: (b) => `Zobrazuje na tomto webu příspěvky ze služby ${b}; při načtení příspěvku může ${b} uložit vlastní soubory cookie.`,
    chat: (b) => `Umožňuje vám prostřednictvím služby ${b} s námi chatovat nebo požádat o pomoc a pamatuje si vaši konverzaci.`,
    comments: (b) => `Prostřednictvím služby ${b} zobrazuje komentáře pod našimi články a umožňuje vám psát vlastní.`,
    botCheck: (b) => `Ověřuje pomocí služby ${b}, že formuláře na tomto webu odesílá člověk, a ne robot.`,
    payments: (b) => `Bezpečně přijímá platby kartou prostřednictvím služby ${b} a pomáhá předcházet podvodům.`,
    marketing: (b) => `Zaznamenává ve službě ${b} vaše návštěvy a odeslané formuláře, abychom vás mohli kontaktovat a zlepšovat náš marketing.`,
  },
};
