// Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi, with the local web's proxy.
import puppeteer, { type Browser } from 'puppeteer-core';
import { callSource, type Engine, type EnginePage } from './engine';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Everything through the proxy (localhost included), and none of Firefox's own traffic or upgrades. */
function prefs(proxy: string): Record<string, unknown> {
  const [host, port] = proxy.split(':') as [string, string];
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Offline machine: no remote settings, captive-portal or connectivity probes.
    'services.settings.server': 'https://remote-settings.invalid/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    // The site is http: keep it so (no HTTPS-First upgrade).
    'dom.security.https_first': false,
    'dom.security.https_first_pbm': false,
    // The fake vendors use real tracker host names: Firefox must not block them itself,
    // or a tag that fails to load would look like a tag Consentry held.
    'privacy.trackingprotection.enabled': false,
    'privacy.trackingprotection.pbmode.enabled': false,
    'privacy.trackingprotection.socialtracking.enabled': false,
    'privacy.trackingprotection.fingerprinting.enabled': false,
    'privacy.trackingprotection.cryptomining.enabled': false,
    'privacy.trackingprotection.emailtracking.enabled': false,
    'browser.contentblocking.category': 'custom',
    'network.cookie.cookieBehavior': 0,
    'browser.cache.disk.enable': false,
  };
}

export async function openFirefox(proxy: string): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: prefs(proxy),
  });
  return {
    name: 'firefox',
    async newPage(): Promise<EnginePage> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
      return {
        errors,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn) => page.evaluate(callSource(fn)) as never,
        click: (selector) => page.locator(selector).click(),
        clickInBanner: (selector) => page.locator(`#consentry-root >>> ${selector}`).click(),
        cookies: async () => (await context.cookies()).filter((cookie) => matchesPage(cookie.domain, page.url())).map((cookie) => cookie.name).sort(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Whether a cookie of `domain` is sent to `url` (host-only or a parent domain). */
function matchesPage(domain: string, url: string): boolean {
  const host = new URL(url).hostname;
  const bare = domain.replace(/^\./, '');
  return host === bare || host.endsWith('.' + bare);
}
