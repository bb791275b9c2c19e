// Arabic texts (Modern Standard Arabic, laid out right to left): dist/i18n/ar.js for the
// script tag, i18n/ar.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/ar';

export const texts: TextOverrides = {
  bannerTitle: 'نستخدم ملفات تعريف الارتباط',
  bannerText:
    'ملفات تعريف الارتباط الضرورية تُبقي هذا الموقع يعمل. ونودّ أيضًا استخدام ملفات تعريف الارتباط التحليلية والوظيفية وغيرها، ولكن بموافقتك فقط. يمكنك تغيير اختيارك في أي وقت.',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  preferences: 'تغيير التفضيلات',
  policyLink: 'سياسة ملفات تعريف الارتباط',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  preferencesText: 'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية مفعّلة دائمًا لأن الموقع لا يعمل من دونها.',
  save: 'حفظ الاختيارات',
  close: 'إغلاق',
  alwaysOn: 'مفعّلة دائمًا',
  services: 'الخدمات',
  cookieName: 'الاسم',
  cookieProvider: 'المزوّد',
  cookieDuration: 'المدة',
  cookiePurpose: 'الغرض',
  cookieDetails: 'ملفات تعريف الارتباط المستخدمة',
  servicePolicy: 'سياسة الخصوصية',
  gpcHonoured: 'أرسل متصفحك إشارة Global Privacy Control، لذا تبقى ملفات تعريف الارتباط الأخرى معطّلة ما لم تفعّلها بنفسك.',
  noticeTitle: 'خياراتك المتعلقة بالخصوصية',
  noticeText: 'يستخدم هذا الموقع ملفات تعريف الارتباط ليعمل، ولقياس طريقة استخدامه، ولتذكّر إعداداتك. يمكنك تغيير الملفات التي نستخدمها.',
  optOutText:
    'نستخدم ملفات تعريف الارتباط لقياس استخدام الموقع وتذكّر إعداداتك وعرض الإعلانات مع شركائنا، وقد يُعدّ ذلك بيعًا لمعلوماتك الشخصية أو مشاركةً لها. يمكنك الاعتراض على ذلك في أي وقت.',
  doNotSell: 'عدم بيع معلوماتي الشخصية أو مشاركتها',
  dismiss: 'حسنًا',
  placeholderText: 'هذا المحتوى من {service} محجوب لأنه قد يضع ملفات تعريف الارتباط.',
  placeholderLoadOnce: 'تحميل مرة واحدة',
  placeholderAllow: 'السماح دائمًا',
  categories: {
    necessary: { label: 'ملفات تعريف الارتباط الضرورية', description: 'تُبقي الموقع يعمل بأمان وتحفظ اختياراتك بشأن ملفات تعريف الارتباط.' },
    analytical: { label: 'ملفات تعريف الارتباط التحليلية', description: 'تحصي الزيارات وتبيّن لنا كيف يُستخدم الموقع لنتمكّن من تحسينه.' },
    functional: { label: 'ملفات تعريف الارتباط الوظيفية', description: 'تتذكّر إعداداتك وتُشغّل ميزات مثل مقاطع الفيديو والخرائط.' },
    other: { label: 'ملفات تعريف الارتباط الأخرى', description: 'تُستخدم للإعلانات وتُشارَك مع شركاء قد يجمعونها مع بيانات أخرى عنك.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
