/**
 * Built-in service presets: `services: { ga: "google-analytics" }`. Only what the gate
 * needs ships here, to every visitor: the category, the hosts whose scripts, JS-created
 * images and beacons are held until consent, and the cookie names deleted on withdrawal.
 * Labels, purposes and per-cookie texts live with the banner (banner/texts/presets/).
 *
 * One entry is `id category hosts…|cookies…|label`, space-separated: a flat string costs
 * fewer bytes than objects. The label (a brand name, never translated) names the service
 * on an iframe's placeholder. Advertising, marketing and social tools are `other`.
 *
 * Hosts: a host name matches itself and all its subdomains; `https://…` is a URL prefix.
 * Presets never share a host or prefix, so a request belongs to one category only.
 * Google's three loaders sit on the same host, www.googletagmanager.com: GA4's and Google
 * Ads' `gtag/js` differ only by the id in the query (`G-…` versus `AW-…`), and `gtm.js`
 * is GTM's container. Each preset holds only its own loader, by URL prefix; a `GT-…`
 * Google tag, or a loader with the query in another order, is left to `data-consent`.
 *
 * Cookies: only first-party names, the ones the site's own script can delete, with `*` at
 * one end. Vendors' third-party cookies (set on their own domains: youtube.com,
 * facebook.com, linkedin.com, bing.com…) are noted below for the record: no script on this
 * site can read or delete them, they stop being sent when the vendor is not loaded, and
 * declaring them would only cost every visitor bytes. The banner's texts and the vendor's
 * policy link tell visitors about them.
 */
import type { ResolvedService } from '../types';

