/**
 * Truthful texts: a site's `translations` must not talk about a category it does not have.
 * Two checks, run once when the UI mounts: a `categories` entry for a category that is not
 * configured, and any other text that contains the label of a built-in category the config
 * left out ("…analytical cookies…" on a site without `analytical`). Pure: it returns the
 * messages, each naming the path in the config.
 */
import type { ResolvedConfig } from '../src/index';

/** Texts that name categories: only the labels are compared. */
type Labels = { categories: Record<string, { label: string }> };

export function textWarnings(config: ResolvedConfig, ...languages: Labels[]): string[] {
  const missing = (name: string) => !Object.prototype.hasOwnProperty.call(config.categories, name);
  const warnings: string[] = [];
  for (const [language, translation] of Object.entries(config.translations)) {
    const where = `config.translations.${language}.`;
    for (const name of Object.keys((translation.categories as object) ?? {})) {
      if (missing(name)) warnings.push(`${where}categories.${name}: no category "${name}" in config.categories`);
    }
    for (const [key, text] of Object.entries(translation)) {
      for (const texts of languages) {
        for (const [name, { label }] of Object.entries(texts.categories)) {
          if (missing(name) && typeof text == 'string' && text.toLowerCase().includes(label.toLowerCase())) warnings.push(`${where}${key}: names "${label}", but there is no category "${name}" in config.categories`);
        }
      }
    }
  }
  return [...new Set(warnings)];
}
