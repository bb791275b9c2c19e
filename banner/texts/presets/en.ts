/**
 * What the preference centre says about each built-in preset (src/gating/presets.ts holds
 * what the gate needs). `cookies` has one entry per cookie name the preset declares, with
 * its duration and purpose as the vendor documents them; the sources are cited next to
 * each preset in src/gating/presets.ts. Vendors' own (third-party) cookies are covered by
 * the purpose and the policy link: no script on the site can list or delete them.
 *
 * `provider` is the company that provides the service to visitors in the EEA and the UK,
 * where consent is a legal requirement (Google Ireland Limited rather than Google LLC).
 * A site elsewhere can override it, like every text, through `config.translations`.
 */
export interface PresetTexts {
  /** The brand name visitors know. */
  label: string;
  /** The legal name of the company. */
  provider: string;
  /** One plain sentence: what the service does for the site, as a visitor would put it. */
  purpose: string;
  /** The provider's privacy policy. */
  policyUrl: string;
  /** Per declared cookie name (wildcards as declared): how long it lasts and what it is for. */
  cookies: Record<string, { duration: string; purpose: string }>;
}

const GOOGLE = 'Google Ireland Limited';
const GOOGLE_POLICY = 'https://policies.google.com/privacy';
const MICROSOFT = 'Microsoft Corporation';
const MICROSOFT_POLICY = 'https://privacy.microsoft.com/privacystatement';

export const PRESET_TEXTS: Record<string, PresetTexts> = {
  'google-analytics': {
    label: 'Google Analytics',
    provider: GOOGLE,
    purpose: 'Counts visits and shows us how people use this site, so we can improve it.',
    policyUrl: GOOGLE_POLICY,
    cookies: {
      _ga: { duration: '2 years', purpose: 'Tells visitors apart with a random ID.' },
      '_ga_*': { duration: '2 years', purpose: 'Keeps track of your current visit.' },
    },
  },
  'google-tag-manager': {
    label: 'Google Tag Manager',
    provider: GOOGLE,
    purpose: 'Loads the statistics and other tools this site uses, once you allow them.',
    policyUrl: GOOGLE_POLICY,
    cookies: {},
  },
  'google-ads': {
    label: 'Google Ads',
    provider: GOOGLE,
    purpose: 'Measures whether our Google ads work and lets us show you our ads on other sites.',
    policyUrl: GOOGLE_POLICY,
    cookies: {
      '_gcl_*': { duration: '90 days', purpose: 'Remembers which Google ad brought you here, to count a later purchase or sign-up.' },
      '_gac_*': { duration: '90 days', purpose: 'Holds Google Ads campaign details for Google Analytics, when the two are linked.' },
    },
  },
  youtube: {
    label: 'YouTube',
    provider: GOOGLE,
    purpose: 'Plays YouTube videos on this site; YouTube may set its own cookies when a video loads.',
    policyUrl: GOOGLE_POLICY,
    cookies: {},
  },
  vimeo: {
    label: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    purpose: 'Plays Vimeo videos on this site; Vimeo may set its own cookies when a video loads.',
    policyUrl: 'https://vimeo.com/privacy',
    cookies: {},
  },
  'google-maps': {
    label: 'Google Maps',
    provider: GOOGLE,
    purpose: 'Shows interactive maps on this site; Google may set its own cookies when a map loads.',
    policyUrl: GOOGLE_POLICY,
    cookies: {},
  },
  'meta-pixel': {
    label: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Limited',
    purpose: 'Measures whether our Facebook and Instagram ads work and lets us show you our ads there.',
    policyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: {
      _fbp: { duration: '90 days', purpose: 'Recognises your browser to measure and target Meta ads.' },
      _fbc: { duration: '90 days', purpose: 'Remembers which Facebook or Instagram ad brought you here.' },
    },
  },
  'linkedin-insight': {
    label: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    purpose: 'Measures whether our LinkedIn ads work and lets us show you our ads on LinkedIn.',
    policyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: {
      li_fat_id: { duration: '30 days', purpose: 'Links your visit to a LinkedIn member, indirectly, to count conversions and show ads.' },
      li_giant: { duration: '7 days', purpose: 'Links your visit to a group of LinkedIn members, to count conversions.' },
      ln_or: { duration: '1 day', purpose: 'Records whether LinkedIn’s website analytics may run on this site.' },
    },
  },
  'tiktok-pixel': {
    label: 'TikTok Pixel',
    provider: 'TikTok Technology Limited',
    purpose: 'Measures whether our TikTok ads work and lets us show you our ads on TikTok.',
    policyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: {
      _ttp: { duration: '13 months', purpose: 'Recognises your browser to measure TikTok ads and build ad audiences.' },
      _tt_enable_cookie: { duration: '13 months', purpose: 'Checks whether your browser accepts TikTok’s cookies.' },
      'ttcsid*': { duration: '13 months', purpose: 'Groups what you do during one visit, for TikTok’s ad measurement.' },
    },
  },
  hotjar: {
    label: 'Hotjar',
    provider: 'Hotjar Ltd',
    purpose: 'Records how you scroll and click, as heatmaps and replays, so we can see where the site is hard to use.',
    policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: {
      '_hj*': {
        duration: 'Up to 1 year',
        purpose: 'A random Hotjar ID for you on this site (1 year), your current visit (30 minutes), and which surveys you have already seen.',
      },
    },
  },
  'microsoft-clarity': {
    label: 'Microsoft Clarity',
    provider: MICROSOFT,
    purpose: 'Records how you scroll and click, as heatmaps and replays, so we can see what to improve.',
    policyUrl: MICROSOFT_POLICY,
    cookies: {
      _clck: { duration: '1 year', purpose: 'Keeps a random Clarity ID for you on this site, and its settings.' },
      _clsk: { duration: '1 day', purpose: 'Joins the pages you view into one recorded visit.' },
    },
  },
  'microsoft-advertising': {
    label: 'Microsoft Advertising',
    provider: MICROSOFT,
    purpose: 'Measures whether our ads on Bing and other Microsoft services work and lets us show you our ads there.',
    policyUrl: MICROSOFT_POLICY,
    cookies: {
      '_uet*': {
        duration: '1 day to 13 months',
        purpose: 'Recognise your visit (1 day) and your browser (13 months), and remember which Microsoft ad brought you here (90 days).',
      },
    },
  },
};
