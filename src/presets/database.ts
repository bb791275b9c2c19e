/**
 * The preset database: every built-in service, once. Everything else is derived from it by
 * `npm run presets` (scripts/presets/), and a test fails when a derived file is stale:
 *
 * - src/gating/preset-table.ts, the compact host table consentry.js ships to every visitor
 *   (category, hosts, first-party cookie names, brand name), read by src/gating/presets.ts;
 * - banner/texts/presets/*.ts, the preference centre's texts (label, provider, purpose,
 *   policy link, per-cookie lifetimes and purposes), loaded with the banner;
 * - docs/presets.md, the list for site owners.
 *
 * The scanner (scanner/) classifies what it finds with this module directly.
 *
 * Rules (the unit tests in test/unit/gating/presets.test.ts enforce them):
 * - A host name matches itself and its subdomains; `https://…` is a URL prefix. Presets never
 *   share a host or prefix, so a request belongs to one category only; domains that also
 *   serve unrelated things (google.com, facebook.com, linkedin.com, bing.com…) are listed by
 *   URL prefix only.
 * - `cookies` are first-party names only (set on the site's own domain, so the site can
 *   delete them on withdrawal), with `*` at one end. `vendorCookies` lists the vendor's own
 *   third-party cookies, by the vendor's domain: no script on the site can read or delete
 *   them, they are listed for the docs and for the scanner, and the gate never ships them.
 * - Advertising, marketing and social buttons are `other`; embeds that show content are
 *   `functional`; a service the page cannot work without (payments, bot checks the vendor
 *   documents as security) is `necessary`.
 * - `consentMode`: the Google Consent Mode v2 types whose state the vendor's tag reads
 *   (Microsoft UET and Clarity read the same states through their own consent APIs, which
 *   src/signals/consent-mode.ts feeds).
 * - `sources`: the vendor's documentation the hosts, cookies and lifetimes come from.
 */
import {
  audio,
  botCheck,
  chat,
  comments,
  marketing,
  payments,
  platformAds,
  posts,
  productAnalytics,
  retargeting,
  siteAds,
  social,
  statistics,
  WRITTEN,
  type Purposes,
} from './purposes';

export type PresetCategory = 'necessary' | 'analytical' | 'functional' | 'other';

export interface PresetCookie {
  /** As declared in the config: an exact name, or `*` at one end. */
  name: string;
  /** How long it lasts, as the vendor documents it. */
  duration: string;
  /** What it is for, in one sentence a visitor understands. */
  purpose: string;
}

export interface Preset {
  /** The id a config names: `services: { ga: "google-analytics" }`. */
  id: string;
  /** The brand name visitors know (never translated). */
  label: string;
  /** The legal name of the company serving visitors in the EEA and the UK. */
  provider: string;
  category: PresetCategory;
  /** Host names (with subdomains) and `https://` URL prefixes held until consent. */
  hosts: string[];
  /** First-party cookies, deleted on withdrawal. */
  cookies: PresetCookie[];
  /** Third-party cookies on the vendor's own domains: domain → names. */
  vendorCookies?: Record<string, string[]>;
  /** What the service does for the site, per language. */
  purpose: Purposes;
  /** The provider's privacy policy. */
  policyUrl: string;
  /** Google Consent Mode v2 types the vendor's tag reads. */
  consentMode?: string[];
  /** Vendor documentation for the hosts, cookies and lifetimes. */
  sources: string[];
  /** Why the hosts or cookies are what they are, when it is not obvious. */
  note?: string;
}

const GOOGLE = 'Google Ireland Limited';
const GOOGLE_POLICY = 'https://policies.google.com/privacy';
const GOOGLE_ADS_CONSENT = ['ad_storage', 'ad_user_data', 'ad_personalization'];
const MICROSOFT = 'Microsoft Corporation';
const MICROSOFT_POLICY = 'https://privacy.microsoft.com/privacystatement';
const META = 'Meta Platforms Ireland Limited';
const META_POLICY = 'https://www.facebook.com/privacy/policy/';
const LINKEDIN = 'LinkedIn Ireland Unlimited Company';
const LINKEDIN_POLICY = 'https://www.linkedin.com/legal/privacy-policy';
const X = 'Twitter International Unlimited Company';
const X_POLICY = 'https://x.com/en/privacy';

const written = (id: string): Purposes => WRITTEN[id]!;

