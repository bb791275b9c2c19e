/**
 * Entry of `dist/consentry.js`, the script tag build: reads the page's config, creates the
 * instance as `window.Consentry` (the one global Consentry defines), and loads the banner
 * chunk and language files from its own directory only when they are needed.
 */
import { readScriptConfig } from '../config/read';
import { createInstance, type InstanceOptions, type MountUI, type StartManager } from '../consentry';
import { browserEnv } from '../env';
import { createLog } from '../log';
import type { Consentry, ResolvedConfig, TextOverrides } from '../types';
import { loadScript } from './load-script';
import type { mountBanner } from './manager-chunk';
import { SHARED } from './shared';

declare global {
  // The one global Consentry defines (the test helpers declare it the same way).
  var Consentry: Consentry | undefined;
}

/** Starts Consentry for a script tag; the manager and `mountUI` are given when they are in the same file. */
export function startScriptTag(manager?: StartManager, mountUI?: MountUI) {
  const env = browserEnv()!;
  const log = createLog();
  const current = env.doc.currentScript;
  // `currentScript` can be clobbered by an element named "currentScript": check its type.
  const loader = current instanceof env.win.HTMLScriptElement ? current : null;
  if (env.win.Consentry) return log('warn', 'consentry.js is included twice; the second copy does nothing');
  const base = loader?.src || env.doc.baseURI;
  const chunkUrl = (file: string) => new URL(file, base).href;
  let input: unknown = {};
  try {
    input = readScriptConfig(env, loader, log);
  } catch (error) {
    log('error', 'the configuration could not be read; using the default configuration', error);
  }
  // The manager and the banner come in one chunk, fetched once, when the gate needs either.
  let chunk: Promise<{ startManager: StartManager; mountBanner: typeof mountBanner }> | undefined;
  const managerChunk = (nonce?: string) =>
    (chunk ??= loadScript(env, chunkUrl('consentry-banner.js'), nonce, 'consentry:manager', (factory) => (typeof factory === 'function' ? factory(SHARED) : undefined)));
  const texts: Record<string, () => Promise<TextOverrides>> = {};
  // The preference centre's chunk, fetched once (it borrows the banner's modules when it
  // runs). The gate asks for it beside the banner chunk when a visit opens the preference
  // centre first (a footer link); a failed fetch is tried again on the next request.
  const fetchPreferences = once((nonce?: string) =>
    loadScript(env, chunkUrl('consentry-preferences.js'), nonce, 'consentry:preferences', (factory) => (typeof factory === 'function' ? (factory as (shared: unknown) => unknown) : undefined)),
  );
  // The presets' texts are a file of their own, fetched only by configs that use a preset, with the preference centre.
  const fetchPresets = once((nonce?: string) => loadScript(env, chunkUrl('consentry-presets.js'), nonce, 'consentry:presets', (texts) => texts));
  const options: InstanceOptions = {
    env,
    manager,
    loadManager: () => managerChunk(nonceOf(input, loader)).then((loaded) => loaded.startManager),
    loadUI: ({ nonce, services }) => {
      if (mountUI) return Promise.resolve(mountUI);
      const presets = usesPresets(services) ? () => fetchPresets(nonce) : undefined;
      const preferences = (shared: unknown) => fetchPreferences(nonce).then((factory) => factory(shared));
      return managerChunk(nonce).then(({ mountBanner }) => (cmp) => mountBanner(cmp, presets, preferences));
    },
    prefetch(view, { nonce = nonceOf(input, loader), services }) {
      if (view !== 'preferences') return;
      fetchPreferences(nonce).catch(() => {});
      if (usesPresets(services)) fetchPresets(nonce).catch(() => {});
    },
    loadDebug: ({ nonce }) => loadScript(env, chunkUrl('consentry-debug.js'), nonce, 'consentry:debug', (start) => start),
    // Once per language: the gate may ask for the first view's file before the manager does.
    loadTexts: (language, { nonce }) =>
      (texts[language] ??= once(() =>
        loadScript(env, chunkUrl(`i18n/${language}.js`), nonce ?? nonceOf(input, loader), 'consentry:texts', (detail) => (detail?.language === language ? detail.texts : undefined)),
      ))(),
  };
  // The loader always stands up: a config that breaks the start gets the embedded default
  // (which grants nothing), and the page still has window.Consentry.
  try {
    env.win.Consentry = createInstance(input, options);
  } catch (error) {
    log('error', 'the configuration could not be used; using the default configuration', error);
    env.win.Consentry = createInstance(loader?.nonce ? { nonce: loader.nonce } : {}, options);
  }
}

/** `load`, called once: later calls share its promise, and a failure lets the next call try again. */
function once<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let loading: Promise<T> | undefined;
  return (...args) =>
    (loading ??= load(...args).catch((error) => {
      loading = undefined;
      throw error;
    }));
}

const usesPresets = (services: ResolvedConfig['services']) => Object.values(services).some((service) => service.preset);

/** The nonce for Consentry's own chunks: the config's, else the loader tag's. */
function nonceOf(input: unknown, loader: HTMLScriptElement | null): string | undefined {
  const nonce = (input as { nonce?: unknown } | null)?.nonce;
  return typeof nonce === 'string' ? nonce : loader?.nonce || undefined;
}
