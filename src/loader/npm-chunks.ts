/**
 * How the npm build loads what the gate does not hold: dynamic `import()`s, so the
 * application's bundler splits the manager, the banner, the debug chunk and each language
 * into chunks fetched only when needed. One of the `src/` files allowed to name `banner/`
 * (test/architecture.test.ts).
 */
import type { StartDebug } from '../debug/debug';
import type { MountUI, StartManager } from '../gate/seams';
import type { TextOverrides } from '../types';

/** `load`, started once (later calls share it); a failure lets the next call try again. */
const once = <T,>(load: () => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load().catch((error) => ((loading = undefined), Promise.reject(error))));
};

export const loadUI: () => Promise<MountUI> = once(() => import('../../banner/index').then((module) => module.mountBanner));
export const loadManager: () => Promise<StartManager> = once(() => import('../manager/manager').then((module) => module.startManager));
export const loadDebug: () => Promise<StartDebug> = once(() => import('../debug/debug').then((module) => module.startDebug));

type TextsModule = Promise<{ texts: TextOverrides }>;

// One literal import() per language: bundlers only split what they can see.
const FILES: Record<string, () => TextsModule> = {
  ar: () => import('../../banner/texts/ar'),
  bg: () => import('../../banner/texts/bg'),
  ca: () => import('../../banner/texts/ca'),
  cs: () => import('../../banner/texts/cs'),
  da: () => import('../../banner/texts/da'),
  de: () => import('../../banner/texts/de'),
  el: () => import('../../banner/texts/el'),
  es: () => import('../../banner/texts/es'),
  et: () => import('../../banner/texts/et'),
  eu: () => import('../../banner/texts/eu'),
  fa: () => import('../../banner/texts/fa'),
  fi: () => import('../../banner/texts/fi'),
  fr: () => import('../../banner/texts/fr'),
  ga: () => import('../../banner/texts/ga'),
  gl: () => import('../../banner/texts/gl'),
  he: () => import('../../banner/texts/he'),
  hi: () => import('../../banner/texts/hi'),
  hr: () => import('../../banner/texts/hr'),
  hu: () => import('../../banner/texts/hu'),
  id: () => import('../../banner/texts/id'),
  is: () => import('../../banner/texts/is'),
  it: () => import('../../banner/texts/it'),
  ja: () => import('../../banner/texts/ja'),
  ko: () => import('../../banner/texts/ko'),
  lt: () => import('../../banner/texts/lt'),
  lv: () => import('../../banner/texts/lv'),
  mt: () => import('../../banner/texts/mt'),
  nb: () => import('../../banner/texts/nb'),
  nl: () => import('../../banner/texts/nl'),
  pl: () => import('../../banner/texts/pl'),
  pt: () => import('../../banner/texts/pt'),
  'pt-br': () => import('../../banner/texts/pt-br'),
  ro: () => import('../../banner/texts/ro'),
  sk: () => import('../../banner/texts/sk'),
  sl: () => import('../../banner/texts/sl'),
  sr: () => import('../../banner/texts/sr'),
  sv: () => import('../../banner/texts/sv'),
  th: () => import('../../banner/texts/th'),
  tr: () => import('../../banner/texts/tr'),
  uk: () => import('../../banner/texts/uk'),
  vi: () => import('../../banner/texts/vi'),
  'zh-hans': () => import('../../banner/texts/zh-hans'),
  'zh-hant': () => import('../../banner/texts/zh-hant'),
};

/** The texts of a language other than English (the core asks only for codes in LANGUAGES). */
export const loadTexts = async (language: string): Promise<TextOverrides> => (await FILES[language]?.())?.texts ?? {};
