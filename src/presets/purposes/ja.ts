/** The presets' purposes in Japanese, in the polite style of the banner (banner/texts/ja.ts), a space either side of a Latin name. */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Japanese',
  written: {
    'google-analytics': '訪問数を計測し、このサイトの利用状況を把握して、サイトの改善に役立てます。',
    'google-tag-manager': 'お客様が許可すると、このサイトで使用する統計ツールなどのツールを読み込みます。',
    'google-ads': 'Google 広告の効果を測定し、ほかのサイトでも当サイトの広告をお客様に表示できるようにします。',
    youtube: 'このサイトで YouTube の動画を再生します。動画の読み込み時に、YouTube が独自の Cookie を保存することがあります。',
    vimeo: 'このサイトで Vimeo の動画を再生します。動画の読み込み時に、Vimeo が独自の Cookie を保存することがあります。',
    'google-maps': 'このサイトでインタラクティブな地図を表示します。地図の読み込み時に、Google が独自の Cookie を保存することがあります。',
    'meta-pixel': 'Facebook と Instagram での当サイトの広告の効果を測定し、そこでお客様に当サイトの広告を表示できるようにします。',
    'linkedin-insight': 'LinkedIn での当サイトの広告の効果を測定し、LinkedIn でお客様に当サイトの広告を表示できるようにします。',
    'tiktok-pixel': 'TikTok での当サイトの広告の効果を測定し、TikTok でお客様に当サイトの広告を表示できるようにします。',
    hotjar: 'スクロールやクリックの操作をヒートマップや録画として記録し、サイトの使いにくい箇所を把握します。',
    'microsoft-clarity': 'スクロールやクリックの操作をヒートマップや録画として記録し、改善すべき点を把握します。',
    'microsoft-advertising': 'Bing などの Microsoft のサービスでの当サイトの広告の効果を測定し、そこでお客様に当サイトの広告を表示できるようにします。',
  },
  kinds: {
    platformAds: (b) => `${b} での当サイトの広告の効果を測定し、${b} でお客様に当サイトの広告を表示できるようにします。`,
    retargeting: (b) => `お客様がほかのサイトを訪れた際に、ここで閲覧した商品の広告を ${b} を通じて表示します。`,
    siteAds: (b) => `${b} を通じて、このサイトに広告やおすすめ記事を表示します。${b} はお客様の興味・関心に基づいてそれらを選ぶことがあります。`,
    productAnalytics: (b) => `このサイトの使い方をページごと、クリックごとに ${b} に記録し、改善すべき点を把握します。`,
    statistics: (b) => `${b} で訪問数を計測し、どのページが読まれているかを把握して、サイトの改善に役立てます。`,
    audio: (b) => `このサイトで ${b} の音声を再生します。プレーヤーの読み込み時に、${b} が独自の Cookie を保存することがあります。`,
    social: (b) => `当サイトのページに「いいね」したり共有したりするための ${b} のボタンや投稿を表示します。読み込み時に、${b} が独自の Cookie を保存することがあります。`,
    posts: (b) => `このサイトで ${b} の投稿を表示します。投稿の読み込み時に、${b} が独自の Cookie を保存することがあります。`,
    chat: (b) => `${b} を通じて当サイトとチャットしたりサポートを依頼したりでき、会話の内容を記憶します。`,
    comments: (b) => `${b} を通じて記事へのコメントを表示し、お客様もコメントを書き込めるようにします。`,
    botCheck: (b) => `${b} を使って、このサイトのフォームがボットではなく人によって送信されたことを確認します。`,
    payments: (b) => `${b} を通じてカード決済を安全に処理し、不正利用の防止に役立てます。`,
    marketing: (b) => `お客様の訪問と送信されたフォームを ${b} に記録し、フォローアップやマーケティングの改善に役立てます。`,
  },
};
