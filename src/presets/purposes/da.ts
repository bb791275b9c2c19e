/** The presets' purposes in Danish, with "du" as the banner (banner/texts/da.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Danish',
  written: {
    'google-analytics': 'Tæller besøg og viser os, hvordan siden bliver brugt, så vi kan forbedre den.',
    'google-tag-manager': 'Indlæser de statistikværktøjer og andre værktøjer, siden bruger, når du har givet lov.',
    'google-ads': 'Måler, om vores Google-annoncer virker, og gør det muligt for os at vise dig vores annoncer på andre websites.',
    youtube: 'Afspiller YouTube-videoer på siden; YouTube kan sætte sine egne cookies, når en video indlæses.',
    vimeo: 'Afspiller Vimeo-videoer på siden; Vimeo kan sætte sine egne cookies, når en video indlæses.',
    'google-maps': 'Viser interaktive kort på siden; Google kan sætte sine egne cookies, når et kort indlæses.',
    'meta-pixel': 'Måler, om vores annoncer på Facebook og Instagram virker, og gør det muligt for os at vise dig vores annoncer dér.',
    'linkedin-insight': 'Måler, om vores LinkedIn-annoncer virker, og gør det muligt for os at vise dig vores annoncer på LinkedIn.',
    'tiktok-pixel': 'Måler, om vores TikTok-annoncer virker, og gør det muligt for os at vise dig vores annoncer på TikTok.',
    hotjar: 'Registrerer, hvordan du scroller og klikker (heatmaps og optagelser af besøg), så vi kan se, hvor siden er svær at bruge.',
    'microsoft-clarity': 'Registrerer, hvordan du scroller og klikker (heatmaps og optagelser af besøg), så vi kan se, hvad vi kan forbedre.',
    'microsoft-advertising': 'Måler, om vores annoncer på Bing og andre Microsoft-tjenester virker, og gør det muligt for os at vise dig vores annoncer dér.',
  },
  kinds: {
    platformAds: (b) => `Måler, om vores annoncer på ${b} virker, og gør det muligt for os at vise dig vores annoncer dér.`,
    retargeting: (b) => `Viser dig via ${b} annoncer for produkter, du har set her, når du besøger andre websites.`,
    siteAds: (b) => `Viser annoncer og anbefalede artikler på siden via ${b}, som kan vælge dem ud fra dine interesser.`,
    productAnalytics: (b) => `Registrerer i ${b}, hvordan du bruger siden, side for side og klik for klik, så vi kan se, hvad der kan forbedres.`,
    statistics: (b) => `Tæller besøg med ${b} og viser os, hvilke sider der bliver læst, så vi kan forbedre siden.`,
    audio: (b) => `Afspiller lyd fra ${b} på siden; ${b} kan sætte sine egne cookies, når en afspiller indlæses.`,
    social: (b) => `Viser knapper og opslag fra ${b}, så du kan synes godt om eller dele vores sider; ${b} kan sætte sine egne cookies, når de indlæses.`,
    posts: (b) => `Viser opslag fra ${b} på siden; ${b} kan sætte sine egne cookies, når et opslag indlæses.`,
    chat: (b) => `Lader dig chatte med os eller bede om hjælp via ${b} og husker samtalen.`,
    comments: (b) => `Viser kommentarerne under vores artikler og lader dig skrive dine egne via ${b}.`,
    botCheck: (b) => `Kontrollerer med ${b}, at formularer på siden bliver sendt af et menneske og ikke af en bot.`,
    payments: (b) => `Modtager kortbetalinger sikkert via ${b} og hjælper med at forhindre svindel.`,
    marketing: (b) => `Registrerer dine besøg og de formularer, du sender, i ${b}, så vi kan følge op og forbedre vores markedsføring.`,
  },
};
