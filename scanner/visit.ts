// One page, in a fresh browser context (no cookies, no storage, no consent): every request
// to another site, every cookie with who set it, every storage key, the same-site links.
// Bounded in time: navigation has `timeout`, the page then settles for at most `settle`.
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { quiet } from './quiet';
import { parseConsent } from '../src/gate/expression';
import { isFirstParty, siteOf } from './site';
import type { CookieSetter, PageVisit, RequestKind, SeenCookie, SeenRequest, SeenStorage } from './types';

export interface VisitOptions {
  timeout: number;
  settle: number;
  /** A PNG of the viewport, when asked for. */
  screenshot?: boolean;
  /** After recording, click Accept all (on a site running Consentry) and record the cookies then. */
  acceptAll?: boolean;
}

/**
 * Records document.cookie writes with the script that made them, from the stack: the first
 * http(s) URL in it. Runs before any page script, in every frame.
 */
const COOKIE_SPY = `(() => {
  const d = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!d || !d.set) return;
  const log = [];
  Object.defineProperty(window, '__consentryScanCookies', { value: log });
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: d.enumerable,
    get() { return d.get.call(this); },
    set(value) {
      try {
        const url = ((new Error().stack || '').match(/https?:\\/\\/[^\\s)]+?(?=:\\d+:\\d+)/) || [])[0];
        log.push([String(value).split('=')[0].trim(), url || location.href]);
      } catch {}
      d.set.call(this, value);
    },
  });
})();`;

