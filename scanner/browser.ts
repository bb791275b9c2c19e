// The browser: the system's Chromium (CHROMIUM_PATH, else /usr/bin/chromium) driven by
// playwright-core, this package's one dependency (the SDK, consentry, has none of it). Both
// are checked before anything else runs, with a message that says how to fix what is missing.
import { accessSync, constants } from 'node:fs';
import type { Browser } from 'playwright-core';
import { SetupError } from './status';

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags for a quiet headless start; CONSENTRY_CHROMIUM_ARGS adds more (space-separated), e.g. a proxy or host mapping. */
function flags(): string[] {
  const extra = (process.env.CONSENTRY_CHROMIUM_ARGS ?? '').split(/\s+(?=--)/).filter(Boolean);
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...extra,
  ];
}

export async function launchBrowser(): Promise<Browser> {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new SetupError(
      `consentry: no Chromium at ${path}. Install one (Debian/Ubuntu: sudo apt-get install chromium) ` +
        `or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new SetupError('consentry: the scanner needs playwright-core, its dependency, to drive Chromium: reinstall consentry-scan (npm install --save-dev consentry-scan)');
  }
  try {
    return await playwright.chromium.launch({ executablePath: path, headless: true, args: flags() });
  } catch (error) {
    throw new SetupError(`consentry: Chromium at ${path} did not start (set CHROMIUM_PATH to another one): ${(error as Error).message.split('\n')[0]}`);
  }
}
