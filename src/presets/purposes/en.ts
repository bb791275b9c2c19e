/** The presets' purposes in English: the source every other language translates. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'English',
  written: {
    'google-analytics': 'Counts visits and shows us how people use this site, so we can improve it.',
    'google-tag-manager': 'Loads the statistics and other tools this site uses, once you allow them.',
    'google-ads': 'Measures whether our Google ads work and lets us show you our ads on other sites.',
    youtube: 'Plays YouTube videos on this site; YouTube may set its own cookies when a video loads.',
    vimeo: 'Plays Vimeo videos on this site; Vimeo may set its own cookies when a video loads.',
    'google-maps': 'Shows interactive maps on this site; Google may set its own cookies when a map loads.',
    'meta-pixel': 'Measures whether our Facebook and Instagram ads work and lets us show you our ads there.',
    'linkedin-insight': 'Measures whether our LinkedIn ads work and lets us show you our ads on LinkedIn.',
    'tiktok-pixel': 'Measures whether our TikTok ads work and lets us show you our ads on TikTok.',
    hotjar: 'Records how you scroll and click, as heatmaps and replays, so we can see where the site is hard to use.',
    'microsoft-clarity': 'Records how you scroll and click, as heatmaps and replays, so we can see what to improve.',
    'microsoft-advertising': 'Measures whether our ads on Bing and other Microsoft services work and lets us show you our ads there.',
  },
  kinds: {
    platformAds: (b) => `Measures whether our ${b} ads work and lets us show you our ads on ${b}.`,
    retargeting: (b) => `Shows you ads for products you looked at here when you visit other websites, through ${b}.`,
    siteAds: (b) => `Shows ads and recommended articles on this site through ${b}, which may choose them from your interests.`,
    productAnalytics: (b) => `Records how you use this site, page by page and click by click, in ${b}, so we can see what to improve.`,
    statistics: (b) => `Counts visits with ${b} and shows us which pages people read, so we can improve the site.`,
    audio: (b) => `Plays ${b} audio on this site; ${b} may set its own cookies when a player loads.`,
    social: (b) => `Shows ${b} buttons and posts to like or share our pages; ${b} may set its own cookies when they load.`,
    posts: (b) => `Shows ${b} posts on this site; ${b} may set its own cookies when a post loads.`,
    chat: (b) => `Lets you chat with us or ask for help through ${b}, and remembers your conversation.`,
    comments: (b) => `Shows the comments under our articles and lets you write your own, through ${b}.`,
    botCheck: (b) => `Checks with ${b} that forms on this site are sent by a person, not by a bot.`,
    payments: (b) => `Takes card payments securely through ${b} and helps prevent fraud.`,
    marketing: (b) => `Records your visits and the forms you send in ${b}, so we can follow up and improve our marketing.`,
  },
};
