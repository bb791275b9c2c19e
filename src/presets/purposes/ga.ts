/** The presets' purposes in Irish, with "tú" as the banner (banner/texts/ga.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Irish',
  written: {
    'google-analytics': 'Comhaireann sé na cuairteanna agus taispeánann sé dúinn conas a úsáidtear an suíomh seo, ionas gur féidir linn é a fheabhsú.',
    'google-tag-manager': 'Lódálann sé na huirlisí staitisticí agus na huirlisí eile a úsáideann an suíomh seo, a luaithe a cheadaíonn tú iad.',
    'google-ads': 'Tomhaiseann sé an n-éiríonn lenár bhfógraí Google agus ligeann sé dúinn ár bhfógraí a thaispeáint duit ar shuíomhanna eile.',
    youtube: 'Seinneann sé físeáin YouTube ar an suíomh seo; féadfaidh YouTube a chuid fianán féin a shocrú nuair a lódálann físeán.',
    vimeo: 'Seinneann sé físeáin Vimeo ar an suíomh seo; féadfaidh Vimeo a chuid fianán féin a shocrú nuair a lódálann físeán.',
    'google-maps': 'Taispeánann sé léarscáileanna idirghníomhacha ar an suíomh seo; féadfaidh Google a chuid fianán féin a shocrú nuair a lódálann léarscáil.',
    'meta-pixel': 'Tomhaiseann sé an n-éiríonn lenár bhfógraí ar Facebook agus ar Instagram agus ligeann sé dúinn ár bhfógraí a thaispeáint duit ansin.',
    'linkedin-insight': 'Tomhaiseann sé an n-éiríonn lenár bhfógraí LinkedIn agus ligeann sé dúinn ár bhfógraí a thaispeáint duit ar LinkedIn.',
    'tiktok-pixel': 'Tomhaiseann sé an n-éiríonn lenár bhfógraí TikTok agus ligeann sé dúinn ár bhfógraí a thaispeáint duit ar TikTok.',
    hotjar: 'Taifeadann sé conas a scrollaíonn tú agus cá gcliceálann tú (teasléarscáileanna agus taifeadtaí seisiún), ionas go bhfeicfimid cá bhfuil an suíomh deacair le húsáid.',
    'microsoft-clarity': 'Taifeadann sé conas a scrollaíonn tú agus cá gcliceálann tú (teasléarscáileanna agus taifeadtaí seisiún), ionas go bhfeicfimid cad is féidir linn a fheabhsú.',
    'microsoft-advertising': 'Tomhaiseann sé an n-éiríonn lenár bhfógraí ar Bing agus ar sheirbhísí eile de chuid Microsoft agus ligeann sé dúinn ár bhfógraí a thaispeáint duit ansin.',
  },
  kinds: {
    platformAds: (b) => `Tomhaiseann sé an n-éiríonn lenár bhfógraí ar ${b} agus ligeann sé dúinn ár bhfógraí a thaispeáint duit ansin.`,
    retargeting: (b) => `Nuair a thugann tú cuairt ar shuíomhanna eile, taispeánann sé fógraí duit trí ${b} do tháirgí ar bhreathnaigh tú orthu anseo.`,
    siteAds: (b) => `Taispeánann sé fógraí agus ailt mholta ar an suíomh seo trí ${b}, a d’fhéadfadh iad a roghnú de réir do spéiseanna.`,
    productAnalytics: (b) => `Taifeadann sé in ${b} conas a úsáideann tú an suíomh seo, leathanach ar leathanach agus cliceáil ar chliceáil, ionas go bhfeicfimid cad is gá a fheabhsú.`,
    statistics: (b) => `Comhaireann sé na cuairteanna le ${b} agus taispeánann sé dúinn cé na leathanaigh a léitear, ionas gur féidir linn an suíomh a fheabhsú.`,
    audio: (b) => `Seinneann sé fuaim ó ${b} ar an suíomh seo; féadfaidh ${b} a chuid fianán féin a shocrú nuair a lódálann seinnteoir.`,
    social: (b) => `Taispeánann sé cnaipí agus postálacha ${b} chun ár leathanaigh a mholadh nó a roinnt; féadfaidh ${b} a chuid fianán féin a shocrú nuair a lódálann siad.`,
    posts: (b) => `Taispeánann sé postálacha ${b} ar an suíomh seo; féadfaidh ${b} a chuid fianán féin a shocrú nuair a lódálann postáil.`,
    chat: (b) => `Ligeann sé duit comhrá a dhéanamh linn nó cabhair a iarraidh trí ${b}, agus coinníonn sé do chomhrá i gcuimhne.`,
    comments: (b) => `Taispeánann sé na tuairimí faoinár n-ailt agus ligeann sé duit do thuairimí féin a scríobh, trí ${b}.`,
    botCheck: (b) => `Seiceálann sé le ${b} gur duine, seachas bota, a sheolann na foirmeacha ar an suíomh seo.`,
    payments: (b) => `Glacann sé le híocaíochtaí cárta go slán trí ${b} agus cuidíonn sé le calaois a chosc.`,
    marketing: (b) => `Taifeadann sé in ${b} do chuairteanna agus na foirmeacha a sheolann tú, ionas gur féidir linn teagmháil a dhéanamh leat agus ár margaíocht a fheabhsú.`,
  },
};
