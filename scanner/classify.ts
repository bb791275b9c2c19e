// Matching against the preset database (src/presets/database.ts): the same host rules as
// the gate (a host name matches itself and its subdomains, an https:// pattern is a URL
// prefix, which the scanner applies to any scheme and port so a test site on loopback is
// read like the real one) and the preset's cookie names. What no preset knows is left
// unclassified: nothing is guessed.
import { matchHosts } from '../src/gate/hosts';
import { matchCookie } from '../src/manager/cookie-names';
import { PRESETS, type Preset } from '../src/presets/database';
import type { PresetClassification } from './types';

const classification = (preset: Preset): PresetClassification => ({ source: 'preset', preset: preset.id, label: preset.label, category: preset.category });

/** The gate's own rule (src/gate/hosts.ts), so the scanner judges a URL as the gate holds it. */
const urlMatches = (pattern: string, url: URL): boolean => matchHosts(url, [{ pattern }]).length > 0;
const hostMatches = (pattern: string, host: string) => urlMatches(pattern, new URL('https://' + host));

/** The preset a request URL belongs to. */
export function presetOfUrl(url: string): Preset | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  return PRESETS.find((preset) => preset.hosts.some((pattern) => urlMatches(pattern, parsed)));
}

/** A cookie name against a declared pattern: the withdrawal's own rule (src/manager/cookie-names.ts). */
export const cookieNameMatches = matchCookie;

/** The preset a cookie belongs to: by its first-party name, by who set it, or by the vendor's own domain. */
export function presetOfCookie(cookie: { name: string; domain: string; party: 'first' | 'third'; setBy?: { url: string }[] }): Preset | undefined {
  if (cookie.party === 'first') {
    const byName = PRESETS.find((preset) => preset.cookies.some((declared) => cookieNameMatches(declared.name, cookie.name)));
    if (byName) return byName;
  }
  for (const setter of cookie.setBy ?? []) {
    const bySetter = presetOfUrl(setter.url);
    if (bySetter) return bySetter;
  }
  if (cookie.party === 'third') {
    const domain = cookie.domain.replace(/^\./, '');
    const byVendor = PRESETS.find((preset) =>
      Object.entries(preset.vendorCookies ?? {}).some(([vendor, names]) => hostMatches(vendor, domain) && names.includes(cookie.name)),
    );
    return byVendor ?? PRESETS.find((preset) => preset.hosts.some((pattern) => !pattern.includes('/') && hostMatches(pattern, domain)));
  }
  return;
}

export const classifyUrl = (url: string) => {
  const preset = presetOfUrl(url);
  return preset && classification(preset);
};

export const classifyCookie = (cookie: Parameters<typeof presetOfCookie>[0]) => {
  const preset = presetOfCookie(cookie);
  return preset && classification(preset);
};

export const presetById = (id: string) => PRESETS.find((preset) => preset.id === id);
