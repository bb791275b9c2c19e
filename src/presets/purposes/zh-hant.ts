/** The presets' purposes in Traditional Chinese, with "您" as the banner (banner/texts/zh-hant.ts), a space either side of a Latin name. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Traditional Chinese',
  written: {
    'google-analytics': '統計造訪次數，並讓我們了解本網站的使用情形，以便加以改善。',
    'google-tag-manager': '在您允許後，載入本網站使用的統計工具和其他工具。',
    'google-ads': '衡量我們的 Google 廣告成效，並讓我們能在其他網站上向您顯示我們的廣告。',
    youtube: '在本網站播放 YouTube 影片；影片載入時，YouTube 可能會設定其自有的 Cookie。',
    vimeo: '在本網站播放 Vimeo 影片；影片載入時，Vimeo 可能會設定其自有的 Cookie。',
    'google-maps': '在本網站顯示互動式地圖；地圖載入時，Google 可能會設定其自有的 Cookie。',
    'meta-pixel': '衡量我們在 Facebook 和 Instagram 上的廣告成效，並讓我們能在這些平台上向您顯示我們的廣告。',
    'linkedin-insight': '衡量我們的 LinkedIn 廣告成效，並讓我們能在 LinkedIn 上向您顯示我們的廣告。',
    'tiktok-pixel': '衡量我們的 TikTok 廣告成效，並讓我們能在 TikTok 上向您顯示我們的廣告。',
    hotjar: '以熱點圖和工作階段重播的形式記錄您如何捲動和點擊，以便我們找出網站哪些地方不好用。',
    'microsoft-clarity': '以熱點圖和工作階段重播的形式記錄您如何捲動和點擊，以便我們了解需要改善的地方。',
    'microsoft-advertising': '衡量我們在 Bing 及其他 Microsoft 服務上的廣告成效，並讓我們能在這些服務上向您顯示我們的廣告。',
  },
  kinds: {
    platformAds: (b) => `衡量我們在 ${b} 上的廣告成效，並讓我們能在 ${b} 上向您顯示我們的廣告。`,
    retargeting: (b) => `透過 ${b}，在您造訪其他網站時，向您顯示您在這裡瀏覽過的產品廣告。`,
    siteAds: (b) => `透過 ${b} 在本網站顯示廣告和推薦文章，${b} 可能會依據您的興趣進行挑選。`,
    productAnalytics: (b) => `在 ${b} 中逐頁、逐次點擊地記錄您如何使用本網站，以便我們了解需要改善的地方。`,
    statistics: (b) => `使用 ${b} 統計造訪次數，並讓我們了解哪些頁面有人閱讀，以便改善網站。`,
    audio: (b) => `在本網站播放 ${b} 音訊；播放器載入時，${b} 可能會設定其自有的 Cookie。`,
    social: (b) => `顯示 ${b} 的按鈕和貼文，方便您對我們的頁面按讚或分享；載入時，${b} 可能會設定其自有的 Cookie。`,
    posts: (b) => `在本網站顯示 ${b} 貼文；貼文載入時，${b} 可能會設定其自有的 Cookie。`,
    chat: (b) => `讓您透過 ${b} 與我們聊天或尋求協助，並記住您的對話。`,
    comments: (b) => `透過 ${b} 顯示我們文章下方的留言，並讓您發表自己的留言。`,
    botCheck: (b) => `使用 ${b} 確認本網站的表單是由真人而非機器人送出。`,
    payments: (b) => `透過 ${b} 安全地處理信用卡付款，並協助防範詐騙。`,
    marketing: (b) => `在 ${b} 中記錄您的造訪和您送出的表單，以便我們後續聯繫並改善我們的行銷。`,
  },
};
