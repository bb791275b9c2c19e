// @ts-check
// Debian's Chromium, driven by playwright-core (its own browser download is not available
// here): one launcher for the e2e tests and the benchmark. Plain JavaScript, so the bench can
// run under Node without a build.
import { chromium } from 'playwright-core';

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
export function launch(/** @type {string[]} */ extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Real browsers keep pages in the back/forward cache; Consentry must handle restores.
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: [...QUIET, '--host-resolver-rules=MAP *.test 127.0.0.1', ...extraArgs],
  });
}
