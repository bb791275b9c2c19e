/**
 * Which host rules a URL falls under. A host name matches itself and its subdomains; a URL
 * prefix (`https://cdn.example.com/ads/`, `//cdn.example.com/ads/`) matches by prefix,
 * query string included. Pure; URLs are resolved by the caller.
 *
 * Fail closed: a request is held while ANY rule that names it is not granted, so a broken
 * or stricter entry can only hold more, never release what another entry holds.
 */
import type { ResolvedConfig } from '../types';

export interface HostRule {
  pattern: string;
  /** The category the rule holds until granted; none for hosts held for the page's life. */
  category?: string;
  /** The service the rule belongs to, if any: its own consent also releases it. */
  service?: string;
}

export function matchHosts(url: URL, rules: HostRule[]): HostRule[] {
  const { hostname, href, protocol } = url;
  return rules.filter(({ pattern }) =>
    pattern.includes('/')
      ? href.startsWith(pattern.startsWith('//') ? protocol + pattern : pattern)
      : hostname === pattern || hostname.endsWith('.' + pattern),
  );
}

/**
 * Every host the config names, as rules: `autoblock` entries, the hosts of services and
 * presets, and the hosts of entries that were invalid (held for the page's life).
 */
export function hostRules(config: Pick<ResolvedConfig, 'autoblock' | 'services' | 'heldHosts'>): HostRule[] {
  const rules: HostRule[] = config.heldHosts.map((pattern) => ({ pattern }));
  for (const category in config.autoblock) for (const pattern of config.autoblock[category]!) rules.push({ pattern, category });
  for (const service in config.services) {
    const { category, hosts } = config.services[service]!;
    for (const pattern of hosts) rules.push({ pattern, category, service });
  }
  return rules;
}
