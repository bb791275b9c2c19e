// Debian's Chromium through playwright-core, started exactly as test/helpers/browser.ts starts
// it for the e2e tests (that file is TypeScript, which Node 20 cannot load without a build).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Bench-only flag: without it `navigator.webdriver` is true and vanilla-cookieconsent's
 * default `hideFromBots` hides its banner. A visitor's browser reports false, so we do too.
 */
const LIKE_A_VISITOR = ['--disable-blink-features=AutomationControlled'];

/** Starts Chromium with every `*.test` host name resolving to this machine. */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [...QUIET, '--host-resolver-rules=MAP *.test 127.0.0.1', ...LIKE_A_VISITOR],
  });
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
