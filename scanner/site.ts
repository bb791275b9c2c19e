// Which hosts and cookie domains belong to the scanned site. Without a public-suffix list
// the site is the start URL's host name without a leading `www.`, with all its subdomains:
// a CDN of the site's own on another domain is reported as a third party, never hidden.

/** The site's base host name for `url`. */
export const siteOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** Is `host` (a host name, or a cookie domain with or without its leading dot) part of `site`? */
export function isFirstParty(host: string, site: string): boolean {
  const name = host.replace(/^\./, '').toLowerCase();
  return name === site || name.endsWith('.' + site) || site.endsWith('.' + name);
}
