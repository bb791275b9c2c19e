/**
 * How the npm build loads the UI: dynamic `import()`s, so the application's bundler splits
 * the banner and each language into chunks fetched only when a view must show. One of the
 * two `src/` files allowed to name `banner/` (test/architecture.test.ts).
 */
import type { TextOverrides } from '../types';
import type { MountUI } from '../consentry';

export const loadUI = (): Promise<MountUI> => import('../../banner/index').then((module) => module.mountBanner);

type TextsModule = Promise<{ texts: TextOverrides }>;

// One literal import() per language: bundlers only split what they can see.
const FILES: Record<string, () => TextsModule> = {
  ar: () => import('../../banner/texts/ar'),
  de: () => import('../../banner/texts/de'),
  es: () => import('../../banner/texts/es'),
  fr: () => import('../../banner/texts/fr'),
  it: () => import('../../banner/texts/it'),
  nl: () => import('../../banner/texts/nl'),
  pl: () => import('../../banner/texts/pl'),
  pt: () => import('../../banner/texts/pt'),
};

/** The texts of a language other than English (the core asks only for codes in LANGUAGES). */
export const loadTexts = async (language: string): Promise<TextOverrides> => (await FILES[language]?.())?.texts ?? {};
