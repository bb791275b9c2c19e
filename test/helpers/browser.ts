// Debian's Chromium, driven by playwright-core (its own browser download is not available here).
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep a headless start fast on a machine with no outside network. */
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

/** Starts Chromium with every `*.test` host name resolving to this machine. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Real browsers keep pages in the back/forward cache; Consentry must handle restores.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [...QUIET, '--host-resolver-rules=MAP *.test 127.0.0.1', ...extraArgs],
  });
}
