/**
 * The shape every language's preset purposes take (src/presets/purposes/<code>.ts): one
 * sentence per hand-written preset and one per kind of service, so a language that misses a
 * preset or a kind does not compile.
 */

/** The presets whose purpose was written one by one (issue 3). */
export type WrittenPreset =
  | 'google-analytics'
  | 'google-tag-manager'
  | 'google-ads'
  | 'youtube'
  | 'vimeo'
  | 'google-maps'
  | 'meta-pixel'
  | 'linkedin-insight'
  | 'tiktok-pixel'
  | 'hotjar'
  | 'microsoft-clarity'
  | 'microsoft-advertising';

/** Kinds of service that share one sentence, the brand filled in (issue 14). */
export type ServiceKind =
  /** Ads on the vendor's own platform (Pinterest, Snapchat, Reddit, X). */
  | 'platformAds'
  /** Retargeting across other websites (Criteo). */
  | 'retargeting'
  /** Ads and recommended content on this site (AdSense, Taboola, Outbrain). */
  | 'siteAds'
  /** Product analytics: events, funnels, session replays (Mixpanel, Amplitude, Segment, Heap, FullStory). */
  | 'productAnalytics'
  /** Visit statistics (Matomo, Plausible). */
  | 'statistics'
  /** Audio players (Spotify, SoundCloud). */
  | 'audio'
  /** Share, like and follow buttons, and embedded posts (Facebook, LinkedIn, X, AddToAny, ShareThis). */
  | 'social'
  /** Embedded posts (Instagram). */
  | 'posts'
  /** Support chat (Intercom, Zendesk). */
  | 'chat'
  /** Comments (Disqus). */
  | 'comments'
  /** Bot checks on forms (reCAPTCHA, Turnstile). */
  | 'botCheck'
  /** Card payments (Stripe). */
  | 'payments'
  /** Marketing automation (HubSpot). */
  | 'marketing';

/** One language's sentences. The brand is passed as written, never translated or inflected. */
export interface LanguagePurposes {
  /** The language's English name, for the generated files' comments. */
  name: string;
  written: Record<WrittenPreset, string>;
  kinds: Record<ServiceKind, (brand: string) => string>;
}
