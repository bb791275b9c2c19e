// Vietnamese texts: dist/i18n/vi.js for the script tag, i18n/vi.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/vi';

export const texts: TextOverrides = {
  bannerTitle: 'Chúng tôi sử dụng cookie',
  bannerText:
    'Một số cookie là cần thiết để trang web này hoạt động. Số còn lại chúng tôi chỉ dùng khi bạn đồng ý, và bạn có thể thay đổi lựa chọn bất cứ lúc nào.',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  preferences: 'Thay đổi tùy chọn',
  policyLink: 'Chính sách cookie',
  preferencesTitle: 'Tùy chọn cookie',
  preferencesText: 'Hãy chọn những cookie chúng tôi được phép dùng. Các cookie mà trang web không thể thiếu luôn được bật.',
  save: 'Lưu lựa chọn',
  close: 'Đóng',
  alwaysOn: 'Luôn bật',
  services: 'Dịch vụ',
  cookieName: 'Tên',
  cookieProvider: 'Nhà cung cấp',
  cookieDuration: 'Thời hạn',
  cookiePurpose: 'Mục đích',
  cookieDetails: 'Cookie đang dùng',
  servicePolicy: 'Chính sách quyền riêng tư',
  bannerPurposes: 'Chỉ khi bạn đồng ý: {categories}.',
  listComma: ', ',
  listAnd: ' và ',
  noticePurposes: 'Đang dùng trên trang web này: {categories}.',
  gpcHonoured: 'Trình duyệt của bạn đã gửi tín hiệu Global Privacy Control và chúng tôi tuân thủ tín hiệu này. Vẫn tắt cho đến khi bạn tự bật: {categories}.',
  gpcNone:
    'Trình duyệt của bạn đã gửi tín hiệu Global Privacy Control và chúng tôi tuân thủ tín hiệu này. Tín hiệu không ảnh hưởng đến cookie nào của trang web này.',
  gpcNotHonoured:
    'Trình duyệt của bạn đã gửi tín hiệu Global Privacy Control. Trang web này không tự động áp dụng tín hiệu đó, nhưng bạn có thể tự từ chối cookie tại đây.',
  consentId: 'Mã đồng ý của bạn',
  downloadRecord: 'Tải xuống hồ sơ đồng ý của tôi',
  cookieType: 'Loại',
  session: 'Phiên',
  persistent: 'Lâu dài',
  noticeTitle: 'Lựa chọn quyền riêng tư của bạn',
  noticeText: 'Trang web này sử dụng cookie. Phần tùy chọn cho biết mỗi loại dùng để làm gì.',
  optOutText: 'Chúng tôi sử dụng cookie, và một số trong đó có thể được xem là bán hoặc chia sẻ thông tin cá nhân của bạn. Bạn có thể từ chối bất cứ lúc nào.',
  doNotSell: 'Không bán hoặc chia sẻ thông tin cá nhân của tôi',
  dismiss: 'Đã hiểu',
  placeholderText: 'Nội dung này từ {service} đã bị chặn vì có thể đặt cookie.',
  placeholderLoadOnce: 'Tải một lần',
  placeholderAllow: 'Luôn cho phép',
  categories: {
    necessary: { label: 'Cookie cần thiết', description: 'Giúp trang web hoạt động an toàn và ghi nhớ lựa chọn cookie của bạn.' },
    analytical: { label: 'Cookie phân tích', description: 'Đếm lượt truy cập và cho chúng tôi biết trang web được sử dụng thế nào để cải thiện.' },
    functional: { label: 'Cookie chức năng', description: 'Ghi nhớ cài đặt của bạn và giúp video, bản đồ cùng các tính năng tương tự hoạt động.' },
    other: { label: 'Cookie khác', description: 'Dùng cho quảng cáo và được chia sẻ với đối tác, những người có thể kết hợp chúng với dữ liệu khác về bạn.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
