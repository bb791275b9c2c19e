/** The presets' purposes in Indonesian, with "Anda" as the banner (banner/texts/id.ts). */
import type { LanguagePurposes } from './types';

export const purposes: LanguagePurposes = {
  name: 'Indonesian',
  written: {
    'google-analytics': 'Menghitung kunjungan dan menunjukkan kepada kami cara situs ini digunakan, agar kami dapat memperbaikinya.',
    'google-tag-manager': 'Memuat alat statistik dan alat lain yang digunakan situs ini, setelah Anda mengizinkannya.',
    'google-ads': 'Mengukur apakah iklan Google kami berhasil dan memungkinkan kami menampilkan iklan kami kepada Anda di situs lain.',
    youtube: 'Memutar video YouTube di situs ini; saat video dimuat, YouTube dapat menyimpan cookie miliknya sendiri.',
    vimeo: 'Memutar video Vimeo di situs ini; saat video dimuat, Vimeo dapat menyimpan cookie miliknya sendiri.',
    'google-maps': 'Menampilkan peta interaktif di situs ini; saat peta dimuat, Google dapat menyimpan cookie miliknya sendiri.',
    'meta-pixel': 'Mengukur apakah iklan kami di Facebook dan Instagram berhasil dan memungkinkan kami menampilkan iklan kami kepada Anda di sana.',
    'linkedin-insight': 'Mengukur apakah iklan LinkedIn kami berhasil dan memungkinkan kami menampilkan iklan kami kepada Anda di LinkedIn.',
    'tiktok-pixel': 'Mengukur apakah iklan TikTok kami berhasil dan memungkinkan kami menampilkan iklan kami kepada Anda di TikTok.',
    hotjar: 'Merekam cara Anda menggulir dan mengeklik (peta panas dan rekaman kunjungan), agar kami tahu bagian situs mana yang sulit digunakan.',
    'microsoft-clarity': 'Merekam cara Anda menggulir dan mengeklik (peta panas dan rekaman kunjungan), agar kami tahu apa yang dapat kami perbaiki.',
    'microsoft-advertising': 'Mengukur apakah iklan kami di Bing dan layanan Microsoft lainnya berhasil dan memungkinkan kami menampilkan iklan kami kepada Anda di sana.',
  },
  kinds: {
    platformAds: (b) => `Mengukur apakah iklan kami di ${b} berhasil dan memungkinkan kami menampilkan iklan kami kepada Anda di sana.`,
    retargeting: (b) => `Melalui ${b}, menampilkan iklan produk yang Anda lihat di sini saat Anda mengunjungi situs web lain.`,
    siteAds: (b) => `Menampilkan iklan dan artikel rekomendasi di situs ini melalui ${b}, yang dapat memilihnya berdasarkan minat Anda.`,
    productAnalytics: (b) => `Merekam di ${b} cara Anda menggunakan situs ini, halaman demi halaman dan klik demi klik, agar kami tahu apa yang perlu diperbaiki.`,
    statistics: (b) => `Menghitung kunjungan dengan ${b} dan menunjukkan halaman mana yang dibaca, agar kami dapat memperbaiki situs ini.`,
    audio: (b) => `Memutar audio ${b} di situs ini; saat pemutar dimuat, ${b} dapat menyimpan cookie miliknya sendiri.`,
    social: (b) => `Menampilkan tombol dan postingan ${b} untuk menyukai atau membagikan halaman kami; saat dimuat, ${b} dapat menyimpan cookie miliknya sendiri.`,
    posts: (b) => `Menampilkan postingan ${b} di situs ini; saat postingan dimuat, ${b} dapat menyimpan cookie miliknya sendiri.`,
    chat: (b) => `Memungkinkan Anda mengobrol dengan kami atau meminta bantuan melalui ${b}, dan mengingat percakapan Anda.`,
    comments: (b) => `Menampilkan komentar di bawah artikel kami dan memungkinkan Anda menulis komentar sendiri, melalui ${b}.`,
    botCheck: (b) => `Memeriksa dengan ${b} bahwa formulir di situs ini dikirim oleh manusia, bukan oleh bot.`,
    payments: (b) => `Menerima pembayaran kartu dengan aman melalui ${b} dan membantu mencegah penipuan.`,
    marketing: (b) => `Merekam di ${b} kunjungan Anda dan formulir yang Anda kirim, agar kami dapat menindaklanjuti dan memperbaiki pemasaran kami.`,
  },
};
