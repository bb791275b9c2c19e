// The banner test page, served with any config: `/banner?config=<json>&lang=…&script=…`.
// A route, not a static file, so each test states its config next to its assertions.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { serveSite, type Served } from './server';

export const NONCE = 'b4nn3r-n0nce';

/** Options a test can put in the page's URL. */
export interface PageOptions {
  config?: object;
  lang?: string;
  /** `consentry.js` (default) or `consentry.all.js`. */
  script?: string;
  /** Extra markup for the <head>: host CSS that tries to break the banner. */
  head?: string;
  /** Serve the page with a strict Content-Security-Policy that only trusts the nonce. */
  csp?: boolean;
}

export const STRICT_CSP = `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self' 'nonce-${NONCE}'; img-src 'self'; object-src 'none'; base-uri 'none'`;

async function bannerPage(req: IncomingMessage, res: ServerResponse) {
  const query = new URL(req.url!, 'http://x').searchParams;
  const vars: Record<string, string> = {
    // In a JSON <script> block only "</" could end the element early.
    config: (query.get('config') ?? '{}').replace(/<\//g, '<\\/'),
    lang: query.get('lang') ?? 'en',
    script: query.get('script') ?? 'consentry.js',
    head: query.get('head') ?? '',
    nonce: NONCE,
  };
  const html = (await readFile('test/e2e/fixtures/banner.html', 'utf8')).replace(/\{\{(\w+)\}\}/g, (_, name: string) => vars[name] ?? '');
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' };
  if (query.get('csp')) headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers).end(html);
}

/** The repository's files plus the `/banner` page. */
export const serveBannerSite = (): Promise<Served> => serveSite(process.cwd(), { routes: { '/banner': bannerPage } });

export function bannerUrl(site: Served, options: PageOptions = {}): string {
  const query = new URLSearchParams();
  if (options.config) query.set('config', JSON.stringify(options.config));
  if (options.lang) query.set('lang', options.lang);
  if (options.script) query.set('script', options.script);
  if (options.head) query.set('head', options.head);
  if (options.csp) query.set('csp', '1');
  return `${site.url}/banner?${query}`;
}

/** Selectors that pierce the shadow root (playwright's css engine does). */
export const BANNER = '[part="banner"]';
export const DIALOG = '[part="preferences"]';

/** The element that has focus, looking into shadow roots: a short description for assertions. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return null;
    // A disclosure button by the panel it controls (`x-<category>`).
    return active.getAttribute('data-action') ?? active.getAttribute('name') ?? active.getAttribute('aria-controls') ?? (active.id || active.localName);
  });

/** Presses Tab until `wanted` (see `focused`) has focus; fails after `max` presses. */
export async function tabTo(page: Page, wanted: string, { max = 30, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if ((await focused(page)) === wanted) return;
  }
  throw new Error(`Tab never reached ${wanted}; last focus: ${await focused(page)}`);
}

/** Waits until the banner's entry animation (if any) has finished, so colours are final. */
export const settled = (page: Page) =>
  page.evaluate(() => Promise.all(document.getElementById('consentry-root')?.shadowRoot?.getAnimations().map((animation) => animation.finished) ?? []));

/**
 * A first-layer choice is made after the next frame (the banner goes at once): waits until
 * the record is in force, with `method` when given.
 */
export const choiceMade = (page: Page, method?: string) =>
  page.waitForFunction((expected) => {
    const record = (window as { Consentry?: { get(): { method: string } | null } }).Consentry?.get();
    return !!record && (!expected || record.method === expected);
  }, method);