const PRESETS = [
  // https://support.google.com/analytics/answer/11397207 (cookies: _ga, _ga_<container-id>, 2 years)
  // https://developers.google.com/tag-platform/security/guides/csp (GA4: *.google-analytics.com, *.analytics.google.com)
  // Left out: _gid/_gat (Universal Analytics only), FPID & co. (server-side tagging, HttpOnly),
  // _gac_gb_* (an advertising cookie: google-ads declares it).
  'google-analytics analytical google-analytics.com analytics.google.com https://www.googletagmanager.com/gtag/js?id=G-|_ga _ga_*|Google Analytics',

  // https://developers.google.com/tag-platform/tag-manager/web (the snippet loads gtm.js)
  // https://developers.google.com/tag-platform/security/guides/csp
  // GTM sets no cookie of its own; it is a loader whose tags can be of any category. It is
  // `analytical` by default: refusing statistics loads no container at all, and the tags it
  // loads from the hosts of other configured presets stay held by those presets. A site
  // whose container holds only advertising (or only necessary) tags overrides the category.
  // Left out: ns.html (the <noscript> iframe: no script runs there), tagassistant.google.com.
  'google-tag-manager analytical https://www.googletagmanager.com/gtm.js||Google Tag Manager',

  // https://business.safety.google/adscookies/ (_gcl_au, _gcl_aw, _gcl_dc, _gcl_gb…: 90 days)
  // https://support.google.com/analytics/answer/7519794 (_gac_<property-id>: Ads campaign data)
  // https://developers.google.com/tag-platform/security/guides/csp (Ads: googleadservices.com,
  // googleads.g.doubleclick.net, www.google.com/pagead)
  // doubleclick.net whole: every host on it serves or measures Google ads (googleads., td.,
  // ad.); stats.g. is GA's Google-signals beacon, an advertising feature, so it goes too.
  // Third-party, not declared: IDE, test_cookie, ar_debug (.doubleclick.net), NID (.google.com).
  // Left out: FPAU, FPGCL* (server-side tagging).
  'google-ads other doubleclick.net googleadservices.com https://www.googletagmanager.com/gtag/js?id=AW- https://www.google.com/pagead/|_gcl_* _gac_*|Google Ads',

  // https://developers.google.com/youtube/iframe_api_reference (www.youtube.com/iframe_api)
  // https://support.google.com/youtube/answer/171780 (privacy-enhanced mode: youtube-nocookie.com)
  // ytimg.com serves thumbnails and player files: a thumbnail a script shows before consent
  // still tells Google the visitor's address. Third-party, not declared: YSC,
  // VISITOR_INFO1_LIVE, VISITOR_PRIVACY_METADATA, PREF (.youtube.com), see
  // https://policies.google.com/technologies/cookies. No first-party cookie.
  'youtube functional youtube.com youtube-nocookie.com ytimg.com||YouTube',

  // https://help.vimeo.com/hc/en-us/articles/26080940921361 (player cookies: vuid, player,
  // flags, __cf_bm, _cfuvid…, all on vimeo.com: third-party here, none declared)
  // https://developer.vimeo.com/player/sdk (player.vimeo.com/api/player.js; assets on vimeocdn.com)
  'vimeo functional vimeo.com vimeocdn.com||Vimeo',

  // https://developers.google.com/maps/documentation/javascript/content-security-policy
  // https://developers.google.com/maps/documentation/embed/get-started (www.google.com/maps/embed)
  // Not google.com or googleapis.com whole: they carry Search, Fonts and reCAPTCHA too.
  // Third-party, not declared: NID (.google.com). No first-party cookie.
  'google-maps functional maps.googleapis.com maps.gstatic.com maps.google.com https://www.google.com/maps/||Google Maps',

  // https://developers.facebook.com/docs/meta-pixel/get-started (connect.facebook.net/…/fbevents.js,
  // www.facebook.com/tr) https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/
  // Third-party, not declared: fr, datr, sb (.facebook.com). Not facebook.com whole: the
  // pixel's beacon is /tr; other Facebook embeds are another service.
  'meta-pixel other connect.facebook.net https://www.facebook.com/tr|_fbp _fbc|Meta Pixel',

  // https://www.linkedin.com/legal/l/cookie-table (li_fat_id 30 days, li_giant 7 days, ln_or 1 day:
  // "first party domain") https://www.linkedin.com/help/lms/answer/a520008
  // Third-party, not declared: bcookie, bscookie, lidc, li_sugr, UserMatchHistory,
  // AnalyticsSyncHistory, lms_ads, lms_analytics (.linkedin.com).
  'linkedin-insight other snap.licdn.com ads.linkedin.com|li_fat_id li_giant ln_or|LinkedIn Insight Tag',

  // https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel (first-party cookies,
  // 13 months) https://ads.tiktok.com/help/article/get-started-pixel (analytics.tiktok.com/i18n/pixel/events.js)
  // ttcsid and ttcsid_<pixel id> hold the session id the pixel creates on the site's domain.
  'tiktok-pixel other analytics.tiktok.com|_ttp _tt_enable_cookie ttcsid*|TikTok Pixel',

  // https://help.hotjar.com/hc/en-us/articles/115011789248 (cookies)
  // https://help.hotjar.com/hc/en-us/articles/115011640307 (CSP: *.hotjar.com, *.hotjar.io)
  // _hj* covers _hjSessionUser_<site id> (1 year), _hjSession_<site id> (30 minutes) and the
  // short-lived sampling, survey and test cookies, whose names Hotjar changes over time.
  'hotjar analytical hotjar.com hotjar.io|_hj*|Hotjar',

  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-list (_clck, _clsk first-party)
  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup (www.clarity.ms/tag/…)
  // Third-party, not declared: CLID, ANONCHK, MR, SM (.clarity.ms), MUID (.bing.com).
  // Left out: c.bing.com (Clarity's MUID sync, requested only by Clarity's own held script).
  'microsoft-clarity analytical clarity.ms|_clck _clsk|Microsoft Clarity',

  // https://learn.microsoft.com/en-us/advertising/guides/universal-event-tracking
  // https://help.ads.microsoft.com/#apex/ads/en/53056 (UET FAQ)
  // _uet* covers _uetsid (1 day), _uetvid (13 months) and _uetmsclkid (90 days), all first-party.
  // The tag loads bat.js from bat.bing.com or bat.bing.net and beacons to both.
  // Third-party, not declared: MUID, MR, SRM_B (.bing.com).
  'microsoft-advertising other bat.bing.com bat.bing.net|_uet*|Microsoft Advertising',
];

const idOf = (entry: string) => entry.slice(0, entry.indexOf(' '));

/** The ids of the built-in presets, in table order. */
export const PRESET_IDS: readonly string[] = /* @__PURE__ */ PRESETS.map(idOf);

/** A fresh copy of the preset `id` (nothing shared with other calls), or `undefined` for an unknown id. */
export function presetService(id: string): ResolvedService | undefined {
  const entry = PRESETS.find((candidate) => idOf(candidate) === id);
  if (!entry) return;
  const [hosts, cookies, label] = entry.split('|') as [string, string, string];
  const [, category, ...patterns] = hosts.split(' ') as [string, string, ...string[]];
  return { category, label, hosts: patterns, cookies: cookies ? cookies.split(' ').map((name) => ({ name })) : [], preset: id };
}
