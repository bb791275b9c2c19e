/**
 * Which languages exist and how texts combine. English is built into the banner (and the
 * placeholder's few words into the core); other languages are files loaded on demand.
 */

/**
 * Languages with a built-in text file (banner/texts/<code>.ts), by the lowercase code that
 * resolveLanguage() compares: `pt-br` and `zh-hans` / `zh-hant` are files of their own.
 */
// One string, split: the list ships in consentry.js, where every byte counts.
export const LANGUAGES = 'ar bg ca cs da de el es et eu fa fi fr ga gl he hi hr hu id is it ja ko lt lv mt nb nl pl pt pt-br ro sk sl sr sv th tr uk vi zh-hans zh-hant'.split(' ');

/** `over` on top of `base`, one level into nested groups (`categories.analytical`). */
export function mergeTexts<T extends object>(base: T, ...overs: object[]): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const over of overs) {
    for (const [key, value] of Object.entries(over)) {
      if (key in {}) continue; // never __proto__ or constructor
      const current = out[key];
      out[key] = value && typeof value === 'object' && current && typeof current === 'object' ? mergeTexts(current, value) : value;
    }
  }
  return out as T;
}
