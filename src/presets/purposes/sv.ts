/** The presets' purposes in Swedish, with "du" as the banner (banner/texts/sv.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Swedish',
  written: {
    'google-analytics': 'Räknar besök och visar oss hur webbplatsen används, så att vi kan förbättra den.',
    'google-tag-manager': 'Läser in webbplatsens statistikverktyg och andra verktyg när du har tillåtit dem.',
    'google-ads': 'Mäter om våra Google-annonser fungerar och gör att vi kan visa dig våra annonser på andra webbplatser.',
    youtube: 'Spelar upp YouTube-videor på webbplatsen; YouTube kan sätta egna kakor när en video läses in.',
    vimeo: 'Spelar upp Vimeo-videor på webbplatsen; Vimeo kan sätta egna kakor när en video läses in.',
    'google-maps': 'Visar interaktiva kartor på webbplatsen; Google kan sätta egna kakor när en karta läses in.',
    'meta-pixel': 'Mäter om våra annonser på Facebook och Instagram fungerar och gör att vi kan visa dig våra annonser där.',
    'linkedin-insight': 'Mäter om våra LinkedIn-annonser fungerar och gör att vi kan visa dig våra annonser på LinkedIn.',
    'tiktok-pixel': 'Mäter om våra TikTok-annonser fungerar och gör att vi kan visa dig våra annonser på TikTok.',
    hotjar: 'Registrerar hur du scrollar och klickar (värmekartor och inspelningar av besök), så att vi ser var webbplatsen är svår att använda.',
    'microsoft-clarity': 'Registrerar hur du scrollar och klickar (värmekartor och inspelningar av besök), så att vi ser vad vi kan förbättra.',
    'microsoft-advertising': 'Mäter om våra annonser på Bing och andra Microsoft-tjänster fungerar och gör att vi kan visa dig våra annonser där.',
  },
  kinds: {
    platformAds: (b) => `Mäter om våra annonser på ${b} fungerar och gör att vi kan visa dig våra annonser där.`,
    retargeting: (b) => `Visar dig via ${b} annonser för produkter du har tittat på här, när du besöker andra webbplatser.`,
    siteAds: (b) => `Visar annonser och rekommenderade artiklar på webbplatsen via ${b}, som kan välja dem utifrån dina intressen.`,
    productAnalytics: (b) => `Registrerar i ${b} hur du använder webbplatsen, sida för sida och klick för klick, så att vi ser vad som kan förbättras.`,
    statistics: (b) => `Räknar besök med ${b} och visar oss vilka sidor som läses, så att vi kan förbättra webbplatsen.`,
    audio: (b) => `Spelar upp ljud från ${b} på webbplatsen; ${b} kan sätta egna kakor när en spelare läses in.`,
    social: (b) => `Visar knappar och inlägg från ${b} för att gilla eller dela våra sidor; ${b} kan sätta egna kakor när de läses in.`,
    posts: (b) => `Visar inlägg från ${b} på webbplatsen; ${b} kan sätta egna kakor när ett inlägg läses in.`,
    chat: (b) => `Låter dig chatta med oss eller be om hjälp via ${b} och kommer ihåg samtalet.`,
    comments: (b) => `Visar kommentarerna under våra artiklar och låter dig skriva egna, via ${b}.`,
    botCheck: (b) => `Kontrollerar med ${b} att formulär på webbplatsen skickas av en människa och inte av en bot.`,
    payments: (b) => `Tar emot kortbetalningar säkert via ${b} och hjälper till att förhindra bedrägerier.`,
    marketing: (b) => `Registrerar dina besök och de formulär du skickar i ${b}, så att vi kan följa upp och förbättra vår marknadsföring.`,
  },
};
