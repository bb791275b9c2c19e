// The proposed Consentry config: a proposal for the site owner to review. Its categories
// are always the four default ones, plus any other that gated markup uses or a cookie was
// classified in: `categories` replaces the default set, so a proposal without "functional"
// would leave a gated video that the scan never saw (it was gated) with nothing to grant
// (issue 24). Then the cookies found, declared in their categories with the preset's or the
// dataset's lifetime and purpose; every service found (or named by data-service) by preset
// id; unclassified script hosts autoblocked under "other"; Google Consent Mode when a Google
// tag that reads it was found.
import { cookieNameMatches, presetById } from '../classify';
import type { ReportCookie, ScanReport } from '../types';
import { isName } from '../../src/gate/names';
import { validateConfig } from '../../src/manager/validate';
import { categoriesOf } from './describe';

interface ProposedCookie {
  name: string;
  provider: string;
  duration: string;
  description: string;
}

export interface ProposedConfig {
  categories: Record<string, { cookies?: ProposedCookie[] }>;
  services: Record<string, string>;
  autoblock?: Record<string, string[]>;
  googleConsentMode?: true;
}

/** How the cookies of one found cookie are declared: the preset's own declarations, or the dataset's entry. */
function declarations(cookie: ReportCookie): ProposedCookie[] {
  const found = cookie.classification;
  if (found?.source === 'preset') {
    const preset = presetById(found.preset)!;
    return preset.cookies
      .filter((decl) => cookieNameMatches(decl.name, cookie.name))
      .map((decl) => ({ name: decl.name, provider: preset.provider, duration: decl.duration, description: decl.purpose }));
  }
  if (found?.source === 'open-cookie-database') {
    const name = found.pattern.endsWith('*') && cookie.name.startsWith(found.pattern.slice(0, -1)) ? found.pattern : cookie.name;
    return [{ name, provider: found.controller ?? found.label, duration: found.retention ?? '', description: found.description ?? '' }];
  }
  return [];
}

export function proposeConfig(report: ScanReport): ProposedConfig {
  const presets = new Set([...report.services.map((service) => service.preset), ...report.gates.services.filter((id) => presetById(id))]);
  // A gate's name that is no valid category name (`data-consent="analytical,other"`) is the markup's mistake, not a category to propose.
  const gated = report.gates.categories.filter(isName);
  const names = categoriesOf(['necessary', 'analytical', 'functional', 'other', ...gated, ...report.cookies.map((cookie) => cookie.classification?.category)]);
  const categories: ProposedConfig['categories'] = Object.fromEntries(names.map((name) => [name, {}]));
  const services: Record<string, string> = {};
  for (const id of [...presets].sort()) {
    services[id] = id;
    categories[presetById(id)!.category] ??= {};
  }
  for (const cookie of report.cookies) {
    const category = cookie.classification?.category;
    if (!category || cookie.classification?.source === 'consentry' || cookie.classification?.source === 'declared') continue;
    for (const decl of declarations(cookie)) {
      const list = (categories[category]!.cookies ??= []);
      if (!list.some((known) => known.name === decl.name)) list.push(decl);
    }
  }
  const config: ProposedConfig = { categories, services };
  const scriptHosts = report.hosts.filter((host) => !host.classification && host.kinds.includes('script')).map((host) => host.host);
  if (scriptHosts.length) config.autoblock = { other: scriptHosts };
  if ([...presets].some((id) => id.startsWith('google-') && presetById(id)!.consentMode)) config.googleConsentMode = true;
  return withoutInvalidNames(config);
}

/** A dataset name the validator refuses as a cookie name (a space, a colon) is left out: the proposal must pass `consentry check`. */
function withoutInvalidNames(config: ProposedConfig): ProposedConfig {
  const bad = new Set(validateConfig(config).map((issue) => issue.path.match(/^config\.categories\.([\w-]+)\.cookies\[(\d+)\]/)?.slice(1).join('.')));
  for (const [category, entry] of Object.entries(config.categories)) {
    if (entry.cookies) entry.cookies = entry.cookies.filter((_, index) => !bad.has(`${category}.${index}`));
  }
  return config;
}
