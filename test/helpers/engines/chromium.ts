// Chromium: Debian's build through playwright-core (see ../chromium.js), with the local web's proxy.
import type { Browser } from 'playwright-core';
import { launch } from '../chromium.js';
import { callSource, type Engine, type EnginePage } from './engine';

export async function openChromium(proxy: string): Promise<Engine> {
  const browser: Browser = await launch([`--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors']);
  return {
    name: 'chromium',
    async newPage(): Promise<EnginePage> {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return {
        errors,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn) => page.evaluate(callSource(fn)),
        click: (selector) => page.locator(selector).first().click(),
        // Playwright's CSS engine pierces open shadow roots.
        clickInBanner: (selector) => page.locator(`#consentry-root ${selector}`).first().click(),
        cookies: async () => (await context.cookies(page.url())).map((cookie) => cookie.name).sort(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
