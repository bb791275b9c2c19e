// Waiting for a page to settle after an action (a click, a consent), for at most a while.
import type { Page } from 'playwright-core';

/**
 * Waits until the page has made no request for half a second, or `limit` ms. (Playwright's
 * "networkidle" was reached once already, so waiting for it again returns at once.)
 */
export async function quiet(page: Page, limit: number): Promise<void> {
  const end = Date.now() + limit;
  let last = Date.now();
  const touch = () => void (last = Date.now());
  page.on('request', touch);
  page.on('requestfinished', touch);
  page.on('requestfailed', touch);
  while (Date.now() < end && Date.now() - last < 500) await new Promise((resolve) => setTimeout(resolve, 100));
  page.off('request', touch);
  page.off('requestfinished', touch);
  page.off('requestfailed', touch);
}
