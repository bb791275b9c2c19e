/**
 * The preference centre's view of each category, as plain data: its label (the first layer's
 * rule), its purpose, its services and its declared cookies as table rows. Pure.
 */
import type { CookieDecl, ResolvedConfig, TextOverrides } from '../../src/index';
import type { PresetTexts } from '../preset-texts';
import type { BannerTexts } from '../texts/en';
import { categoryLabels } from '../view-model';

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

/**
 * The categories in config order. A label or purpose comes from, first, the page's own
 * `translations` for this language, then the config, then the language file over English:
 * an explicit config label beats a built-in text, and a translation beats both.
 */
export function categoriesView(config: ResolvedConfig, texts: BannerTexts, translated: TextOverrides = {}, presets: PresetTexts = {}): CategoryView[] {
  const labels = categoryLabels(config, texts, translated);
  return Object.entries(config.categories).map(([name, category], index) => {
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
      label: labels[index]!.label,
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

