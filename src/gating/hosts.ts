/**
 * Which host rules a URL falls under. A host name matches itself and its subdomains; a URL
 * prefix (`https://cdn.example.com/ads/`, `//cdn.example.com/ads/`) matches its exact host
 * and the path and query that follow, whatever the scheme or port (an `http:` or `:443`
 * copy of a held tag is the same tag). Pure; URLs are resolved by the caller.
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
  const { hostname } = url;
  const rest = url.pathname + url.search;
  return rules.filter(({ pattern }) => {
    if (!pattern.includes('/')) return hostname === pattern || hostname.endsWith('.' + pattern);
    const prefix = new URL(pattern, 'https://x');
    return hostname === prefix.hostname && rest.startsWith(prefix.pathname + prefix.search);
  });
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
