/**
 * Which autoblock rule a URL falls under. A host name matches itself and its subdomains;
 * a URL prefix (`https://cdn.example.com/ads/`, `//cdn.example.com/ads/`) matches by prefix.
 * Pure; URLs are resolved by the caller.
 */

export interface HostRule {
  pattern: string;
  /** The category the rule holds until granted. */
  category: string;
  /** The service the rule belongs to, if any: its own consent also releases it. */
  service?: string;
}

export function matchHost(url: URL, rules: HostRule[]): HostRule | undefined {
  const { hostname, href, protocol } = url;
  return rules.find(({ pattern }) =>
    pattern.includes('/')
      ? href.startsWith(pattern.startsWith('//') ? protocol + pattern : pattern)
      : hostname === pattern || hostname.endsWith('.' + pattern),
  );
}
