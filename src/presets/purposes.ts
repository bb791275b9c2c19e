/**
 * What each preset does for the site, in one plain sentence per language, as the preference
 * centre shows it. Each language's sentences are a file of their own (src/presets/purposes/,
 * English the source): the first twelve presets were written one by one; the presets added
 * with the scanner (issue 14) share a sentence by kind of service, with the brand filled in,
 * so every language stays complete when a preset is added. Brand names are never translated.
 */
import { purposes as ar } from './purposes/ar';
import { purposes as bg } from './purposes/bg';
import { purposes as ca } from './purposes/ca';
import { purposes as cs } from './purposes/cs';
import { purposes as da } from './purposes/da';
import { purposes as de } from './purposes/de';
import { purposes as el } from './purposes/el';
import { purposes as en } from './purposes/en';
import { purposes as es } from './purposes/es';
import { purposes as et } from './purposes/et';
import { purposes as eu } from './purposes/eu';
import { purposes as fa } from './purposes/fa';
import { purposes as fi } from './purposes/fi';
import { purposes as fr } from './purposes/fr';
import { purposes as ga } from './purposes/ga';
import { purposes as gl } from './purposes/gl';
import { purposes as he } from './purposes/he';
import { purposes as hi } from './purposes/hi';
import { purposes as hr } from './purposes/hr';
import { purposes as hu } from './purposes/hu';
import { purposes as id } from './purposes/id';
import { purposes as is } from './purposes/is';
import { purposes as it } from './purposes/it';
import { purposes as ja } from './purposes/ja';
import { purposes as ko } from './purposes/ko';
import { purposes as lt } from './purposes/lt';
import { purposes as lv } from './purposes/lv';
import { purposes as mt } from './purposes/mt';
import { purposes as nb } from './purposes/nb';
import { purposes as nl } from './purposes/nl';
import { purposes as pl } from './purposes/pl';
import { purposes as pt } from './purposes/pt';
import { purposes as ptBr } from './purposes/pt-br';
import { purposes as ro } from './purposes/ro';
import { purposes as sk } from './purposes/sk';
import { purposes as sl } from './purposes/sl';
import { purposes as sr } from './purposes/sr';
import { purposes as sv } from './purposes/sv';
import { purposes as th } from './purposes/th';
import { purposes as tr } from './purposes/tr';
import { purposes as uk } from './purposes/uk';
import { purposes as vi } from './purposes/vi';
import { purposes as zhHans } from './purposes/zh-hans';
import { purposes as zhHant } from './purposes/zh-hant';
import type { LanguagePurposes, ServiceKind, WrittenPreset } from './purposes/types';

/** The languages the banner ships (banner/texts/, src/i18n.ts); English is the source. */
export const LANGUAGES = [
  'en',
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'eu',
  'fa',
  'fi',
  'fr',
  'ga',
  'gl',
  'he',
  'hi',
  'hr',
  'hu',
  'id',
  'is',
  'it',
  'ja',
  'ko',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'pt-br',
  'ro',
  'sk',
  'sl',
  'sr',
  'sv',
  'th',
  'tr',
  'uk',
  'vi',
  'zh-hans',
  'zh-hant',
] as const;
export type Language = (typeof LANGUAGES)[number];
export type Purposes = Record<Language, string>;

/** Every language's sentences: leaving a language out of LANGUAGES or here is a type error. */
const BY_LANGUAGE: Record<Language, LanguagePurposes> = {
  en,
  ar,
  bg,
  ca,
  cs,
  da,
  de,
  el,
  es,
  et,
  eu,
  fa,
  fi,
  fr,
  ga,
  gl,
  he,
  hi,
  hr,
  hu,
  id,
  is,
  it,
  ja,
  ko,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  pt,
  'pt-br': ptBr,
  ro,
  sk,
  sl,
  sr,
  sv,
  th,
  tr,
  uk,
  vi,
  'zh-hans': zhHans,
  'zh-hant': zhHant,
};

/** Each language's English name, for the generated files' comments. */
export const LANGUAGE_NAMES = Object.fromEntries(LANGUAGES.map((language) => [language, BY_LANGUAGE[language].name])) as Record<Language, string>;

const inEveryLanguage = (sentence: (purposes: LanguagePurposes) => string): Purposes =>
  Object.fromEntries(LANGUAGES.map((language) => [language, sentence(BY_LANGUAGE[language])])) as Purposes;

/** The hand-written purposes of the original presets (issue 3), by preset id. */
export const WRITTEN: Readonly<Record<string, Purposes>> = Object.fromEntries(
  (Object.keys(en.written) as WrittenPreset[]).map((id) => [id, inEveryLanguage((purposes) => purposes.written[id])]),
);

type Template = (brand: string) => Purposes;
const kind =
  (name: ServiceKind): Template =>
  (brand) =>
    inEveryLanguage((purposes) => purposes.kinds[name](brand));

export const platformAds = kind('platformAds');
export const retargeting = kind('retargeting');
export const siteAds = kind('siteAds');
export const productAnalytics = kind('productAnalytics');
export const statistics = kind('statistics');
export const audio = kind('audio');
export const social = kind('social');
export const posts = kind('posts');
export const chat = kind('chat');
export const comments = kind('comments');
export const botCheck = kind('botCheck');
export const payments = kind('payments');
export const marketing = kind('marketing');
