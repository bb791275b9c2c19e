/**
 * The visitor's region from the geo headers that hosts and CDNs add to requests, in the form
 * `config.region` and the loader's `data-region` take: an ISO 3166-1 country code, with its
 * ISO 3166-2 subdivision when known (`US-CA`). It reads headers only and looks nothing up.
 * The README ("On the server") gives the source of every name.
 */
import { headerValue, type HeadersLike } from './headers';

/** A header that holds the whole region (or a host's structured value), or a pair: country, then subdivision. */
export type RegionHeader = string | readonly [country: string, subdivision: string];

/** The headers read by default, in order: the first that knows the country wins. */
export const REGION_HEADERS: readonly RegionHeader[] = Object.freeze([
  ['cf-ipcountry', 'cf-region-code'], // Cloudflare
  ['x-vercel-ip-country', 'x-vercel-ip-country-region'], // Vercel
  'x-nf-geo', // Netlify
  ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'], // Amazon CloudFront
  ['client-geo-country', 'client-geo-region'], // Fastly (set in VCL from client.geo)
  'x-akamai-edgescape', // Akamai
  ['x-appengine-country', 'x-appengine-region'], // Google App Engine
  ['x-client-region', 'x-client-region-subdivision'], // Google Cloud load balancing (custom headers)
] as const);

type Parts = [country?: unknown, subdivision?: unknown];

/** Hosts that pack the location into one value. */
const STRUCTURED: Record<string, (value: string) => Parts> = {
  // Base64 of JSON: { country: { code }, subdivision: { code }, city, … }.
  'x-nf-geo'(value) {
    try {
      const geo = JSON.parse(value.startsWith('{') ? value : atob(value));
      return [geo?.country?.code, geo?.subdivision?.code];
    } catch {
      return [];
    }
  },
  // Comma-separated key=value pairs: georegion=246,country_code=US,region_code=CA,city=…
  'x-akamai-edgescape': (value) => ['country_code', 'region_code'].map((key) => value.split(',').find((pair) => pair.trim().startsWith(key + '='))?.split('=')[1]) as Parts,
};

/** Codes some hosts send when they do not know: unknown (XX, ZZ), Tor (T1), old anonymous-proxy and satellite codes. */
const UNKNOWN = ['XX', 'ZZ', 'T1', 'A1', 'A2', 'O1'];

/** The region code from `headers`, or `undefined` when none of `names` knows the country. */
export function regionFromHeaders(headers: HeadersLike, names: readonly RegionHeader[] = REGION_HEADERS): string | undefined {
  if (!Array.isArray(names)) return;
  for (const entry of names) {
    const parts: Parts = typeof entry == 'string' ? partsOf(entry, headerValue(headers, entry)) : [headerValue(headers, entry[0]), headerValue(headers, entry[1])];
    const region = regionCode(...parts);
    if (region) return region;
  }
}

function partsOf(name: string, value: string | undefined): Parts {
  if (value === undefined) return [];
  const parse = STRUCTURED[name.toLowerCase()];
  // A header of the site's own: "US" or "US-CA".
  return parse ? parse(value) : (value.split('-', 2) as Parts);
}

function regionCode(country: unknown, subdivision: unknown): string | undefined {
  const code = typeof country == 'string' ? country.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(code) || UNKNOWN.includes(code)) return;
  const part = typeof subdivision == 'string' ? subdivision.trim().toUpperCase() : '';
  // Some hosts prefix the country: "GB-ENG" (ISO 3166-2), "USCA" (Unicode CLDR, Google Cloud).
  const local = part.length > 3 && part.startsWith(code) ? part.slice(2).replace(/^-/, '') : part;
  return /^[A-Z\d]{1,3}$/.test(local) ? `${code}-${local}` : code;
}
