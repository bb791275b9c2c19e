/** The purpose of each built-in preset, in Dutch (labels, providers and cookie texts: en.ts). */
export const PRESET_PURPOSES: Record<string, string> = {
  'google-analytics': 'Telt bezoeken en laat ons zien hoe deze site wordt gebruikt, zodat we hem kunnen verbeteren.',
  'google-tag-manager': 'Laadt de statistiek- en andere tools van deze site zodra je daar toestemming voor geeft.',
  'google-ads': 'Meet of onze Google-advertenties werken en maakt het mogelijk om je onze advertenties op andere sites te laten zien.',
  youtube: 'Speelt YouTube-video’s af op deze site; zodra een video laadt, kan YouTube eigen cookies plaatsen.',
  vimeo: 'Speelt Vimeo-video’s af op deze site; zodra een video laadt, kan Vimeo eigen cookies plaatsen.',
  'google-maps': 'Toont interactieve kaarten op deze site; zodra een kaart laadt, kan Google eigen cookies plaatsen.',
  'meta-pixel': 'Meet of onze advertenties op Facebook en Instagram werken en maakt het mogelijk om je daar onze advertenties te laten zien.',
  'linkedin-insight': 'Meet of onze LinkedIn-advertenties werken en maakt het mogelijk om je onze advertenties op LinkedIn te laten zien.',
  'tiktok-pixel': 'Meet of onze TikTok-advertenties werken en maakt het mogelijk om je onze advertenties op TikTok te laten zien.',
  hotjar: 'Legt vast hoe je scrolt en klikt (heatmaps en sessie-opnames), zodat we zien waar de site lastig te gebruiken is.',
  'microsoft-clarity': 'Legt vast hoe je scrolt en klikt (heatmaps en sessie-opnames), zodat we zien wat we kunnen verbeteren.',
  'microsoft-advertising': 'Meet of onze advertenties op Bing en andere Microsoft-diensten werken en maakt het mogelijk om je daar onze advertenties te laten zien.',
};
