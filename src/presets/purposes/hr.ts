/** The presets' purposes in Croatian, with "vi" as the banner (banner/texts/hr.ts); brands after "usluga" stay uninflected. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Croatian',
  written: {
    'google-analytics': 'Broji posjete i pokazuje nam kako se ova stranica koristi, kako bismo je mogli poboljšati.',
    'google-tag-manager': 'Učitava statističke i druge alate koje ova stranica koristi, nakon što ih dopustite.',
    'google-ads': 'Mjeri jesu li naši Google oglasi uspješni i omogućuje nam da vam prikazujemo naše oglase na drugim stranicama.',
    youtube: 'Reproducira YouTube videozapise na ovoj stranici; kad se videozapis učita, YouTube može postaviti vlastite kolačiće.',
    vimeo: 'Reproducira Vimeo videozapise na ovoj stranici; kad se videozapis učita, Vimeo može postaviti vlastite kolačiće.',
    'google-maps': 'Prikazuje interaktivne karte na ovoj stranici; kad se karta učita, Google može postaviti vlastite kolačiće.',
    'meta-pixel': 'Mjeri jesu li naši oglasi na Facebooku i Instagramu uspješni i omogućuje nam da vam ondje prikazujemo naše oglase.',
    'linkedin-insight': 'Mjeri jesu li naši LinkedIn oglasi uspješni i omogućuje nam da vam prikazujemo naše oglase na LinkedInu.',
    'tiktok-pixel': 'Mjeri jesu li naši TikTok oglasi uspješni i omogućuje nam da vam prikazujemo naše oglase na TikToku.',
    hotjar: 'Bilježi kako se pomičete po stranici i gdje kliknete (toplinske karte i snimke posjeta), kako bismo vidjeli gdje je stranicu teško koristiti.',
    'microsoft-clarity': 'Bilježi kako se pomičete po stranici i gdje kliknete (toplinske karte i snimke posjeta), kako bismo vidjeli što možemo poboljšati.',
    'microsoft-advertising': 'Mjeri jesu li naši oglasi na Bingu i drugim Microsoftovim uslugama uspješni i omogućuje nam da vam ondje prikazujemo naše oglase.',
  },
  kinds: {
    platformAds: (b) => `Mjeri jesu li naši oglasi na platformi ${b} uspješni i omogućuje nam da vam ondje prikazujemo naše oglase.`,
    retargeting: (b) => `Putem usluge ${b} prikazuje vam na drugim web-stranicama oglase za proizvode koje ste ovdje pregledali.`,
    siteAds: (b) => `Putem usluge ${b} prikazuje oglase i preporučene članke na ovoj stranici, koje ta usluga može odabrati prema vašim interesima.`,
    productAnalytics: (b) => `Bilježi u usluzi ${b} kako koristite ovu stranicu, stranicu po stranicu i klik po klik, kako bismo vidjeli što poboljšati.`,
    statistics: (b) => `Broji posjete pomoću usluge ${b} i pokazuje nam koje se stranice čitaju, kako bismo mogli poboljšati naše web-mjesto.`,
    audio: (b) => `Reproducira zvučne zapise usluge ${b} na ovoj stranici; kad se reproduktor učita, ${b} može postaviti vlastite kolačiće.`,
    social: (b) => `Prikazuje gumbe i objave usluge ${b} za označavanje sviđanja ili dijeljenje naših stranica; kad se učitaju, ${b} može postaviti vlastite kolačiće.`,
    posts: (b) => `Prikazuje objave usluge ${b} na ovoj stranici; kad se objava učita, ${b} može postaviti vlastite kolačiće.`,
    chat: (b) => `Omogućuje vam da putem usluge ${b} razgovarate s nama ili zatražite pomoć te pamti vaš razgovor.`,
    comments: (b) => `Putem usluge ${b} prikazuje komentare ispod naših članaka i omogućuje vam da napišete vlastite.`,
    botCheck: (b) => `Pomoću usluge ${b} provjerava šalje li obrasce na ovoj stranici čovjek, a ne bot.`,
    payments: (b) => `Sigurno prima plaćanja karticama putem usluge ${b} i pomaže u sprječavanju prijevara.`,
    marketing: (b) => `Bilježi u usluzi ${b} vaše posjete i obrasce koje pošaljete, kako bismo vam se mogli javiti i poboljšati naš marketing.`,
  },
};
