/**
 * The presets' purposes in Korean, in the polite style of the banner (banner/texts/ko.ts).
 * A brand takes only particles that do not change with its last sound (에, 에서, 의), or
 * "서비스" does.
 */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Korean',
  written: {
    'google-analytics': '방문 수를 집계하고 이 사이트가 어떻게 이용되는지 보여 주어, 사이트를 개선하는 데 도움을 줍니다.',
    'google-tag-manager': '허용하시면 이 사이트에서 사용하는 통계 도구와 기타 도구를 불러옵니다.',
    'google-ads': 'Google 광고의 효과를 측정하고, 다른 사이트에서도 저희 광고를 보여 드릴 수 있게 합니다.',
    youtube: '이 사이트에서 YouTube 동영상을 재생합니다. 동영상을 불러올 때 YouTube에서 자체 쿠키를 저장할 수 있습니다.',
    vimeo: '이 사이트에서 Vimeo 동영상을 재생합니다. 동영상을 불러올 때 Vimeo에서 자체 쿠키를 저장할 수 있습니다.',
    'google-maps': '이 사이트에 대화형 지도를 표시합니다. 지도를 불러올 때 Google에서 자체 쿠키를 저장할 수 있습니다.',
    'meta-pixel': 'Facebook과 Instagram에 게재한 저희 광고의 효과를 측정하고, 그곳에서 저희 광고를 보여 드릴 수 있게 합니다.',
    'linkedin-insight': 'LinkedIn 광고의 효과를 측정하고, LinkedIn에서 저희 광고를 보여 드릴 수 있게 합니다.',
    'tiktok-pixel': 'TikTok 광고의 효과를 측정하고, TikTok에서 저희 광고를 보여 드릴 수 있게 합니다.',
    hotjar: '스크롤과 클릭을 히트맵과 세션 녹화로 기록하여, 사이트에서 사용하기 어려운 부분을 파악합니다.',
    'microsoft-clarity': '스크롤과 클릭을 히트맵과 세션 녹화로 기록하여, 개선할 점을 파악합니다.',
    'microsoft-advertising': 'Bing 및 기타 Microsoft 서비스에 게재한 저희 광고의 효과를 측정하고, 그곳에서 저희 광고를 보여 드릴 수 있게 합니다.',
  },
  kinds: {
    platformAds: (b) => `${b}에 게재한 저희 광고의 효과를 측정하고, ${b}에서 저희 광고를 보여 드릴 수 있게 합니다.`,
    retargeting: (b) => `다른 웹사이트를 방문하실 때 ${b} 서비스를 통해 이곳에서 보신 상품의 광고를 보여 드립니다.`,
    siteAds: (b) => `${b} 서비스를 통해 이 사이트에 광고와 추천 기사를 표시하며, 이는 관심사에 따라 선택될 수 있습니다.`,
    productAnalytics: (b) => `이 사이트를 이용하시는 방식을 페이지별, 클릭별로 ${b}에 기록하여 개선할 점을 파악합니다.`,
    statistics: (b) => `${b} 서비스로 방문 수를 집계하고 어떤 페이지가 읽히는지 보여 주어, 사이트를 개선하는 데 도움을 줍니다.`,
    audio: (b) => `이 사이트에서 ${b} 오디오를 재생합니다. 플레이어를 불러올 때 ${b}에서 자체 쿠키를 저장할 수 있습니다.`,
    social: (b) => `저희 페이지에 좋아요를 누르거나 공유할 수 있는 ${b} 버튼과 게시물을 표시합니다. 이를 불러올 때 ${b}에서 자체 쿠키를 저장할 수 있습니다.`,
    posts: (b) => `이 사이트에 ${b} 게시물을 표시합니다. 게시물을 불러올 때 ${b}에서 자체 쿠키를 저장할 수 있습니다.`,
    chat: (b) => `${b} 서비스를 통해 저희와 채팅하거나 도움을 요청하실 수 있으며, 대화 내용을 기억합니다.`,
    comments: (b) => `${b} 서비스를 통해 기사에 달린 댓글을 표시하고, 직접 댓글을 작성하실 수 있게 합니다.`,
    botCheck: (b) => `${b} 서비스로 이 사이트의 양식을 봇이 아닌 사람이 보내는지 확인합니다.`,
    payments: (b) => `${b} 서비스를 통해 카드 결제를 안전하게 처리하고 사기 방지에 도움을 줍니다.`,
    marketing: (b) => `방문 기록과 보내신 양식을 ${b}에 기록하여, 후속 연락을 드리고 마케팅을 개선하는 데 활용합니다.`,
  },
};
