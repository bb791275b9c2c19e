/** The presets' purposes in Dutch, with "je" as the banner (banner/texts/nl.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Dutch',
  written: {
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
  },
  kinds: {
    platformAds: (b) => `Meet of onze advertenties op ${b} werken en maakt het mogelijk om je daar onze advertenties te laten zien.`,
    retargeting: (b) => `Toont je via ${b} advertenties voor producten die je hier hebt bekeken, wanneer je andere websites bezoekt.`,
    siteAds: (b) => `Toont via ${b} advertenties en aanbevolen artikelen op deze site, mogelijk gekozen op basis van je interesses.`,
    productAnalytics: (b) => `Legt in ${b} vast hoe je deze site gebruikt, pagina voor pagina en klik voor klik, zodat we zien wat beter kan.`,
    statistics: (b) => `Telt bezoeken met ${b} en laat ons zien welke pagina’s gelezen worden, zodat we de site kunnen verbeteren.`,
    audio: (b) => `Speelt audio van ${b} af op deze site; ${b} kan eigen cookies plaatsen zodra een speler laadt.`,
    social: (b) => `Toont knoppen en berichten van ${b} om onze pagina’s te liken of te delen; ${b} kan eigen cookies plaatsen zodra ze laden.`,
    posts: (b) => `Toont berichten van ${b} op deze site; ${b} kan eigen cookies plaatsen zodra een bericht laadt.`,
    chat: (b) => `Laat je via ${b} met ons chatten of om hulp vragen, en onthoudt je gesprek.`,
    comments: (b) => `Toont via ${b} de reacties onder onze artikelen en laat je zelf reageren.`,
    botCheck: (b) => `Controleert met ${b} dat formulieren op deze site door een mens worden verstuurd en niet door een bot.`,
    payments: (b) => `Verwerkt kaartbetalingen veilig via ${b} en helpt fraude te voorkomen.`,
    marketing: (b) => `Legt in ${b} je bezoeken en verstuurde formulieren vast, zodat we contact met je kunnen opnemen en onze marketing kunnen verbeteren.`,
  },
};
