/** The presets' purposes in Simplified Chinese, with "您" as the banner (banner/texts/zh-hans.ts), a space either side of a Latin name. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Simplified Chinese',
  written: {
    'google-analytics': '统计访问量，并让我们了解本网站的使用情况，以便加以改进。',
    'google-tag-manager': '在您允许后，加载本网站使用的统计工具和其他工具。',
    'google-ads': '衡量我们的 Google 广告效果，并让我们能在其他网站上向您展示我们的广告。',
    youtube: '在本网站播放 YouTube 视频；视频加载时，YouTube 可能会设置其自己的 Cookie。',
    vimeo: '在本网站播放 Vimeo 视频；视频加载时，Vimeo 可能会设置其自己的 Cookie。',
    'google-maps': '在本网站显示交互式地图；地图加载时，Google 可能会设置其自己的 Cookie。',
    'meta-pixel': '衡量我们在 Facebook 和 Instagram 上的广告效果，并让我们能在这些平台上向您展示我们的广告。',
    'linkedin-insight': '衡量我们的 LinkedIn 广告效果，并让我们能在 LinkedIn 上向您展示我们的广告。',
    'tiktok-pixel': '衡量我们的 TikTok 广告效果，并让我们能在 TikTok 上向您展示我们的广告。',
    hotjar: '以热图和会话回放的形式记录您如何滚动和点击，以便我们发现网站哪些地方不好用。',
    'microsoft-clarity': '以热图和会话回放的形式记录您如何滚动和点击，以便我们了解需要改进的地方。',
    'microsoft-advertising': '衡量我们在 Bing 及其他 Microsoft 服务上的广告效果，并让我们能在这些服务上向您展示我们的广告。',
  },
  kinds: {
    platformAds: (b) => `衡量我们在 ${b} 上的广告效果，并让我们能在 ${b} 上向您展示我们的广告。`,
    retargeting: (b) => `通过 ${b}，在您访问其他网站时，向您展示您在这里浏览过的产品的广告。`,
    siteAds: (b) => `通过 ${b} 在本网站展示广告和推荐文章，${b} 可能会根据您的兴趣进行选择。`,
    productAnalytics: (b) => `在 ${b} 中逐页、逐次点击地记录您如何使用本网站，以便我们了解需要改进的地方。`,
    statistics: (b) => `使用 ${b} 统计访问量，并让我们了解哪些页面被阅读，以便改进网站。`,
    audio: (b) => `在本网站播放 ${b} 音频；播放器加载时，${b} 可能会设置其自己的 Cookie。`,
    social: (b) => `显示 ${b} 的按钮和帖子，方便您点赞或分享我们的页面；加载时，${b} 可能会设置其自己的 Cookie。`,
    posts: (b) => `在本网站显示 ${b} 帖子；帖子加载时，${b} 可能会设置其自己的 Cookie。`,
    chat: (b) => `让您通过 ${b} 与我们聊天或寻求帮助，并记住您的对话。`,
    comments: (b) => `通过 ${b} 显示我们文章下方的评论，并让您发表自己的评论。`,
    botCheck: (b) => `使用 ${b} 检查本网站的表单是由真人而不是机器人提交的。`,
    payments: (b) => `通过 ${b} 安全地处理银行卡付款，并帮助防范欺诈。`,
    marketing: (b) => `在 ${b} 中记录您的访问和您提交的表单，以便我们跟进并改进我们的营销。`,
  },
};
