// Indonesian texts: dist/i18n/id.js for the script tag, i18n/id.mjs for npm.
import type { TextOverrides } from '../../src/index';
import { PRESET_PURPOSES } from './presets/id';

export const texts: TextOverrides = {
  bannerTitle: 'Kami menggunakan cookie',
  bannerText:
    'Beberapa cookie diperlukan agar situs ini berfungsi. Sisanya hanya kami gunakan dengan persetujuan Anda, dan Anda dapat mengubah pilihan kapan saja.',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  preferences: 'Ubah preferensi',
  policyLink: 'Kebijakan cookie',
  preferencesTitle: 'Preferensi cookie',
  preferencesText: 'Pilih cookie yang boleh kami gunakan. Cookie yang dibutuhkan agar situs dapat berfungsi selalu aktif.',
  save: 'Simpan pilihan',
  close: 'Tutup',
  alwaysOn: 'Selalu aktif',
  services: 'Layanan',
  cookieName: 'Nama',
  cookieProvider: 'Penyedia',
  cookieDuration: 'Masa berlaku',
  cookiePurpose: 'Tujuan',
  cookieDetails: 'Cookie yang digunakan',
  servicePolicy: 'Kebijakan privasi',
  bannerPurposes: 'Hanya dengan persetujuan Anda: {categories}.',
  listComma: ', ',
  listAnd: ' dan ',
  noticePurposes: 'Digunakan di situs ini: {categories}.',
  gpcHonoured: 'Browser Anda mengirim sinyal Global Privacy Control, dan kami mematuhinya. Tetap nonaktif sampai Anda sendiri mengaktifkannya: {categories}.',
  gpcNone: 'Browser Anda mengirim sinyal Global Privacy Control, dan kami mematuhinya. Sinyal ini tidak memengaruhi cookie apa pun di situs ini.',
  gpcNotHonoured:
    'Browser Anda mengirim sinyal Global Privacy Control. Situs ini tidak menerapkannya secara otomatis, tetapi Anda dapat menolak cookie sendiri di sini.',
  consentId: 'ID persetujuan Anda',
  downloadRecord: 'Unduh catatan persetujuan saya',
  cookieType: 'Jenis',
  session: 'Sesi',
  persistent: 'Persisten',
  noticeTitle: 'Pilihan privasi Anda',
  noticeText: 'Situs ini menggunakan cookie. Di preferensi, Anda dapat melihat kegunaan setiap jenisnya.',
  optOutText:
    'Kami menggunakan cookie, dan sebagian di antaranya dapat dianggap sebagai penjualan atau pembagian informasi pribadi Anda. Anda dapat menolaknya kapan saja.',
  doNotSell: 'Jangan jual atau bagikan informasi pribadi saya',
  dismiss: 'Oke',
  placeholderText: 'Konten dari {service} ini diblokir karena dapat menyimpan cookie.',
  placeholderLoadOnce: 'Muat sekali',
  placeholderAllow: 'Selalu izinkan',
  categories: {
    necessary: { label: 'Cookie yang diperlukan', description: 'Menjaga situs tetap berfungsi dan aman, serta mengingat pilihan cookie Anda.' },
    analytical: { label: 'Cookie analitik', description: 'Menghitung kunjungan dan menunjukkan cara situs digunakan, agar kami dapat memperbaikinya.' },
    functional: { label: 'Cookie fungsional', description: 'Mengingat pengaturan Anda dan membuat video, peta, serta fitur serupa berfungsi.' },
    other: { label: 'Cookie lainnya', description: 'Digunakan untuk iklan dan dibagikan kepada mitra, yang dapat menggabungkannya dengan data lain tentang Anda.' },
  },
  servicePurposes: PRESET_PURPOSES,
};
