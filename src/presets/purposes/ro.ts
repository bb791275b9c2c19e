/** The presets' purposes in Romanian, with the polite "dumneavoastră" of the banner (banner/texts/ro.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Romanian',
  written: {
    'google-analytics': 'Numără vizitele și ne arată cum este folosit acest site, ca să îl putem îmbunătăți.',
    'google-tag-manager': 'Încarcă instrumentele de statistică și celelalte instrumente folosite de acest site, după ce le permiteți.',
    'google-ads': 'Măsoară dacă reclamele noastre Google funcționează și ne permite să vă arătăm reclamele noastre pe alte site-uri.',
    youtube: 'Redă videoclipuri YouTube pe acest site; când se încarcă un videoclip, YouTube își poate plasa propriile cookie-uri.',
    vimeo: 'Redă videoclipuri Vimeo pe acest site; când se încarcă un videoclip, Vimeo își poate plasa propriile cookie-uri.',
    'google-maps': 'Afișează hărți interactive pe acest site; când se încarcă o hartă, Google își poate plasa propriile cookie-uri.',
    'meta-pixel': 'Măsoară dacă reclamele noastre de pe Facebook și Instagram funcționează și ne permite să vă arătăm acolo reclamele noastre.',
    'linkedin-insight': 'Măsoară dacă reclamele noastre LinkedIn funcționează și ne permite să vă arătăm reclamele noastre pe LinkedIn.',
    'tiktok-pixel': 'Măsoară dacă reclamele noastre TikTok funcționează și ne permite să vă arătăm reclamele noastre pe TikTok.',
    hotjar: 'Înregistrează cum derulați pagina și unde faceți clic (hărți termice și înregistrări ale vizitelor), ca să vedem unde site-ul este greu de folosit.',
    'microsoft-clarity': 'Înregistrează cum derulați pagina și unde faceți clic (hărți termice și înregistrări ale vizitelor), ca să vedem ce putem îmbunătăți.',
    'microsoft-advertising': 'Măsoară dacă reclamele noastre de pe Bing și din alte servicii Microsoft funcționează și ne permite să vă arătăm acolo reclamele noastre.',
  },
  kinds: {
    platformAds: (b) => `Măsoară dacă reclamele noastre de pe ${b} funcționează și ne permite să vă arătăm acolo reclamele noastre.`,
    retargeting: (b) => `Vă arată, prin ${b}, reclame pentru produsele pe care le-ați văzut aici, atunci când vizitați alte site-uri.`,
    siteAds: (b) => `Afișează pe acest site, prin ${b}, reclame și articole recomandate, pe care le poate alege în funcție de interesele dumneavoastră.`,
    productAnalytics: (b) => `Înregistrează în ${b} cum folosiți acest site, pagină cu pagină și clic cu clic, ca să vedem ce putem îmbunătăți.`,
    statistics: (b) => `Numără vizitele cu ${b} și ne arată ce pagini sunt citite, ca să putem îmbunătăți site-ul.`,
    audio: (b) => `Redă conținut audio ${b} pe acest site; când se încarcă un player, ${b} își poate plasa propriile cookie-uri.`,
    social: (b) => `Afișează butoane și postări ${b} pentru a aprecia sau a distribui paginile noastre; când se încarcă, ${b} își poate plasa propriile cookie-uri.`,
    posts: (b) => `Afișează postări ${b} pe acest site; când se încarcă o postare, ${b} își poate plasa propriile cookie-uri.`,
    chat: (b) => `Vă permite să discutați cu noi pe chat sau să cereți ajutor prin ${b} și reține conversația dumneavoastră.`,
    comments: (b) => `Afișează comentariile de sub articolele noastre și vă permite să le scrieți pe ale dumneavoastră, prin ${b}.`,
    botCheck: (b) => `Verifică prin ${b} că formularele de pe acest site sunt trimise de o persoană, nu de un bot.`,
    payments: (b) => `Preia în siguranță plățile cu cardul prin ${b} și ajută la prevenirea fraudei.`,
    marketing: (b) => `Înregistrează în ${b} vizitele dumneavoastră și formularele pe care le trimiteți, ca să vă putem contacta și să ne îmbunătățim marketingul.`,
  },
};
