/**
 * From a checked config to the one in force: defaults, presets, the rules that span keys (a
 * service's or autoblock entry's category must exist), the hosts held for the page's life,
 * the mode for the region, the cookie's browser rules, and the rules that would cover
 * Consentry's own files. Pure. The validator runs it after its schema.
 */
import { defaultConfig } from '../gate/defaults';
import { matchHosts } from '../gate/hosts';
import { isObject } from '../gate/names';
import { resolveMode } from '../gate/resolve';
import type { Mode, ResolvedConfig, ResolvedService } from '../types';
import { checkCategorySet } from './category-set';
import { didYouMean } from './suggest';

type Obj = Record<string, any>;
/** A preset id → a fresh copy of its service definition (the gate owns the table and lends it). */
export type PresetLookup = (id: string) => ResolvedService | undefined;
export type Say = (path: string, text: string, level?: 'error' | 'warning') => void;

/** Google Consent Mode v2 types granted by each default category (`googleConsentMode: true`). */
export const DEFAULT_CONSENT_MODE: Record<string, string[]> = {
  analytical: ['analytics_storage'],
  functional: ['functionality_storage', 'personalization_storage'],
  other: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** Where Consentry runs: its own files' folder and the page, to name rules that would cover its own files. */
export interface Place {
  base: string;
  page: string;
}

export function resolveConfig(given: Obj, named: string[], preset: PresetLookup, say: Say, place?: Place): ResolvedConfig {
  // `$schema` is for editors (consentry.schema.json), not a setting.
  const { $schema, categories, services, autoblock, googleConsentMode, mode: modes, cookie, translations, ...rest } = given;
  const config: ResolvedConfig = Object.assign(defaultConfig(), rest);

  if (categories) {
    if (!checkCategorySet(categories, modes, say)) config.categories = { necessary: { readOnly: true, cookies: [] } };
    for (const name in categories) {
      config.categories[name] = { cookies: [], ...categories[name], readOnly: name === 'necessary' || !!categories[name].readOnly };
    }
  }
  /** Keeps the entries of `map` whose category is configured; reports the others. */
  const byCategory = (key: string, map: Obj = {}, categoryOf: (entry: any, name: string) => string = (_, name) => name) => {
    const out: Obj = {};
    for (const name in map) {
      const category = categoryOf(map[name], name);
      if (config.categories[category]) out[name] = map[name];
      else say(`config.${key}.${name}`, `"${category}" is not a configured category (${Object.keys(config.categories).join(', ')}); ignored, its hosts stay blocked${didYouMean(category, Object.keys(config.categories))}`);
    }
    return out;
  };
  const resolved: Obj = {};
  for (const id in services) resolved[id] = typeof services[id] === 'string' ? preset(services[id]) : services[id];
  config.services = byCategory('services', resolved, (service) => service.category);
  for (const id in config.services) config.services[id] = { cookies: [], hosts: [], ...config.services[id] } as ResolvedService;
  config.autoblock = byCategory('autoblock', autoblock);
  // Fail closed: a host the config names that no valid entry covers stays held for the page's life.
  const covered = new Set(Object.values(config.autoblock).flat());
  for (const id in config.services) for (const pattern of config.services[id]!.hosts) covered.add(pattern);
  config.heldHosts = [...new Set(named)].filter((pattern) => !covered.has(pattern));
  config.googleConsentMode = googleConsentMode === true ? DEFAULT_CONSENT_MODE : !!googleConsentMode && byCategory('googleConsentMode', googleConsentMode);
  // Language tags compare case-insensitively (BCP 47); keep them lower-case.
  config.language = config.language.toLowerCase();
  for (const lang in translations) config.translations[lang.toLowerCase()] = translations[lang];

  if (isObject(modes)) {
    if (!modes.default) say('config.mode.default', 'missing; "opt-in" applies where no region matches');
    config.mode = resolveMode(modes as Record<string, Mode>, config.region);
    config.modes = modes as ResolvedConfig['modes'];
  } else if (modes) config.mode = modes;

  const c = Object.assign(config.cookie, cookie);
  // Browsers refuse a __Host- cookie with a domain, another path or without Secure.
  if (/^__Host-/.test(c.name) && (c.domain || c.path !== '/' || c.secure === false)) {
    say('config.cookie', 'a "__Host-" cookie needs no domain, path "/" and secure: using those');
    delete c.domain;
    c.path = '/';
    c.secure = true;
  }
  if (c.sameSite === 'None' && c.secure === false) {
    say('config.cookie.sameSite', 'browsers refuse "None" without secure: using "Lax"');
    c.sameSite = 'Lax';
  }
  if (place) warnOwnFiles(config, services ?? {}, place, say);
  return config;
}

/**
 * Consentry never holds its own files (the gate exempts them) nor its ledger's endpoints: a
 * rule that covers them is said once, since the site may have meant something else by it.
 */
function warnOwnFiles(config: ResolvedConfig, given: Obj, { base, page }: Place, say: Say) {
  const own = [base, ...[config.record?.endpoint, config.record?.events].flatMap((url) => (url ? [new URL(url, page).href] : []))];
  const check = (path: string, pattern: string) => {
    const covered = own.find((url) => matchHosts(new URL(url), [{ pattern }])[0]);
    if (covered) say(path, `covers Consentry's own ${covered == base ? 'files' : 'ledger endpoint'} (${covered}); they are never held`, 'warning');
  };
  for (const category in config.autoblock) config.autoblock[category]!.forEach((pattern, i) => check(`config.autoblock.${category}[${i}]`, pattern));
  for (const id in config.services) config.services[id]!.hosts.forEach((pattern, i) => check(typeof given[id] == 'string' ? `config.services.${id}` : `config.services.${id}.hosts[${i}]`, pattern));
}
