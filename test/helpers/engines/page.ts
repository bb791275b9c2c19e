// Waiting helpers on top of EnginePage that every engine shares.
import type { EnginePage } from './engine';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `action` (which makes the page reload itself) and resolves once a new document has
 * loaded: a marker set on the old window is gone and the new one is complete.
 */
export async function afterReload(page: EnginePage, action: () => Promise<unknown>, timeout = 10_000): Promise<void> {
  await page.evaluate(() => void ((window as unknown as { __oldDocument: boolean }).__oldDocument = true));
  await action();
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(() => !(window as unknown as { __oldDocument?: boolean }).__oldDocument && document.readyState === 'complete')) return;
    } catch {
      // The old document went away mid-call: keep asking the new one.
    }
    await sleep(50);
  }
  throw new Error(`the page did not reload within ${timeout} ms`);
}
