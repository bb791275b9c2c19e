/**
 * How the npm build loads what the gate does not hold: dynamic `import()`s, so the
 * application's bundler splits the manager, the banner and each language into chunks
 * fetched only when needed. The banner starts loading with the manager, in parallel, never
 * after it. One of the `src/` files allowed to name `banner/` (test/architecture.test.ts).
 */
import type { MountUI, StartManager } from '../consentry';
import type { TextOverrides } from '../types';

let ui: Promise<MountUI> | undefined;
export const loadUI = (): Promise<MountUI> => (ui ??= import('../../banner/index').then((module) => module.mountBanner));

export const loadManager = (): Promise<StartManager> => {
  loadUI().catch(() => {}); // reported when a view asks for it
  return import('../manager/manager').then((module) => module.startManager);
};

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
