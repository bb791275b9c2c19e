/**
 * How texts combine: a language file, then the page's `translations`, over built-in English.
 * Pure; the one owner of text merging (the banner imports it through the public entry).
 */

/** `overs` on top of `base`, nested groups (`categories.analytical`) merged key by key; never `__proto__` or `constructor`. */
export function mergeTexts<T extends object>(base: T, ...overs: object[]): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const over of overs) {
    for (const [key, value] of Object.entries(over)) {
      if (key in {}) continue;
      const current = out[key];
      out[key] = value && typeof value == 'object' && current && typeof current == 'object' ? mergeTexts(current, value) : value;
    }
  }
  return out as T;
}
