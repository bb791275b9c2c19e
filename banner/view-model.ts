/**
 * What the first layer shows, as plain data: texts merged over English, the writing
 * direction, the categories by their labels, what to say about Global Privacy Control.
 * Pure: no DOM, no instance. (The preference centre's fuller view of each category, with
 * its services and cookie rows, is banner/preferences/categories.ts.)
 */
import { mergeTexts, type ResolvedConfig, type TextOverrides } from '../src/index';
import type { BannerTexts, FirstLayerTexts, PreferencesTexts } from './texts/en';

/** English's two halves as one (banner/texts/en.ts): a category's label and description side by side. */
export const joinTexts = (first: FirstLayerTexts, more: PreferencesTexts): BannerTexts => ({
  ...first,
  ...more,
  categories: Object.fromEntries(Object.entries(first.categories).map(([name, { label }]) => [name, { label, description: more.categories[name]?.description ?? '' }])),
});

/** Right to left for Arabic, Hebrew, Persian and Urdu; any region subtag. */
export const textDirection = (language: string) => (/^(ar|he|fa|ur)\b/i.test(language) ? 'rtl' : 'ltr');

/** A category as the first layer names it. */
export interface CategoryLabel {
  name: string;
  label: string;
  readOnly: boolean;
}

/**
 * A category's visible name: first the page's own `translations` for this language, then the
 * config, then the language file over English, then its name. The one owner of that order
 * (the preference centre's categories take their labels from here).
 */
export const categoryLabels = ({ categories }: ResolvedConfig, texts: BannerTexts, translated: TextOverrides = {}): CategoryLabel[] =>
  Object.entries(categories).map(([name, { label, readOnly }]) => ({ name, label: translated.categories?.[name]?.label ?? label ?? texts.categories[name]?.label ?? name, readOnly }));

/**
 * Labels joined the way the language lists things ("A, B and C"), with the language file's
 * own words: `Intl.ListFormat` would cost the first render tens of milliseconds (its data
 * loads on first use).
 */
export const listOf = (t: Pick<BannerTexts, 'listComma' | 'listAnd'>, labels: string[]): string =>
  labels.length < 2 ? labels.join('') : labels.slice(0, -1).join(t.listComma) + t.listAnd + labels.at(-1);

/** SPEC §6: the category Global Privacy Control keeps off. */
const GPC_CATEGORY = 'other';

/**
 * What the views say about Global Privacy Control: nothing without the signal; else whether
 * the config honours it and, if so, which configured category it keeps off (by its label).
 */
export function gpcNotice(t: BannerTexts, categories: CategoryLabel[], honoured: boolean, signal: boolean): string {
  if (!signal) return '';
  if (!honoured) return t.gpcNotHonoured;
  const off = categories.filter((category) => category.name == GPC_CATEGORY).map((category) => category.label);
  return off[0] ? t.gpcHonoured.replace('{categories}', listOf(t, off)) : t.gpcNone;
}


export { mergeTexts };
