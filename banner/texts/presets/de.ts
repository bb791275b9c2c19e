/** The purpose of each built-in preset, in German (labels, providers and cookie texts: en.ts). */
export const PRESET_PURPOSES: Record<string, string> = {
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
};