export const PRESETS: readonly Preset[] = [
  {
    id: 'google-analytics',
    label: 'Google Analytics',
    provider: GOOGLE,
    category: 'analytical',
    hosts: ['google-analytics.com', 'analytics.google.com', 'https://www.googletagmanager.com/gtag/js?id=G-'],
    cookies: [
      { name: '_ga', duration: '2 years', purpose: 'Tells visitors apart with a random ID.' },
      { name: '_ga_*', duration: '2 years', purpose: 'Keeps track of your current visit.' },
    ],
    purpose: written('google-analytics'),
    policyUrl: GOOGLE_POLICY,
    consentMode: ['analytics_storage'],
    sources: ['https://support.google.com/analytics/answer/11397207', 'https://developers.google.com/tag-platform/security/guides/csp'],
    note: 'Google’s three loaders share www.googletagmanager.com: GA4’s and Google Ads’ gtag/js differ only by the id in the query (G-… versus AW-…), so each preset holds its own loader by URL prefix; a GT-… tag is left to data-consent. Left out: _gid/_gat (Universal Analytics only), FPID (server-side tagging, HttpOnly), _gac_gb_* (declared by google-ads).',
  },
  {
    id: 'google-tag-manager',
    label: 'Google Tag Manager',
    provider: GOOGLE,
    category: 'analytical',
    hosts: ['https://www.googletagmanager.com/gtm.js'],
    cookies: [],
    purpose: written('google-tag-manager'),
    policyUrl: GOOGLE_POLICY,
    sources: ['https://developers.google.com/tag-platform/tag-manager/web', 'https://developers.google.com/tag-platform/security/guides/csp'],
    note: 'A loader whose tags can be of any category, analytical by default: refusing statistics loads no container, and tags it loads from other configured presets stay held by those. A container of only advertising tags should override the category. Left out: ns.html (the noscript iframe runs no script).',
  },
  {
    id: 'google-ads',
    label: 'Google Ads',
    provider: GOOGLE,
    category: 'other',
    hosts: ['doubleclick.net', 'googleadservices.com', 'https://www.googletagmanager.com/gtag/js?id=AW-', 'https://www.google.com/pagead/'],
    cookies: [
      { name: '_gcl_*', duration: '90 days', purpose: 'Remembers which Google ad brought you here, to count a later purchase or sign-up.' },
      { name: '_gac_*', duration: '90 days', purpose: 'Holds Google Ads campaign details for Google Analytics, when the two are linked.' },
    ],
    vendorCookies: { 'doubleclick.net': ['IDE', 'test_cookie', 'ar_debug'], 'google.com': ['NID'] },
    purpose: written('google-ads'),
    policyUrl: GOOGLE_POLICY,
    consentMode: GOOGLE_ADS_CONSENT,
    sources: [
      'https://business.safety.google/adscookies/',
      'https://support.google.com/analytics/answer/7519794',
      'https://developers.google.com/tag-platform/security/guides/csp',
      'https://support.google.com/campaignmanager/answer/2823222',
    ],
    note: 'Also Floodlight (Campaign Manager 360, Display & Video 360): its tags load from and beacon to fls.doubleclick.net and ad.doubleclick.net, so one preset holds both; doubleclick.net is held whole because every host on it serves or measures Google ads.',
  },
  {
    id: 'youtube',
    label: 'YouTube',
    provider: GOOGLE,
    category: 'functional',
    hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
    cookies: [],
    vendorCookies: { 'youtube.com': ['YSC', 'VISITOR_INFO1_LIVE', 'VISITOR_PRIVACY_METADATA', 'PREF'] },
    purpose: written('youtube'),
    policyUrl: GOOGLE_POLICY,
    sources: [
      'https://developers.google.com/youtube/iframe_api_reference',
      'https://support.google.com/youtube/answer/171780',
      'https://policies.google.com/technologies/cookies',
    ],
    note: 'ytimg.com serves thumbnails and player files: a thumbnail shown before consent still tells Google the visitor’s address.',
  },
  {
    id: 'vimeo',
    label: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    category: 'functional',
    hosts: ['vimeo.com', 'vimeocdn.com'],
    cookies: [],
    vendorCookies: { 'vimeo.com': ['vuid', 'player', '__cf_bm', '_cfuvid'] },
    purpose: written('vimeo'),
    policyUrl: 'https://vimeo.com/privacy',
    sources: ['https://help.vimeo.com/hc/en-us/articles/26080940921361', 'https://developer.vimeo.com/player/sdk'],
  },
  {
    id: 'google-maps',
    label: 'Google Maps',
    provider: GOOGLE,
    category: 'functional',
    hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com', 'https://www.google.com/maps/'],
    cookies: [],
    vendorCookies: { 'google.com': ['NID'] },
    purpose: written('google-maps'),
    policyUrl: GOOGLE_POLICY,
    sources: [
      'https://developers.google.com/maps/documentation/javascript/content-security-policy',
      'https://developers.google.com/maps/documentation/embed/get-started',
    ],
    note: 'Not google.com or googleapis.com whole: they carry Search, Fonts and reCAPTCHA too.',
  },
  {
    id: 'meta-pixel',
    label: 'Meta Pixel',
    provider: META,
    category: 'other',
    hosts: ['connect.facebook.net', 'https://www.facebook.com/tr'],
    cookies: [
      { name: '_fbp', duration: '90 days', purpose: 'Recognises your browser to measure and target Meta ads.' },
      { name: '_fbc', duration: '90 days', purpose: 'Remembers which Facebook or Instagram ad brought you here.' },
    ],
    vendorCookies: { 'facebook.com': ['fr', 'datr', 'sb'] },
    purpose: written('meta-pixel'),
    policyUrl: META_POLICY,
    sources: [
      'https://developers.facebook.com/docs/meta-pixel/get-started',
      'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
    ],
    note: 'connect.facebook.net also serves the Facebook SDK (sdk.js) of the social plugins: tag it with data-consent; the plugins’ own frames are facebook-social.',
  },
  {
    id: 'linkedin-insight',
    label: 'LinkedIn Insight Tag',
    provider: LINKEDIN,
    category: 'other',
    hosts: ['snap.licdn.com', 'ads.linkedin.com'],
    cookies: [
      { name: 'li_fat_id', duration: '30 days', purpose: 'Links your visit to a LinkedIn member, indirectly, to count conversions and show ads.' },
      { name: 'li_giant', duration: '7 days', purpose: 'Links your visit to a group of LinkedIn members, to count conversions.' },
      { name: 'ln_or', duration: '1 day', purpose: 'Records whether LinkedIn’s website analytics may run on this site.' },
    ],
    vendorCookies: { 'linkedin.com': ['bcookie', 'bscookie', 'lidc', 'li_sugr', 'UserMatchHistory', 'AnalyticsSyncHistory'] },
    purpose: written('linkedin-insight'),
    policyUrl: LINKEDIN_POLICY,
    sources: ['https://www.linkedin.com/legal/l/cookie-table', 'https://www.linkedin.com/help/lms/answer/a520008'],
  },
  {
    id: 'tiktok-pixel',
    label: 'TikTok Pixel',
    provider: 'TikTok Technology Limited',
    category: 'other',
    hosts: ['analytics.tiktok.com'],
    cookies: [
      { name: '_ttp', duration: '13 months', purpose: 'Recognises your browser to measure TikTok ads and build ad audiences.' },
      { name: '_tt_enable_cookie', duration: '13 months', purpose: 'Checks whether your browser accepts TikTok’s cookies.' },
      { name: 'ttcsid*', duration: '13 months', purpose: 'Groups what you do during one visit, for TikTok’s ad measurement.' },
    ],
    purpose: written('tiktok-pixel'),
    policyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    sources: ['https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel', 'https://ads.tiktok.com/help/article/get-started-pixel'],
  },
  {
    id: 'hotjar',
    label: 'Hotjar',
    provider: 'Hotjar Ltd',
    category: 'analytical',
    hosts: ['hotjar.com', 'hotjar.io'],
    cookies: [
      {
        name: '_hj*',
        duration: 'Up to 1 year',
        purpose: 'A random Hotjar ID for you on this site (1 year), your current visit (30 minutes), and which surveys you have already seen.',
      },
    ],
    purpose: written('hotjar'),
    policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    sources: ['https://help.hotjar.com/hc/en-us/articles/115011789248', 'https://help.hotjar.com/hc/en-us/articles/115011640307'],
  },
  {
    id: 'microsoft-clarity',
    label: 'Microsoft Clarity',
    provider: MICROSOFT,
    category: 'analytical',
    hosts: ['clarity.ms'],
    cookies: [
      { name: '_clck', duration: '1 year', purpose: 'Keeps a random Clarity ID for you on this site, and its settings.' },
      { name: '_clsk', duration: '1 day', purpose: 'Joins the pages you view into one recorded visit.' },
    ],
    vendorCookies: { 'clarity.ms': ['CLID', 'ANONCHK', 'MR', 'SM'], 'bing.com': ['MUID'] },
    purpose: written('microsoft-clarity'),
    policyUrl: MICROSOFT_POLICY,
    consentMode: ['analytics_storage', 'ad_storage'],
    sources: [
      'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list',
      'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup',
      'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-consent-api-v2',
    ],
    note: 'Left out: c.bing.com (Clarity’s MUID sync, requested only by Clarity’s own held script).',
  },
  {
    id: 'microsoft-advertising',
    label: 'Microsoft Advertising',
    provider: MICROSOFT,
    category: 'other',
    hosts: ['bat.bing.com', 'bat.bing.net'],
    cookies: [
      {
        name: '_uet*',
        duration: '1 day to 13 months',
        purpose: 'Recognise your visit (1 day) and your browser (13 months), and remember which Microsoft ad brought you here (90 days).',
      },
    ],
    vendorCookies: { 'bing.com': ['MUID', 'MR', 'SRM_B'] },
    purpose: written('microsoft-advertising'),
    policyUrl: MICROSOFT_POLICY,
    consentMode: ['ad_storage'],
    sources: ['https://learn.microsoft.com/en-us/advertising/guides/universal-event-tracking', 'https://help.ads.microsoft.com/#apex/ads/en/53056'],
  },

  // Added with the scanner (issue 14).
  {
    id: 'google-adsense',
    label: 'Google AdSense',
    provider: GOOGLE,
    category: 'other',
    hosts: ['googlesyndication.com', 'adservice.google.com', 'adtrafficquality.google'],
    cookies: [
      { name: '__gads', duration: '13 months', purpose: 'Recognises your browser to choose and count the ads shown on this site.' },
      { name: '__gpi', duration: '13 months', purpose: 'Recognises your browser to choose and count the ads shown on this site.' },
      { name: '__eoi', duration: '6 months', purpose: 'Helps Google detect and stop fraudulent ad clicks.' },
    ],
    purpose: siteAds('Google AdSense'),
    policyUrl: GOOGLE_POLICY,
    consentMode: GOOGLE_ADS_CONSENT,
    sources: ['https://business.safety.google/adscookies/', 'https://support.google.com/adsense/answer/7549925'],
  },
  {
    id: 'recaptcha',
    label: 'Google reCAPTCHA',
    provider: GOOGLE,
    category: 'functional',
    hosts: ['https://www.google.com/recaptcha/', 'https://www.gstatic.com/recaptcha/', 'recaptcha.net'],
    cookies: [],
    vendorCookies: { 'google.com': ['_GRECAPTCHA'] },
    purpose: botCheck('Google reCAPTCHA'),
    policyUrl: GOOGLE_POLICY,
    sources: ['https://developers.google.com/recaptcha/docs/faq', 'https://developers.google.com/recaptcha/docs/display'],
    note: 'Functional, not necessary: Google also uses what reCAPTCHA collects for its own purposes. A form that cannot work without it should say so in its placeholder, or the site may override the category after its own assessment.',
  },
  {
    id: 'cloudflare-turnstile',
    label: 'Cloudflare Turnstile',
    provider: 'Cloudflare, Inc.',
    category: 'necessary',
    hosts: ['challenges.cloudflare.com'],
    cookies: [],
    purpose: botCheck('Cloudflare Turnstile'),
    policyUrl: 'https://www.cloudflare.com/turnstile-privacy-policy/',
    sources: ['https://developers.cloudflare.com/turnstile/reference/content-security-policy/', 'https://www.cloudflare.com/turnstile-privacy-policy/'],
    note: 'Necessary: Cloudflare’s Turnstile privacy addendum limits what it collects to telling people from bots, and it sets no cookie on the site itself. A site that disagrees after its own assessment can write the service out in another category.',
  },
  {
    id: 'stripe',
    label: 'Stripe',
    provider: 'Stripe Payments Europe, Limited',
    category: 'necessary',
    hosts: ['stripe.com', 'stripe.network'],
    cookies: [
      { name: '__stripe_mid', duration: '1 year', purpose: 'Recognises your browser to prevent payment fraud.' },
      { name: '__stripe_sid', duration: '30 minutes', purpose: 'Recognises your visit to prevent payment fraud.' },
    ],
    vendorCookies: { 'stripe.com': ['m', '__stripe_orig_props'] },
    purpose: payments('Stripe'),
    policyUrl: 'https://stripe.com/privacy',
    sources: ['https://docs.stripe.com/disputes/prevention/advanced-fraud-detection', 'https://stripe.com/legal/cookies-policy', 'https://docs.stripe.com/security/guide#content-security-policy'],
  },
  {
    id: 'facebook-social',
    label: 'Facebook social plugins',
    provider: META,
    category: 'other',
    hosts: ['https://www.facebook.com/plugins/', 'staticxx.facebook.com'],
    cookies: [],
    vendorCookies: { 'facebook.com': ['fr', 'datr', 'sb'] },
    purpose: social('Facebook'),
    policyUrl: META_POLICY,
    sources: ['https://developers.facebook.com/docs/plugins/', 'https://developers.facebook.com/docs/plugins/like-button/'],
    note: 'The Like, Share and Page plugins are frames under www.facebook.com/plugins/. Their SDK (connect.facebook.net/…/sdk.js) shares its host with the Meta Pixel: tag it with data-consent.',
  },
  {
    id: 'instagram-embed',
    label: 'Instagram',
    provider: META,
    category: 'functional',
    hosts: ['instagram.com', 'cdninstagram.com'],
    cookies: [],
    vendorCookies: { 'instagram.com': ['csrftoken', 'mid', 'ig_did'] },
    purpose: posts('Instagram'),
    policyUrl: 'https://privacycenter.instagram.com/policy',
    sources: ['https://developers.facebook.com/docs/instagram-platform/embed', 'https://privacycenter.instagram.com/policies/cookies/'],
  },
  {
    id: 'linkedin-share',
    label: 'LinkedIn share buttons',
    provider: LINKEDIN,
    category: 'other',
    hosts: ['platform.linkedin.com', 'https://www.linkedin.com/embed/'],
    cookies: [],
    vendorCookies: { 'linkedin.com': ['bcookie', 'lidc'] },
    purpose: social('LinkedIn'),
    policyUrl: LINKEDIN_POLICY,
    sources: ['https://learn.microsoft.com/en-us/linkedin/consumer/integrations/self-serve/plugins/share-plugin', 'https://www.linkedin.com/legal/l/cookie-table'],
  },
  {
    id: 'x-pixel',
    label: 'X Pixel',
    provider: X,
    category: 'other',
    hosts: ['ads-twitter.com', 'analytics.twitter.com', 't.co'],
    cookies: [{ name: '_twclid', duration: 'Up to 2 years', purpose: 'Remembers which X ad brought you here, to count a later purchase or sign-up.' }],
    vendorCookies: { 'twitter.com': ['muc_ads', 'personalization_id', 'guest_id'] },
    purpose: platformAds('X'),
    policyUrl: X_POLICY,
    sources: [
      'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites',
      'https://help.x.com/en/rules-and-policies/x-cookies',
    ],
    note: 'The pixel loads static.ads-twitter.com/uwt.js and beacons to analytics.twitter.com and t.co.',
  },
  {
    id: 'x-embeds',
    label: 'X posts and buttons',
    provider: X,
    category: 'functional',
    hosts: ['platform.twitter.com', 'syndication.twitter.com', 'twimg.com', 'platform.x.com'],
    cookies: [],
    vendorCookies: { 'twitter.com': ['guest_id', 'personalization_id'] },
    purpose: social('X'),
    policyUrl: X_POLICY,
    sources: ['https://developer.x.com/en/docs/x-for-websites/javascript-api/overview', 'https://help.x.com/en/rules-and-policies/x-cookies'],
    note: 'Embedded posts, timelines and share buttons all load widgets.js from platform.twitter.com.',
  },
  {
    id: 'addtoany',
    label: 'AddToAny',
    provider: 'AddToAny LLC',
    category: 'other',
    hosts: ['addtoany.com'],
    cookies: [],
    purpose: social('AddToAny'),
    policyUrl: 'https://www.addtoany.com/privacy',
    sources: ['https://www.addtoany.com/buttons/customize/', 'https://www.addtoany.com/privacy'],
  },
  {
    id: 'sharethis',
    label: 'ShareThis',
    provider: 'ShareThis, Inc.',
    category: 'other',
    hosts: ['sharethis.com'],
    cookies: [{ name: '__sharethis_cookie_test__', duration: 'Session', purpose: 'Checks whether your browser accepts cookies.' }],
    vendorCookies: { 'sharethis.com': ['__stid'] },
    purpose: social('ShareThis'),
    policyUrl: 'https://sharethis.com/privacy/',
    sources: ['https://sharethis.com/privacy/', 'https://sharethis.com/support/faq/'],
  },
  {
    id: 'pinterest-tag',
    label: 'Pinterest Tag',
    provider: 'Pinterest Europe Limited',
    category: 'other',
    hosts: ['ct.pinterest.com', 'https://s.pinimg.com/ct/'],
    cookies: [
      { name: '_pin_unauth', duration: '1 year', purpose: 'Groups what you do here when Pinterest cannot identify you, to measure Pinterest ads.' },
      { name: '_epik', duration: '1 year', purpose: 'Remembers which Pinterest ad brought you here.' },
      { name: '_derived_epik', duration: '1 year', purpose: 'Links your visit to a Pinterest user when Pinterest finds a match.' },
    ],
    vendorCookies: { 'pinterest.com': ['_pinterest_sess', '_pinterest_ct_ua', '_routing_id'] },
    purpose: platformAds('Pinterest'),
    policyUrl: 'https://policy.pinterest.com/en/privacy-policy',
    sources: ['https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies', 'https://help.pinterest.com/en/business/article/install-the-pinterest-tag'],
    note: 'The tag loads s.pinimg.com/ct/core.js; s.pinimg.com also serves Pinterest images, so only /ct/ is held.',
  },
  {
    id: 'snap-pixel',
    label: 'Snap Pixel',
    provider: 'Snap B.V.',
    category: 'other',
    hosts: ['sc-static.net', 'tr.snapchat.com'],
    cookies: [
      { name: '_scid*', duration: '13 months', purpose: 'Recognises your browser to measure Snapchat ads.' },
      { name: '_sctr', duration: '1 year', purpose: 'Counts your visits for Snapchat’s ad measurement.' },
    ],
    purpose: platformAds('Snapchat'),
    policyUrl: 'https://values.snap.com/privacy/privacy-policy',
    sources: ['https://businesshelp.snapchat.com/s/article/pixel-website-install', 'https://snap.com/en-US/privacy/cookie-information'],
  },
  {
    id: 'reddit-pixel',
    label: 'Reddit Pixel',
    provider: 'Reddit Netherlands B.V.',
    category: 'other',
    hosts: ['https://www.redditstatic.com/ads/', 'alb.reddit.com', 'pixel-config.reddit.com'],
    cookies: [{ name: '_rdt_uuid', duration: '90 days', purpose: 'Recognises your browser to measure Reddit ads.' }],
    vendorCookies: { 'reddit.com': ['loid', 'session_tracker', 'edgebucket'] },
    purpose: platformAds('Reddit'),
    policyUrl: 'https://www.reddit.com/policies/privacy-policy',
    sources: ['https://business.reddithelp.com/s/article/reddit-pixel', 'https://www.reddit.com/policies/cookies'],
    note: 'The pixel loads www.redditstatic.com/ads/pixel.js; redditstatic.com also serves Reddit embeds, so only /ads/ is held.',
  },
  {
    id: 'criteo',
    label: 'Criteo',
    provider: 'Criteo SA',
    category: 'other',
    hosts: ['criteo.com', 'criteo.net'],
    cookies: [{ name: 'cto_*', duration: '13 months', purpose: 'Recognises your browser to show you ads for products you looked at here.' }],
    vendorCookies: { 'criteo.com': ['uid', 'optout'] },
    purpose: retargeting('Criteo'),
    policyUrl: 'https://www.criteo.com/privacy/',
    sources: ['https://help.criteo.com/kb/guide/en/criteo-onetag-technical-notes-QZ3zlb5L6E/Steps', 'https://www.criteo.com/privacy/how-we-use-your-data/'],
  },
  {
    id: 'taboola',
    label: 'Taboola',
    provider: 'Taboola.com Ltd.',
    category: 'other',
    hosts: ['taboola.com', 'taboolasyndication.com'],
    cookies: [],
    vendorCookies: { 'taboola.com': ['t_gid', 't_pt_gid', 'taboola_session_id'] },
    purpose: siteAds('Taboola'),
    policyUrl: 'https://www.taboola.com/policies/privacy-policy',
    sources: ['https://policies.taboola.com/en/cookie-policy', 'https://help.taboola.com/hc/en-us/articles/115006850567-Installing-the-Taboola-Pixel'],
  },
  {
    id: 'outbrain',
    label: 'Outbrain',
    provider: 'Outbrain UK Limited',
    category: 'other',
    hosts: ['outbrain.com', 'outbrainimg.com'],
    cookies: [],
    vendorCookies: { 'outbrain.com': ['obuid', 'criteo_write_test'] },
    purpose: siteAds('Outbrain'),
    policyUrl: 'https://www.outbrain.com/privacy/',
    sources: ['https://www.outbrain.com/privacy/cookies/', 'https://www.outbrain.com/help/advertisers/outbrain-pixel/'],
  },
  {
    id: 'mixpanel',
    label: 'Mixpanel',
    provider: 'Mixpanel, Inc.',
    category: 'analytical',
    hosts: ['mixpanel.com', 'mxpnl.com'],
    cookies: [{ name: 'mp_*', duration: '1 year', purpose: 'Keeps a random Mixpanel ID for you and the details of your current visit.' }],
    purpose: productAnalytics('Mixpanel'),
    policyUrl: 'https://mixpanel.com/legal/privacy-policy/',
    sources: ['https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript', 'https://docs.mixpanel.com/docs/privacy/protecting-user-data'],
  },
  {
    id: 'amplitude',
    label: 'Amplitude',
    provider: 'Amplitude, Inc.',
    category: 'analytical',
    hosts: ['amplitude.com'],
    cookies: [
      { name: 'AMP_*', duration: '1 year', purpose: 'Keeps a random Amplitude ID for you, your current visit and the campaign that brought you here.' },
      { name: 'amp_*', duration: '1 year', purpose: 'The same, as the older Amplitude script names it.' },
    ],
    purpose: productAnalytics('Amplitude'),
    policyUrl: 'https://amplitude.com/privacy',
    sources: ['https://amplitude.com/docs/sdks/analytics/browser/cookies-and-consent-management'],
  },
  {
    id: 'segment',
    label: 'Segment',
    provider: 'Twilio Ireland Limited',
    category: 'analytical',
    hosts: ['segment.com', 'segment.io'],
    cookies: [{ name: 'ajs_*', duration: '1 year', purpose: 'Keeps a random ID for you (and your user ID once you sign in) for the tools Segment forwards to.' }],
    purpose: productAnalytics('Segment'),
    policyUrl: 'https://www.twilio.com/en-us/legal/privacy',
    sources: ['https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/identity/', 'https://segment.com/docs/connections/sources/catalog/libraries/website/javascript/'],
    note: 'Segment forwards events to other tools; those tools’ own scripts are held by their own presets.',
  },
  {
    id: 'heap',
    label: 'Heap',
    provider: 'Heap Inc.',
    category: 'analytical',
    hosts: ['heapanalytics.com', 'heap-api.com'],
    cookies: [
      { name: '_hp2_*', duration: '13 months', purpose: 'Keeps a random Heap ID for you and the details of your current visit (30 minutes).' },
      { name: '_hp5_*', duration: '13 months', purpose: 'The same, as Heap’s version 5 script names it.' },
    ],
    purpose: productAnalytics('Heap'),
    policyUrl: 'https://www.contentsquare.com/privacy-center/privacy-policy/',
    sources: ['https://help.heap.io/data-privacy/data-privacy-faqs/what-cookies-does-heap-set-and-what-are-they-used-for/'],
  },
  {
    id: 'fullstory',
    label: 'FullStory',
    provider: 'FullStory, Inc.',
    category: 'analytical',
    hosts: ['fullstory.com'],
    cookies: [
      { name: 'fs_uid', duration: '1 year', purpose: 'Keeps a random FullStory ID for you, to join your visits into recordings.' },
      { name: 'fs_lua', duration: '30 minutes', purpose: 'Records when you were last active, to end a recorded visit.' },
    ],
    purpose: productAnalytics('FullStory'),
    policyUrl: 'https://www.fullstory.com/legal/privacy-policy/',
    sources: ['https://help.fullstory.com/hc/en-us/articles/360020829513-Why-FullStory-uses-First-Party-Cookies'],
  },
  {
    id: 'matomo',
    label: 'Matomo',
    provider: 'InnoCraft Ltd',
    category: 'analytical',
    hosts: ['matomo.cloud'],
    cookies: [{ name: '_pk_*', duration: 'Up to 13 months', purpose: 'A random Matomo ID for you (13 months), your current visit (30 minutes) and where you came from (6 months).' }],
    purpose: statistics('Matomo'),
    policyUrl: 'https://matomo.org/privacy-policy/',
    sources: ['https://matomo.org/faq/general/faq_146/', 'https://developer.matomo.org/guides/tracking-javascript-guide'],
    note: 'Only Matomo Cloud has a fixed host; a self-hosted Matomo is on the site’s own server: add its host to the service’s hosts.',
  },
  {
    id: 'plausible',
    label: 'Plausible Analytics',
    provider: 'Plausible Insights OÜ',
    category: 'analytical',
    hosts: ['plausible.io'],
    cookies: [],
    purpose: statistics('Plausible'),
    policyUrl: 'https://plausible.io/privacy',
    sources: ['https://plausible.io/data-policy', 'https://plausible.io/docs/plausible-script'],
    note: 'Plausible sets no cookie; whether it needs consent is the site’s call (it can move it to necessary).',
  },
  {
    id: 'hubspot',
    label: 'HubSpot',
    provider: 'HubSpot Ireland Limited',
    category: 'other',
    hosts: ['hs-scripts.com', 'hs-analytics.net', 'hs-banner.com', 'hsadspixel.net', 'hscollectedforms.net', 'hsforms.net', 'hubspot.com', 'usemessages.com'],
    cookies: [
      { name: '__hstc', duration: '6 months', purpose: 'Keeps a random HubSpot ID for you and when you visited.' },
      { name: 'hubspotutk', duration: '6 months', purpose: 'Links the forms you send to your visits.' },
      { name: '__hssc', duration: '30 minutes', purpose: 'Counts the pages of your current visit.' },
      { name: '__hssrc', duration: 'Session', purpose: 'Tells HubSpot when your browser was restarted, to start a new visit.' },
    ],
    purpose: marketing('HubSpot'),
    policyUrl: 'https://legal.hubspot.com/privacy-policy',
    sources: [
      'https://knowledge.hubspot.com/privacy-and-consent/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
      'https://knowledge.hubspot.com/domains-and-urls/ssl-and-domain-security-in-hubspot#content-security-policy',
    ],
  },
  {
    id: 'intercom',
    label: 'Intercom',
    provider: 'Intercom R&D Unlimited Company',
    category: 'functional',
    hosts: ['intercom.io', 'intercomcdn.com', 'intercomassets.com'],
    cookies: [{ name: 'intercom-*', duration: 'Up to 9 months', purpose: 'Keeps your chat identity (9 months) and your current conversation (7 days) so you can pick it up again.' }],
    purpose: chat('Intercom'),
    policyUrl: 'https://www.intercom.com/legal/privacy',
    sources: ['https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies', 'https://www.intercom.com/help/en/articles/3894-using-intercom-with-content-security-policy'],
  },
  {
    id: 'zendesk',
    label: 'Zendesk',
    provider: 'Zendesk, Inc.',
    category: 'functional',
    hosts: ['zdassets.com', 'zendesk.com', 'zopim.com'],
    cookies: [
      { name: '__zlcmid', duration: '1 year', purpose: 'Keeps your chat identity so the widget can continue your conversation.' },
      { name: '__zlcprivacy', duration: '1 year', purpose: 'Remembers whether you allowed the chat widget’s cookies.' },
    ],
    purpose: chat('Zendesk'),
    policyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    sources: ['https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget', 'https://support.zendesk.com/hc/en-us/articles/4408824378650'],
  },
  {
    id: 'spotify-embed',
    label: 'Spotify',
    provider: 'Spotify AB',
    category: 'functional',
    hosts: ['open.spotify.com', 'spotifycdn.com'],
    cookies: [],
    vendorCookies: { 'spotify.com': ['sp_t', 'sp_landing'] },
    purpose: audio('Spotify'),
    policyUrl: 'https://www.spotify.com/legal/privacy-policy/',
    sources: ['https://developer.spotify.com/documentation/embeds', 'https://www.spotify.com/legal/cookies-policy/'],
  },
  {
    id: 'soundcloud-embed',
    label: 'SoundCloud',
    provider: 'SoundCloud Global Limited & Co. KG',
    category: 'functional',
    hosts: ['soundcloud.com', 'sndcdn.com'],
    cookies: [],
    vendorCookies: { 'soundcloud.com': ['sc_anonymous_id', 'datadome'] },
    purpose: audio('SoundCloud'),
    policyUrl: 'https://soundcloud.com/pages/privacy',
    sources: ['https://developers.soundcloud.com/docs/api/html5-widget', 'https://soundcloud.com/pages/cookies'],
  },
  {
    id: 'disqus',
    label: 'Disqus',
    provider: 'Disqus, Inc.',
    category: 'functional',
    hosts: ['disqus.com', 'disquscdn.com'],
    cookies: [],
    vendorCookies: { 'disqus.com': ['disqus_unique', '__jid', 'G_ENABLED_IDPS'] },
    purpose: comments('Disqus'),
    policyUrl: 'https://disqus.com/privacy-policy/',
    sources: ['https://help.disqus.com/en/articles/1717155-use-of-cookies', 'https://help.disqus.com/en/articles/1717112-universal-embed-code'],
  },
];