function kindOf(request: Request): RequestKind {
  const type = request.resourceType();
  if (type === 'document') return 'iframe';
  if (type === 'xhr' || type === 'fetch' || type === 'eventsource') return 'fetch';
  if (type === 'ping') return 'beacon';
  if (type === 'script' || type === 'image' || type === 'stylesheet' || type === 'font' || type === 'media' || type === 'websocket') return type;
  return 'other';
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** A Set-Cookie header as a cookie: name, domain (the response's host unless it names one), path, lifetime. */
export function parseSetCookie(header: string, responseUrl: string): Omit<SeenCookie, 'party'> {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const cookie: Omit<SeenCookie, 'party'> = { name: pair.split('=')[0]!.trim(), domain: new URL(responseUrl).hostname, path: '/' };
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
    const name = key.toLowerCase();
    if (name === 'domain' && value) cookie.domain = value.startsWith('.') ? value : '.' + value;
    else if (name === 'path' && value) cookie.path = value;
    else if (name === 'max-age' && /^-?\d+$/.test(value)) cookie.lifetimeSeconds = Math.max(0, Number(value));
    else if (name === 'expires' && cookie.lifetimeSeconds === undefined && !Number.isNaN(Date.parse(value)))
      cookie.lifetimeSeconds = Math.max(0, Math.round((Date.parse(value) - Date.now()) / 1000));
  }
  return cookie;
}

export async function visitPage(browser: Browser, url: string, depth: number, options: VisitOptions): Promise<PageVisit & { screenshot?: Buffer }> {
  const site = siteOf(url);
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests: SeenRequest[] = [];
  const setters = new Map<string, CookieSetter[]>();
  const addSetter = (name: string, setter: CookieSetter) => {
    const list = setters.get(name) ?? [];
    if (!list.some((known) => known.url === setter.url && known.via === setter.via)) list.push(setter);
    setters.set(name, list);
  };
  const headerCookies: (Omit<SeenCookie, 'party'> & { url: string })[] = [];
  const visit: PageVisit & { screenshot?: Buffer } = { url, depth, cookies: [], requests, storage: [], links: [], gates: { categories: [], services: [] } };
  // A page that hangs past its time (a script in a loop) is cut off: closing the context ends every wait.
  const cutOff = setTimeout(() => void context.close().catch(() => {}), options.timeout + options.settle * (options.acceptAll ? 2 : 1) + 5000);
  let recording = true;
  try {
    await context.addInitScript(COOKIE_SPY);
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!recording) return;
      const target = new URL(request.url());
      if (!/^(https?|wss?):$/.test(target.protocol)) return;
      if (request.resourceType() === 'document' && request.frame() === page.mainFrame()) return;
      if (isFirstParty(target.hostname, site)) return;
      requests.push({ url: request.url(), host: target.hostname, kind: kindOf(request) });
    });
    page.on('websocket', (socket) => {
      if (!recording) return;
      const target = new URL(socket.url());
      if (!isFirstParty(target.hostname, site)) requests.push({ url: socket.url(), host: target.hostname, kind: 'websocket' });
    });
    page.on('response', async (response) => {
      try {
        for (const header of await response.headersArray()) {
          if (header.name.toLowerCase() !== 'set-cookie') continue;
          addSetter(header.value.split('=')[0]!.trim(), { via: 'header', url: response.url() });
          if (!isFirstParty(new URL(response.url()).hostname, site)) headerCookies.push({ ...parseSetCookie(header.value, response.url()), url: response.url() });
        }
      } catch {
        // The page closed before the headers could be read.
      }
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout });
    if (response && response.status() >= 400) visit.error = `HTTP ${response.status()}`;
    await page.waitForLoadState('networkidle', { timeout: options.settle }).catch(() => {});
    const landed = withoutHash(page.url());
    if (landed !== url && /^https?:/.test(landed)) [visit.url, visit.requested] = [landed, url];
    visit.title = await page.title().catch(() => undefined);
    for (const frame of page.frames()) {
      const found = await frame
        .evaluate(() => {
          const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, index) => storage.key(index)!);
          const spied = (window as unknown as { __consentryScanCookies?: [string, string][] }).__consentryScanCookies ?? [];
          let local: string[] = [];
          let session: string[] = [];
          try {
            local = keys(localStorage);
            session = keys(sessionStorage);
          } catch {
            // Storage refused (a sandboxed frame).
          }
          const gated = (name: string) => Array.from(document.querySelectorAll(`[${name}]`), (element) => element.getAttribute(name)!);
          // self.origin, not location.origin: an about:blank frame (a gated iframe) shares its parent's origin and storage, while its location says "null".
          return { origin: self.origin, local, session, spied, consent: gated('data-consent'), service: gated('data-service') };
        })
        .catch(() => undefined);
      if (!found) continue;
      const store = (area: SeenStorage['area'], key: string) => {
        if (!visit.storage.some((item) => item.area === area && item.origin === found.origin && item.key === key)) visit.storage.push({ area, origin: found.origin, key });
      };
      if (found.origin !== 'null') for (const key of found.local) store('local', key);
      if (found.origin !== 'null') for (const key of found.session) store('session', key);
      for (const attribute of found.consent) {
        const { need, refuse } = parseConsent(attribute);
        for (const name of [...need, ...refuse]) if (!visit.gates.categories.includes(name)) visit.gates.categories.push(name);
      }
      for (const name of found.service) if (name && !visit.gates.services.includes(name)) visit.gates.services.push(name);
      for (const [name, scriptUrl] of found.spied) addSetter(name, { via: 'script', url: scriptUrl });
    }
    visit.links = await page
      .$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
      .then((links) => [...new Set(links.map(withoutHash))].filter((link) => /^https?:/.test(link) && isFirstPartyUrl(link)))
      .catch(() => []);
    if (options.screenshot) visit.screenshot = await page.screenshot({ type: 'png' }).catch(() => undefined);
    visit.cookies = await readCookies();
    if (options.acceptAll) {
      // What loads after consent is not part of the scan; only its cookies are, for --declared.
      recording = false;
      const accepted = await page.evaluate(() => {
        const cmp = (window as unknown as { Consentry?: { acceptAll?: () => void } }).Consentry;
        if (typeof cmp?.acceptAll !== 'function') return false;
        cmp.acceptAll();
        return true;
      }).catch(() => false);
      if (accepted) {
        await quiet(page, options.settle);
        visit.afterConsent = await readCookies();
      }
    }
  } catch (error) {
    visit.error = (error as Error).message.split('\n')[0];
  } finally {
    clearTimeout(cutOff);
    await context.close().catch(() => {});
  }
  return visit;

  /** The browser's cookies, and the third-party ones it refused from the vendors' Set-Cookie headers. */
  async function readCookies(): Promise<SeenCookie[]> {
    const now = Date.now() / 1000;
    const cookies: SeenCookie[] = [];
    for (const cookie of await context.cookies()) {
      const seen: SeenCookie = { name: cookie.name, domain: cookie.domain, path: cookie.path, party: isFirstParty(cookie.domain, site) ? 'first' : 'third' };
      if (cookie.expires > 0) seen.lifetimeSeconds = Math.max(0, Math.round(cookie.expires - now));
      const setBy = setters.get(cookie.name);
      cookies.push(setBy ? { ...seen, setBy } : seen);
    }
    const stored = (name: string, domain: string) => cookies.some((cookie) => cookie.name === name && cookie.domain.replace(/^\./, '') === domain.replace(/^\./, ''));
    for (const { url: from, ...cookie } of headerCookies) {
      if (!stored(cookie.name, cookie.domain)) cookies.push({ ...cookie, party: 'third', setBy: [{ via: 'header', url: from }], refused: true });
    }
    return cookies;
  }

  function isFirstPartyUrl(link: string) {
    return isFirstParty(new URL(link).hostname, site);
  }
}
