// Declared against found (--declared consentry.json): the cookies a site sets that its
// config does not declare (the banner is then not truthful), and the declared ones no page
// set (stale declarations). The config is read as the browser reads it (normalizeConfig,
// presets resolved): a cookie is declared by a category's or a service's `cookies`, and a
// service named by a preset id declares that preset's cookies, first- and third-party.
// Cookies that appear only after consent count as seen when the scan could give consent
// (the site runs Consentry): otherwise every gated cookie would look stale.
import { readFileSync } from 'node:fs';
import { presetService } from '../src/gate/presets';
import { normalizeConfig } from '../src/manager/validate';
import type { ConfigIssue } from '../src/types';
import type { Declared } from './classification';
import { cookieNameMatches, presetById } from './classify';
import { SetupError } from './status';
import type { Declaration, DeclaredComparison, ReportCookie } from './types';


export interface DeclaredConfig {
  path: string;
  declarations: Declaration[];
  /** Preset ids of the config's services: their third-party cookies count as declared. */
  presets: Map<string, string>;
  consentCookie: string;
  /** Categories that need no consent (necessary, and any read-only one). */
  necessary: string[];
  issues: ConfigIssue[];
}

export function readDeclared(path: string): DeclaredConfig {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new SetupError(`consentry: --declared ${path}: ${reason}`);
  }
  const { config, issues } = normalizeConfig(input, presetService);
  const declarations: Declaration[] = [];
  const presets = new Map<string, string>();
  for (const [category, entry] of Object.entries(config.categories)) {
    for (const cookie of entry.cookies ?? []) declarations.push({ name: cookie.name, category, owner: `category "${category}"` });
  }
  for (const [id, service] of Object.entries(config.services)) {
    const preset = service.preset ? presetById(service.preset) : undefined;
    if (preset) presets.set(preset.id, id);
    for (const cookie of service.cookies) declarations.push({ name: cookie.name, category: service.category, owner: `service "${id}"` });
    for (const cookie of preset?.cookies ?? []) declarations.push({ name: cookie.name, category: service.category, owner: `service "${id}"`, preset: preset!.id });
  }
  const necessary = Object.keys(config.categories).filter((name) => config.categories[name]!.readOnly);
  return { path, declarations, presets, consentCookie: config.cookie.name, necessary, issues };
}

/** The declaration a found cookie falls under, if any. */
function declarationOf(config: DeclaredConfig, cookie: { name: string; classification?: ReportCookie['classification'] }): Declaration | undefined {
  const named = config.declarations.find((declaration) => cookieNameMatches(declaration.name, cookie.name));
  if (named) return named;
  const found = cookie.classification;
  const service = found?.source === 'preset' ? config.presets.get(found.preset) : undefined;
  return service ? { name: cookie.name, category: found!.category, owner: `service "${service}"` } : undefined;
}

/** The config as a classification source: what it declares a name as. */
export const declaredSource =
  (config: DeclaredConfig): Declared =>
  (name) => {
    const declaration = config.declarations.find((candidate) => cookieNameMatches(candidate.name, name));
    return declaration && { source: 'declared', label: declaration.owner, category: declaration.category };
  };

export function compareDeclared(config: DeclaredConfig, found: ReportCookie[], afterConsent: ReportCookie[] | undefined): DeclaredComparison {
  const seen = [...found, ...(afterConsent ?? [])];
  const own = (name: string) => name === config.consentCookie;
  const undeclared = found.filter((cookie) => !own(cookie.name) && !declarationOf(config, cookie));
  // Cookies seen only after Accept all are undeclared too: the banner must list them before anyone accepts.
  for (const cookie of afterConsent ?? []) {
    const known = undeclared.some((item) => item.name === cookie.name) || found.some((item) => item.name === cookie.name);
    if (!known && !own(cookie.name) && !declarationOf(config, cookie)) undeclared.push(cookie);
  }
  // A preset documents every cookie its vendor may set; only what the config itself declares can be stale.
  const stale = config.declarations.filter((declaration) => !declaration.preset && !seen.some((cookie) => cookieNameMatches(declaration.name, cookie.name)));
  return { config: config.path, undeclared, stale, consented: afterConsent !== undefined };
}
