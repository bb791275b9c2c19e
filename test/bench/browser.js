// Chromium for the benchmark: the e2e tests' launcher (test/helpers/chromium.js), plus one
// flag so the page sees the browser as a visitor's.
import { launch as launchChromium } from '../helpers/chromium.js';

/**
 * Bench-only flag: without it `navigator.webdriver` is true and vanilla-cookieconsent's
 * default `hideFromBots` hides its banner. A visitor's browser reports false, so we do too.
 */
const LIKE_A_VISITOR = ['--disable-blink-features=AutomationControlled'];

/** Starts Chromium with every `*.test` host name resolving to this machine. */
export function launch() {
  return launchChromium(LIKE_A_VISITOR);
}

/**
 * Context options of a desktop visitor: headless Chromium says "HeadlessChrome" in its user
 * agent, which CMPs may take for a bot; the bench's contexts send "Chrome" instead.
 */
export async function visitorOptions(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const userAgent = (await page.evaluate(() => navigator.userAgent)).replace('HeadlessChrome', 'Chrome');
  await context.close();
  return { userAgent, viewport: { width: 1280, height: 800 } };
}
