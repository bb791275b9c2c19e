/**
 * Which languages exist and how texts combine. English is built into the banner (and the
 * placeholder's few words into the core); other languages are files loaded on demand.
 */

/** Languages with a built-in text file. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'ar'];

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
