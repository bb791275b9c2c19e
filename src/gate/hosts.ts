/**
 * Which host rules a URL falls under: the one owner of host matching, shared by the gate,
 * debug mode and the scanner. A host name matches itself and its subdomains, whatever the
 * scheme or port; a URL prefix (`https://cdn.example.com/ads/`, `//cdn.example.com/ads/`)
 * matches its exact host and the path and query that follow, and with a port
 * (`http://127.0.0.1:8081/`) that port only. Pure; URLs are resolved by the caller.
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

export function matchHosts(url: URL, rules: readonly HostRule[]): HostRule[] {
  const { hostname } = url;
  return rules.filter(({ pattern }) => {
    if (!pattern.includes('/')) return hostname == pattern || hostname.endsWith('.' + pattern);
    const prefix = new URL(pattern, 'https://x');
    return hostname == prefix.hostname && (!prefix.port || prefix.port == url.port) && (url.pathname + url.search).startsWith(prefix.pathname + prefix.search);
  });
}

/**
 * Every host the config names, as rules: the hosts of entries that were invalid (held for
 * the page's life), `autoblock` entries, and the hosts of services and presets.
 */
export function hostRules(config: Pick<ResolvedConfig, 'autoblock' | 'services' | 'heldHosts'>): HostRule[] {
  const rules: HostRule[] = config.heldHosts.map((pattern) => ({ pattern }));
  for (const category in config.autoblock) for (const pattern of config.autoblock[category]!) rules.push({ pattern, category });
  for (const service in config.services) for (const pattern of config.services[service]!.hosts) rules.push({ pattern, category: config.services[service]!.category, service });
  return rules;
}
