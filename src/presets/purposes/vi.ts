/** The presets' purposes in Vietnamese, with "bạn" as the banner (banner/texts/vi.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Vietnamese',
  written: {
    'google-analytics': 'Đếm lượt truy cập và cho chúng tôi biết trang web này được sử dụng như thế nào, để chúng tôi có thể cải thiện.',
    'google-tag-manager': 'Tải các công cụ thống kê và các công cụ khác mà trang web này dùng, sau khi bạn cho phép.',
    'google-ads': 'Đo lường hiệu quả quảng cáo Google của chúng tôi và cho phép chúng tôi hiển thị quảng cáo của mình cho bạn trên các trang web khác.',
    youtube: 'Phát video YouTube trên trang web này; khi video tải, YouTube có thể đặt cookie riêng của mình.',
    vimeo: 'Phát video Vimeo trên trang web này; khi video tải, Vimeo có thể đặt cookie riêng của mình.',
    'google-maps': 'Hiển thị bản đồ tương tác trên trang web này; khi bản đồ tải, Google có thể đặt cookie riêng của mình.',
    'meta-pixel': 'Đo lường hiệu quả quảng cáo của chúng tôi trên Facebook và Instagram, và cho phép chúng tôi hiển thị quảng cáo của mình cho bạn ở đó.',
    'linkedin-insight': 'Đo lường hiệu quả quảng cáo LinkedIn của chúng tôi và cho phép chúng tôi hiển thị quảng cáo của mình cho bạn trên LinkedIn.',
    'tiktok-pixel': 'Đo lường hiệu quả quảng cáo TikTok của chúng tôi và cho phép chúng tôi hiển thị quảng cáo của mình cho bạn trên TikTok.',
    hotjar: 'Ghi lại cách bạn cuộn và nhấp chuột (bản đồ nhiệt và bản ghi phiên truy cập), để chúng tôi thấy chỗ nào trên trang web khó sử dụng.',
    'microsoft-clarity': 'Ghi lại cách bạn cuộn và nhấp chuột (bản đồ nhiệt và bản ghi phiên truy cập), để chúng tôi thấy những gì cần cải thiện.',
    'microsoft-advertising': 'Đo lường hiệu quả quảng cáo của chúng tôi trên Bing và các dịch vụ khác của Microsoft, và cho phép chúng tôi hiển thị quảng cáo của mình cho bạn ở đó.',
  },
  kinds: {
    platformAds: (b) => `Đo lường hiệu quả quảng cáo của chúng tôi trên ${b} và cho phép chúng tôi hiển thị quảng cáo của mình cho bạn ở đó.`,
    retargeting: (b) => `Thông qua ${b}, hiển thị cho bạn quảng cáo về những sản phẩm bạn đã xem ở đây khi bạn truy cập các trang web khác.`,
    siteAds: (b) => `Hiển thị quảng cáo và bài viết đề xuất trên trang web này thông qua ${b}, dịch vụ có thể chọn chúng dựa trên sở thích của bạn.`,
    productAnalytics: (b) => `Ghi lại trong ${b} cách bạn sử dụng trang web này, từng trang và từng lần nhấp, để chúng tôi thấy những gì cần cải thiện.`,
    statistics: (b) => `Đếm lượt truy cập bằng ${b} và cho chúng tôi biết những trang nào được đọc, để chúng tôi có thể cải thiện trang web.`,
    audio: (b) => `Phát âm thanh từ ${b} trên trang web này; khi trình phát tải, ${b} có thể đặt cookie riêng của mình.`,
    social: (b) => `Hiển thị các nút và bài đăng của ${b} để bạn thích hoặc chia sẻ các trang của chúng tôi; khi chúng tải, ${b} có thể đặt cookie riêng của mình.`,
    posts: (b) => `Hiển thị bài đăng từ ${b} trên trang web này; khi bài đăng tải, ${b} có thể đặt cookie riêng của mình.`,
    chat: (b) => `Cho phép bạn trò chuyện với chúng tôi hoặc yêu cầu trợ giúp qua ${b}, và ghi nhớ cuộc trò chuyện của bạn.`,
    comments: (b) => `Hiển thị các bình luận dưới bài viết của chúng tôi và cho phép bạn viết bình luận của mình, thông qua ${b}.`,
    botCheck: (b) => `Dùng ${b} để kiểm tra rằng các biểu mẫu trên trang web này do con người gửi chứ không phải bot.`,
    payments: (b) => `Nhận thanh toán bằng thẻ một cách an toàn qua ${b} và giúp ngăn chặn gian lận.`,
    marketing: (b) => `Ghi lại trong ${b} các lượt truy cập của bạn và các biểu mẫu bạn gửi, để chúng tôi có thể liên hệ lại và cải thiện hoạt động tiếp thị.`,
  },
};
