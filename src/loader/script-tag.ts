/**
 * Entry of `dist/consentry.js`, the script-tag build: reads the page's config, starts the
 * gate as `window.Consentry` (the one global Consentry defines), and loads the manager, the
 * banner, the preference centre, the presets' texts and language files from its own folder,
 * each only when a visit needs it, with the page's nonce.
 */
import type { StartDebug } from '../debug/debug';
import { browserEnv } from '../gate/env';
import { startGate, type GateOptions } from '../gate/gate';
import { createLog } from '../gate/log';
import type { MountUI, StartManager } from '../gate/seams';
import type { Consentry, ResolvedConfig, TextOverrides } from '../types';
import { loadScript } from './load-script';
import { readScriptConfig } from './read-config';

declare global {
  // The one global Consentry defines (the test helpers declare it the same way).
  var Consentry: Consentry | undefined;
}

/** What a chunk of this build hands over: the banner's mount takes the loaders of the parts it fetches later. */
export type MountBanner = (cmp: Consentry, parts: { preferences?: () => Promise<unknown>; presets?: () => Promise<unknown> }) => ReturnType<MountUI>;

/** Starts Consentry for a script tag; `bundled` holds the manager and the UI when they are in the same file (consentry.all.js). */
export function startScriptTag(bundled?: { manager: StartManager; mountUI: MountUI }) {
  const env = browserEnv()!;
  const log = createLog();
  const current = env.doc.currentScript;
  // `currentScript` can be clobbered by an element named "currentScript": check its type.
  const loader = current instanceof env.win.HTMLScriptElement ? current : null;
  if (env.win.Consentry) return log('warn', 'consentry.js is included twice; the second copy does nothing');
  const base = new URL('.', loader?.src || env.doc.baseURI).href;
  let input: unknown = {};
  try {
    input = readScriptConfig(env, loader, log);
  } catch (error) {
    log('error', 'the configuration could not be read; using the default configuration', error);
  }
  const nonce = (input as { nonce?: unknown } | null)?.nonce;
  /** A chunk of this build, fetched once; a failed fetch is tried again on the next request. */
  const chunk = <T,>(file: string, event: string, accept: (detail: any) => T | undefined = (detail) => detail) =>
    once(() => loadScript<T>(env, base + file, typeof nonce == 'string' ? nonce : loader?.nonce || undefined, 'consentry:' + event, accept));
  const fetchManager = chunk<StartManager>('consentry-manager.js', 'manager');
  const fetchBanner = chunk<MountBanner>('consentry-banner.js', 'banner');
  const fetchPreferences = chunk<unknown>('consentry-preferences.js', 'preferences');
  const fetchPresets = chunk<unknown>('consentry-presets.js', 'presets');
  const texts: Record<string, () => Promise<TextOverrides>> = {};
  const usesPresets = ({ services }: ResolvedConfig) => Object.values(services).some((service) => service.preset);
  const ignore = () => {};

  const options: GateOptions = {
    env,
    base,
    manager: bundled?.manager,
    loadManager: fetchManager,
    loadUI: (config) =>
      bundled ? Promise.resolve(bundled.mountUI) : fetchBanner().then((mount) => (cmp: Consentry) => mount(cmp, { preferences: fetchPreferences, presets: usesPresets(config) ? fetchPresets : undefined })),
    // What a view needs starts coming at once, in parallel with the manager.
    prefetch(view, config) {
      if (bundled) return;
      fetchBanner().catch(ignore);
      if (view != 'preferences') return;
      fetchPreferences().catch(ignore);
      if (usesPresets(config)) fetchPresets().catch(ignore);
    },
    loadDebug: chunk<StartDebug>('consentry-debug.js', 'debug'),
    loadTexts: (language) => (texts[language] ??= chunk<TextOverrides>(`i18n/${language}.js`, 'texts', (detail) => (detail?.language == language ? detail.texts : undefined)))(),
  };
  // The loader always stands up: a config that breaks the start gets the embedded default
  // (which grants nothing), and the page still has window.Consentry.
  try {
    env.win.Consentry = startGate(input, options);
  } catch (error) {
    log('error', 'the configuration could not be used; using the default configuration', error);
    env.win.Consentry = startGate(loader?.nonce ? { nonce: loader.nonce } : {}, options);
  }
}

/** `load`, called once: later calls share its promise, and a failure lets the next call try again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error) => {
      loading = undefined;
      throw error;
    }));
}
