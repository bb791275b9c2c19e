// The proposed Consentry config: the categories in use with the cookies found in them
// (as the presets declare them, with their documented lifetimes), every service found by
// its preset id, unclassified script hosts autoblocked under `other`, and Google Consent
// Mode when a Google tag that reads it was found. A proposal for the site owner to review.
import { cookieNameMatches, presetById } from '../classify';
import type { ScanReport } from '../types';

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

export function proposeConfig(report: ScanReport): ProposedConfig {
  const categories: ProposedConfig['categories'] = {};
  const services: Record<string, string> = {};
  let consentMode = false;
  for (const service of report.services) {
    const preset = presetById(service.preset)!;
    services[service.preset] = service.preset;
    categories[preset.category] ??= {};
    if (preset.consentMode && preset.id.startsWith('google-')) consentMode = true;
    const declared = preset.cookies.filter((decl) => report.cookies.some((cookie) => cookie.service?.preset === preset.id && cookieNameMatches(decl.name, cookie.name)));
    if (declared.length) {
      const list = (categories[preset.category]!.cookies ??= []);
      for (const decl of declared) list.push({ name: decl.name, provider: preset.provider, duration: decl.duration, description: decl.purpose });
    }
  }
  const scriptHosts = report.hosts.filter((host) => !host.service && host.kinds.includes('script')).map((host) => host.host);
  const config: ProposedConfig = { categories, services };
  if (scriptHosts.length) {
    categories.other ??= {};
    config.autoblock = { other: scriptHosts };
  }
  if (consentMode) config.googleConsentMode = true;
  return config;
}
