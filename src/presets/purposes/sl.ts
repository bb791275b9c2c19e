/** The presets' purposes in Slovenian, with "vi" as the banner (banner/texts/sl.ts); brands after "storitev" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Slovenian',
  written: {
    'google-analytics': 'Šteje obiske in nam pokaže, kako se to spletno mesto uporablja, da ga lahko izboljšamo.',
    'google-tag-manager': 'Naloži statistična in druga orodja, ki jih uporablja to spletno mesto, ko jih dovolite.',
    'google-ads': 'Meri, ali naši oglasi Google delujejo, in nam omogoča, da vam naše oglase prikazujemo na drugih spletnih mestih.',
    youtube: 'Predvaja videoposnetke YouTube na tem spletnem mestu; ko se videoposnetek naloži, lahko YouTube shrani lastne piškotke.',
    vimeo: 'Predvaja videoposnetke Vimeo na tem spletnem mestu; ko se videoposnetek naloži, lahko Vimeo shrani lastne piškotke.',
    'google-maps': 'Prikazuje interaktivne zemljevide na tem spletnem mestu; ko se zemljevid naloži, lahko Google shrani lastne piškotke.',
    'meta-pixel': 'Meri, ali naši oglasi na Facebooku in Instagramu delujejo, in nam omogoča, da vam tam prikazujemo naše oglase.',
    'linkedin-insight': 'Meri, ali naši oglasi v omrežju LinkedIn delujejo, in nam omogoča, da vam naše oglase prikazujemo v omrežju LinkedIn.',
    'tiktok-pixel': 'Meri, ali naši oglasi na TikToku delujejo, in nam omogoča, da vam naše oglase prikazujemo na TikToku.',
    hotjar: 'Beleži, kako se pomikate po strani in kam kliknete (toplotni zemljevidi in posnetki obiskov), da vidimo, kje je spletno mesto težko uporabljati.',
    'microsoft-clarity': 'Beleži, kako se pomikate po strani in kam kliknete (toplotni zemljevidi in posnetki obiskov), da vidimo, kaj lahko izboljšamo.',
    'microsoft-advertising': 'Meri, ali naši oglasi v iskalniku Bing in drugih Microsoftovih storitvah delujejo, in nam omogoča, da vam tam prikazujemo naše oglase.',
  },
  kinds: {
    platformAds: (b) => `Meri, ali naši oglasi v storitvi ${b} delujejo, in nam omogoča, da vam tam prikazujemo naše oglase.`,
    retargeting: (b) => `Prek storitve ${b} vam na drugih spletnih mestih prikazuje oglase za izdelke, ki ste si jih ogledali tukaj.`,
    siteAds: (b) => `Prek storitve ${b} prikazuje oglase in priporočene članke na tem spletnem mestu, ki jih lahko izbere glede na vaše interese.`,
    productAnalytics: (b) => `V storitvi ${b} beleži, kako uporabljate to spletno mesto, stran za stranjo in klik za klikom, da vidimo, kaj izboljšati.`,
    statistics: (b) => `Šteje obiske s storitvijo ${b} in nam pokaže, katere strani se berejo, da lahko izboljšamo spletno mesto.`,
    audio: (b) => `Predvaja zvočne posnetke storitve ${b} na tem spletnem mestu; ko se predvajalnik naloži, lahko ${b} shrani lastne piškotke.`,
    social: (b) => `Prikazuje gumbe in objave storitve ${b} za všečkanje ali deljenje naših strani; ko se naložijo, lahko ${b} shrani lastne piškotke.`,
    posts: (b) => `Prikazuje objave storitve ${b} na tem spletnem mestu; ko se objava naloži, lahko ${b} shrani lastne piškotke.`,
    chat: (b) => `Omogoča vam, da prek storitve ${b} klepetate z nami ali prosite za pomoč, in si zapomni vaš pogovor.`,
    comments: (b) => `Prek storitve ${b} prikazuje komentarje pod našimi članki in vam omogoča, da napišete svoje.`,
    botCheck: (b) => `S storitvijo ${b} preveri, ali obrazce na tem spletnem mestu pošilja človek in ne robot.`,
    payments: (b) => `Prek storitve ${b} varno sprejema plačila s kartico in pomaga preprečevati goljufije.`,
    marketing: (b) => `V storitvi ${b} beleži vaše obiske in poslane obrazce, da vas lahko kontaktiramo in izboljšamo naše trženje.`,
  },
};
