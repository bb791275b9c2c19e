/**
 * Entry of `dist/consentry.js`, the script tag build: reads the page's config, creates the
 * instance as `window.Consentry` (the one global Consentry defines) and loads the banner
 * chunk from its own directory only when the banner has to be shown.
 */
import { readScriptConfig } from '../config/read';
import { createInstance } from '../consentry';
import { browserEnv } from '../env';
import { createLog } from '../log';
import type { Consentry } from '../types';
import { loadBannerScript } from './load-banner-script';

declare global {
  // The one global Consentry defines (the test helpers declare it the same way).
  var Consentry: Consentry | undefined;
}

const env = browserEnv()!;
const log = createLog();
const current = env.doc.currentScript;
// `currentScript` can be clobbered by an element named "currentScript": check its type.
const loader = current instanceof env.win.HTMLScriptElement ? current : null;

if (env.win.Consentry) {
  log('warn', 'consentry.js is included twice; the second copy does nothing');
} else {
  const config = readScriptConfig(env, loader, log);
  const base = loader?.src || env.doc.baseURI;
  env.win.Consentry = createInstance(config, {
    env,
    loadUI: ({ nonce }) => loadBannerScript(env, new URL('consentry-banner.js', base).href, nonce),
  });
}
