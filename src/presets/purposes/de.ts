/** The presets' purposes in German. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'German',
  written: {
    'google-analytics': 'Zählt Besuche und zeigt uns, wie diese Website genutzt wird, damit wir sie verbessern können.',
    'google-tag-manager': 'Lädt die Statistik- und anderen Tools dieser Website, sobald Sie sie zulassen.',
    'google-ads': 'Misst, ob unsere Google-Anzeigen wirken, und ermöglicht es uns, Ihnen unsere Werbung auf anderen Websites zu zeigen.',
    youtube: 'Spielt YouTube-Videos auf dieser Website ab; sobald ein Video lädt, kann YouTube eigene Cookies setzen.',
    vimeo: 'Spielt Vimeo-Videos auf dieser Website ab; sobald ein Video lädt, kann Vimeo eigene Cookies setzen.',
    'google-maps': 'Zeigt interaktive Karten auf dieser Website; sobald eine Karte lädt, kann Google eigene Cookies setzen.',
    'meta-pixel': 'Misst, ob unsere Anzeigen auf Facebook und Instagram wirken, und ermöglicht es uns, Ihnen dort unsere Werbung zu zeigen.',
    'linkedin-insight': 'Misst, ob unsere LinkedIn-Anzeigen wirken, und ermöglicht es uns, Ihnen unsere Werbung auf LinkedIn zu zeigen.',
    'tiktok-pixel': 'Misst, ob unsere TikTok-Anzeigen wirken, und ermöglicht es uns, Ihnen unsere Werbung auf TikTok zu zeigen.',
    hotjar: 'Zeichnet auf, wie Sie scrollen und klicken (Heatmaps und Sitzungsaufzeichnungen), damit wir sehen, wo die Website schwer zu bedienen ist.',
    'microsoft-clarity': 'Zeichnet auf, wie Sie scrollen und klicken (Heatmaps und Sitzungsaufzeichnungen), damit wir sehen, was wir verbessern können.',
    'microsoft-advertising': 'Misst, ob unsere Anzeigen auf Bing und anderen Microsoft-Diensten wirken, und ermöglicht es uns, Ihnen dort unsere Werbung zu zeigen.',
  },
  kinds: {
    platformAds: (b) => `Misst, ob unsere Anzeigen auf ${b} wirken, und ermöglicht es uns, Ihnen dort unsere Werbung zu zeigen.`,
    retargeting: (b) => `Zeigt Ihnen über ${b} auf anderen Websites Werbung für Produkte, die Sie sich hier angesehen haben.`,
    siteAds: (b) => `Zeigt über ${b} Werbung und empfohlene Artikel auf dieser Website, die nach Ihren Interessen ausgewählt sein können.`,
    productAnalytics: (b) => `Zeichnet in ${b} auf, wie Sie diese Website nutzen, Seite für Seite und Klick für Klick, damit wir sehen, was wir verbessern können.`,
    statistics: (b) => `Zählt Besuche mit ${b} und zeigt uns, welche Seiten gelesen werden, damit wir die Website verbessern können.`,
    audio: (b) => `Spielt Audioinhalte von ${b} auf dieser Website ab; sobald ein Player lädt, kann ${b} eigene Cookies setzen.`,
    social: (b) => `Zeigt Schaltflächen und Beiträge von ${b}, um unsere Seiten zu liken oder zu teilen; beim Laden kann ${b} eigene Cookies setzen.`,
    posts: (b) => `Zeigt Beiträge von ${b} auf dieser Website; sobald ein Beitrag lädt, kann ${b} eigene Cookies setzen.`,
    chat: (b) => `Ermöglicht es Ihnen, über ${b} mit uns zu chatten oder Hilfe anzufordern, und merkt sich Ihr Gespräch.`,
    comments: (b) => `Zeigt über ${b} die Kommentare unter unseren Artikeln und lässt Sie eigene schreiben.`,
    botCheck: (b) => `Prüft mit ${b}, dass Formulare auf dieser Website von einem Menschen und nicht von einem Bot gesendet werden.`,
    payments: (b) => `Wickelt Kartenzahlungen sicher über ${b} ab und hilft, Betrug zu verhindern.`,
    marketing: (b) => `Zeichnet in ${b} Ihre Besuche und gesendeten Formulare auf, damit wir nachfassen und unser Marketing verbessern können.`,
  },
};
