/**
 * What the banner shows, as plain data: texts merged over English, the writing direction,
 * and each category with its services and cookie rows. Pure: no DOM, no instance.
 */
import { mergeTexts, type CookieDecl, type ResolvedConfig, type TextOverrides } from '../src/index';
import type { PresetTexts } from './preset-texts';
import type { BannerTexts, FirstLayerTexts, PreferencesTexts } from './texts/en';

export interface CookieRow {
  name: string;
  provider: string;
  duration: string;
  /** Whether it outlives the browser session; unknown when the config gives no duration. */
  kind: 'session' | 'persistent' | '';
  purpose: string;
}

export interface ServiceView {
  id: string;
  label: string;
  purpose: string;
  policyUrl?: string;
}

export interface CategoryView {
  name: string;
  label: string;
  description: string;
  readOnly: boolean;
  services: ServiceView[];
  cookies: CookieRow[];
}

/** English's two halves as one (banner/texts/en.ts): a category's label and description side by side. */
export const joinTexts = (first: FirstLayerTexts, more: PreferencesTexts): BannerTexts => ({
  ...first,
  ...more,
  categories: Object.fromEntries(Object.entries(first.categories).map(([name, { label }]) => [name, { label, description: more.categories[name]?.description ?? '' }])),
});

/** Right to left for Arabic, Hebrew, Persian and Urdu; any region subtag. */
export const textDirection = (language: string) => (/^(ar|he|fa|ur)\b/i.test(language) ? 'rtl' : 'ltr');

/**
 * The categories in config order. A label or purpose comes from, first, the page's own
 * `translations` for this language, then the config, then the language file over English:
 * an explicit config label beats a built-in text, and a translation beats both.
 */
export function categoriesView(config: ResolvedConfig, texts: BannerTexts, translated: TextOverrides = {}, presets: PresetTexts = {}): CategoryView[] {
  return Object.entries(config.categories).map(([name, category]) => {
    const own = translated.categories?.[name];
    const builtIn = texts.categories[name];
    const services: ServiceView[] = [];
    const cookies = category.cookies.map((cookie) => row(cookie, ''));
    for (const [id, service] of Object.entries(config.services)) {
      if (service.category != name) continue;
      const preset = service.preset ? presets[service.preset] : undefined;
      const label = service.label ?? preset?.label ?? id;
      services.push({
        id,
        label,
        purpose: service.description ?? texts.servicePurposes?.[service.preset!] ?? preset?.purpose ?? '',
        policyUrl: service.url ?? preset?.policyUrl,
      });
      // A preset service's cookies come with its definition; the preset's texts describe them.
      for (const cookie of service.cookies) cookies.push(row(cookie, preset?.provider ?? label, preset?.cookies[cookie.name]));
    }
    return {
      name,
      label: own?.label ?? category.label ?? builtIn?.label ?? name,
      description: own?.description ?? category.description ?? builtIn?.description ?? '',
      readOnly: category.readOnly,
      services,
      cookies,
    };
  });
}

/** A table row: what the config says, else the preset's text, else blank. */
const row = (cookie: CookieDecl, provider: string, text?: { duration: string; purpose: string }): CookieRow => {
  const duration = cookie.duration ?? text?.duration ?? '';
  return {
    name: cookie.name,
    provider: cookie.provider ?? provider,
    duration,
    // A duration that says "session" (in any casing) is one; any other duration outlives it.
    kind: duration ? (/session/i.test(duration) ? 'session' : 'persistent') : '',
    purpose: cookie.description ?? text?.purpose ?? '',
  };
};

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
export function gpcNotice(t: BannerTexts, categories: CategoryView[], honoured: boolean, signal: boolean): string {
  if (!signal) return '';
  if (!honoured) return t.gpcNotHonoured;
  const off = categories.filter((category) => category.name == GPC_CATEGORY).map((category) => category.label);
  return off[0] ? t.gpcHonoured.replace('{categories}', listOf(t, off)) : t.gpcNone;
}


export { mergeTexts };
