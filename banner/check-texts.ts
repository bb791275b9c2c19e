/**
 * Truthful texts: a site's `translations` must not talk about a category it does not have.
 * Two checks, run once when the UI mounts: a `categories` entry for a category that is not
 * configured (its text would never show, and usually means a typo or a removed category),
 * and any other text that names the label of a built-in category the config left out
 * ("…analytical cookies…" on a site without `analytical`). Pure: it returns the messages.
 */
import type { ResolvedConfig } from '../src/index';
import type { BannerTexts } from './texts/en';

type Translation = { categories?: Record<string, unknown> } & Record<string, unknown>;

export function textWarnings(config: ResolvedConfig, ...languages: BannerTexts[]): string[] {
  const configured = (name: string) => Object.prototype.hasOwnProperty.call(config.categories, name);
  const warnings: string[] = [];
  // Labels of the built-in categories the site left out, in every language at hand.
  const missing = languages.flatMap((texts) =>
    Object.entries(texts.categories)
      .filter(([name]) => !configured(name))
      .map(([name, { label }]) => [name, label.toLowerCase()] as const),
  );
  for (const [language, translation] of Object.entries(config.translations as Record<string, Translation>)) {
    const where = `config.translations.${language}`;
    for (const name of Object.keys(translation.categories ?? {})) {
      if (!configured(name)) warnings.push(`${where}.categories.${name}: no such category in config.categories; the site must not describe it`);
    }
    for (const [key, text] of Object.entries(translation)) {
      if (typeof text != 'string') continue;
      const named = missing.find(([, label]) => text.toLowerCase().includes(label));
      if (named) warnings.push(`${where}.${key}: names "${named[1]}", but config.categories has no "${named[0]}"`);
    }
  }
  return warnings;
}
