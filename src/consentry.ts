/**
 * The gate's composition root: `createInstance()` reads the config cheaply, reads the
 * stored choice once, starts gating and the signals, owns the consent state and returns the
 * frozen public API. Everything else — full config checking, writing the choice, withdrawal,
 * receipts, telling other tabs, the banner — belongs to the manager, a lazy chunk fetched
 * only when a visit needs it (src/manager/). The API's reads stay synchronous: a choice is
 * in force, and its events fire, before the manager has written it.
 */
import { startActions } from './actions';
import { namedHosts } from './config/names';
import { resolveLanguage } from './config/resolve';
import { defaultConfig } from './config/defaults';
import { trustedConfig } from './config/trust';
import { everything, parseChoice } from './consent/choice';
import { decodeRecord } from './consent/codec';
import { createCookieJar, type CookieJar } from './consent/cookie-jar';
import { applyChoice, changedNames, coversConfig, defaultStates, statesOf, type ChoiceStates, type States } from './consent/record';
import { startSync } from './consent/sync';
import { browserEnv, type Env } from './env';
import { createEmitter, type Emitter } from './events';
import { startGating, type Gating } from './gating/gating';
import { presetService } from './gating/presets';
import { LANGUAGES } from './i18n';
import { createLog, describeValue, type Log } from './log';
import { pushDefault, startConsentSignals } from './signals/consent-mode';
import type { StartDebug } from './debug';
import type { ConsentRecord, Consentry, Method, ResolvedConfig, TextOverrides, View } from './types';

/** What the banner chunk gives back once mounted: the manager drives it, it never drives the core. */
export interface UIController {
  show(view: View): void;
  hide(): void;
  destroy(): void;
}

/**
 * The banner's entry point: receives the public instance (and, from the script tag, a loader
 * for the presets' texts), returns its controller.
 */
export type MountUI = (cmp: Consentry, loadPresets?: () => Promise<any>) => UIController;

/** What the gate hands the manager: the browser, the raw config, the API and the gate's own seams. */
export interface GateContext {
  /** The config in force is known to be valid. */
  readonly configured: boolean;
  env: Env;
  log: Log;
  /** The config as the page gave it. */
  input: unknown;
  api: Consentry;
  emit: Emitter['emit'];
  jar: CookieJar;
  gating: Gating;
  /** The stored choice changed outside this page (another tab, a cleanup): read it again. */
  refresh(): void;
  /** Languages the UI may load, and how (the script tag's chunks or npm's imports). */
  loadUI?: (config: ResolvedConfig) => Promise<MountUI>;
  loadTexts?: (language: string, config: ResolvedConfig) => Promise<TextOverrides>;
}

/** The manager's side of the seam (src/manager/manager.ts). */
export interface Manager {
  /** The config, checked in full: the gate runs with it from the manager's start. */
  readonly config: ResolvedConfig;
  /** The visible language (setLanguage() changes it). */
  readonly language: string;
  /** The choice, encoded, when cookies could not keep it: it holds for the page. */
  readonly memory: string | undefined;
  /** Writes (or, with `null`, deletes) the stored choice, tells the other tabs, sends the receipt. */
  persist(record: ConsentRecord | null): void;
  /** Deletes what the withdrawn names declared, and reloads when their scripts already ran. */
  withdraw(names: string[]): void;
  /** Removes stored values that are not one valid choice (edited, expired, copies that disagree). */
  clean(values: string[]): void;
  open(view: View): void;
  hide(): void;
  setLanguage(code: string): Promise<void>;
  texts(): TextOverrides;
  placeholder(iframe: HTMLIFrameElement, label: string, service: string | undefined, loadOnce: () => void, allow: () => void): Promise<HTMLElement | undefined>;
  destroy(): void;
}

export type StartManager = (gate: GateContext) => Manager;

export interface InstanceOptions {
  /** The browser; `null` where there is none (server rendering). Defaults to the real one. */
  env?: Env | null;
  /** Fetches the manager: the script tag injects its chunk, npm imports it. */
  loadManager?: () => Promise<StartManager>;
  /** The manager itself, when it is in the same bundle (consentry.all.js, tests). */
  manager?: StartManager;
  /** Loads the banner: the script tag's chunk holds it, npm imports it. */
  loadUI?: (config: ResolvedConfig) => Promise<MountUI>;
  /** Loads the texts of a language other than English (a language file). */
  loadTexts?: (language: string, config: ResolvedConfig) => Promise<TextOverrides>;
  /** Loads debug mode (src/debug.ts), only when it is on. */
  loadDebug?: (config: ResolvedConfig) => Promise<StartDebug>;
  /** Checks the config where there is no browser and so no manager (server rendering). */
  check?: (input: unknown) => ResolvedConfig;
}

/** Debug mode is on where a developer is: `debug: true`, or a local page unless `debug: false`. */
const debugging = (debug: boolean | undefined, host: string) => debug ?? /^(localhost|127\.0\.0\.1)$/.test(host);

/** One live instance per page, whichever copy (script tag or npm) started first. */
const LIVE = Symbol.for('consentry');

const BOT = /bot\b|crawl|spider|slurp|facebookexternalhit|mediapartners/i;

export function createInstance(input?: unknown, options: InstanceOptions = {}): Consentry {
  const env = options.env === undefined ? browserEnv() : options.env || undefined;
  const win = env?.win as { [LIVE]?: Consentry } | undefined;
  const log = createLog();
  if (win?.[LIVE]) {
    log('warn', 'already running on this page; returning that instance (its config stays in force)');
    return win[LIVE];
  }

  // Known valid (the manager checked this very config before): the config it resolved then.
  // Otherwise the manager checks it, and until then nothing is granted and every host the
  // raw config names is held.
  const trusted = env ? trustedConfig(env, input) : (options.check?.(input) ?? defaultConfig());
  let configured = !!trusted;
  let config = trusted ?? defaultConfig();
  if (!configured) config.heldHosts = namedHosts(input, presetService);

  const emitter = createEmitter(env, log);
  const jar = env && createCookieJar(env);
  const gpc = env?.nav.globalPrivacyControl === true;
  const now = () => (env ? env.now() : Date.now());
  const disposers: (() => void)[] = [];

  let record: ConsentRecord | null = null;
  /** The stored value `record` came from: an outside change is a different value. */
  let storedValue: string | undefined;
  let states: States = { categories: {}, services: {} };
  let destroyed = false;
  /** `ready` is due and waits for the manager to check the config. */
  let announcing = false;
  let gating: Gating | undefined;
  let signal: (() => void) | undefined;
  /** Consent Mode's default went out while the manager checked the config. */
  let defaulted = false;
  let manager: Promise<Manager | void> | undefined;
  let loaded: Manager | undefined;
  const available = (code: string) => LANGUAGES.includes(code) || Object.prototype.hasOwnProperty.call(config.translations, code);
  const languageNow = () => resolveLanguage(config.language, env?.doc.documentElement.lang, env?.nav.languages ?? [], available);

  /** The manager, fetched once; its failure leaves the gate as it is (nothing granted that was not). */
  const withManager = (then: (manager: Manager) => void) => {
    if (!env || destroyed) return;
    if (options.manager && !loaded) adopt(options.manager);
    if (loaded) return then(loaded);
    manager ??= (options.loadManager ? options.loadManager() : Promise.reject(Error('this build has no manager'))).then(
      (start) => {
        if (!destroyed && !loaded) adopt(start);
        return loaded;
      },
      (error) => log('error', 'the manager did not load; nothing more is granted, and choices hold for this page only', error),
    );
    manager.then((ready) => ready && !destroyed && then(ready));
  };

  /** Starts the manager and runs with the config it checked. */
  function adopt(start: StartManager) {
    loaded = start(gate);
    // The manager's config is the gate's with the presets' details (cookies, labels) added.
    const before = configured;
    config = loaded.config;
    if (before) return;
    configured = true;
    gating?.configure(config);
    begin();
    for (const act of waiting.splice(0)) act();
    if (announcing) announce();
  }

  /** The stored record; anything that is not exactly one valid choice is `null`, and the manager removes it. */
  function readStored(): ConsentRecord | null {
    let values: string[] = [];
    try {
      values = configured && jar ? jar.values(config.cookie.name) : [];
    } catch {
      // Cookies throw here (a sandboxed frame): the manager keeps this page's choice in memory.
    }
    if (!values[0] && loaded?.memory) values = [loaded.memory];
    storedValue = values[0];
    const found = decodeRecord(values[0], { ...config, now: now() });
    if (found && values.every((value) => value === values[0])) {
      // Identical copies on the host and a parent domain: the manager keeps one canonical cookie.
      if (values[1]) withManager((m) => m.persist(found));
      return freeze(found);
    }
    if (values[0]) withManager((m) => m.clean(values));
    return null;
  }

  /** Puts `next` in force: its states at once (held hosts refuse from now on), then, unless `release` is false, the releases. */
  function enforce(next: ConsentRecord | null, release = true) {
    record = next;
    states = statesOf(next, defaultStates(config, gpc));
    const refused: Record<string, boolean> = {};
    for (const name in next?.categories) refused[name] = !next!.categories[name];
    gating?.[release ? 'apply' : 'set']({ ...states, refused });
  }

  /** Makes `next` the record in force and tells every listener what changed. */
  function commit(next: ConsentRecord | null) {
    const before = states;
    // A withdrawal holds at once, before any vendor hears of it (a tag answering Consent
    // Mode's update with a beacon); Consent Mode hears of a grant before its scripts run.
    enforce(next, false);
    const changed = changedNames(before, states);
    if (changed[0]) signal?.();
    enforce(next);
    if (next) emitter.emit('consent', next);
    if (changed[0]) emitter.emit('change', { record: next, changed });
    const withdrawn = changed.filter((name) => (Object.prototype.hasOwnProperty.call(config.categories, name) ? !states.categories[name] : !states.services[name]));
    if (withdrawn[0]) withManager((m) => m.withdraw(withdrawn));
  }

  function choose(choice: ChoiceStates, method: Method) {
    if (destroyed || !configured) return;
    const next = freeze(applyChoice(record, choice, method, { config, now: now(), newId: () => env?.uuid() ?? '', gpc, current: states }));
    storedValue = undefined;
    commit(next);
    withManager((m) => {
      m.persist(next);
      m.hide();
    });
  }

  /** Re-reads the stored choice after another tab changed it or the page came back from the cache. */
  function refresh() {
    if (!configured) return;
    jar?.forget();
    const before = storedValue;
    const next = readStored();
    if (storedValue === before && (next?.updatedAt ?? '') === (record?.updatedAt ?? '')) return;
    commit(next);
    if (next && coversConfig(next, config)) loaded?.hide();
    else if (config.autoShow) open('banner');
  }

  const open = (view: View) => withManager((m) => m.open(view));

  const known = (kind: 'categories' | 'services', name: unknown, method: string) => {
    if (Object.prototype.hasOwnProperty.call(config[kind], name as string)) return !!states[kind][name as string];
    if (configured) log('warn', `${method}(${describeValue(name)}): not one of the configured ${kind}`);
    return false;
  };

  /**
   * A choice asked for while the manager still checks an unknown config (the first page
   * with it): made as soon as the config is known, against that config.
   */
  const once = (act: () => void) => () => (configured ? act() : void waiting.push(act));
  const waiting: (() => void)[] = [];

  const api: Consentry = Object.freeze({
    get config() {
      return config;
    },
    get: () => record,
    accepted: (category: string) => known('categories', category, 'accepted'),
    acceptedService: (id: string) => known('services', id, 'acceptedService'),
    acceptAll: () => once(() => choose(everything(config, true), 'accept-all'))(),
    rejectAll: () => once(() => choose(everything(config, false), 'reject-all'))(),
    set(choice: unknown, method?: 'custom' | 'api') {
      once(() => {
        const parsed = parseChoice(config, choice, log);
        if (parsed) choose(parsed, method === 'custom' ? method : 'api');
      })();
    },
    reset() {
      if (!configured) return void waiting.push(api.reset);
      if (destroyed) return;
      storedValue = undefined;
      commit(null);
      withManager((m) => {
        m.persist(null);
        m.open('banner');
      });
    },
    show: () => open('banner'),
    hide: () => loaded?.hide(),
    showPreferences: () => open('preferences'),
    on: emitter.on,
    get language() {
      return loaded?.language ?? languageNow();
    },
    texts: () => loaded?.texts() ?? {},
    setLanguage: (code: string) =>
      new Promise<void>((resolve) => withManager((m) => m.setLanguage(code).then(resolve))),
    destroy() {
      if (destroyed) return;
      loaded?.hide();
      loaded?.destroy();
      destroyed = true;
      for (const dispose of disposers) dispose();
      emitter.clear();
      if (win?.[LIVE] === api) delete win[LIVE];
    },
  });

  const gate: GateContext = {
    get configured() {
      return configured;
    },
    env: env!,
    log,
    input,
    api,
    emit: emitter.emit,
    jar: jar!,
    gating: undefined as unknown as Gating,
    refresh,
    loadUI: options.loadUI,
    loadTexts: options.loadTexts,
  };

  /** Reads the stored choice against the config in force and applies it; asks when it must. */
  function begin() {
    enforce(readStored());
    if (!env) return;
    disposers.push(startSync(env, 'consentry:' + config.cookie.name, refresh));
    signal = startConsentSignals(env, api, config.modes, defaulted);
    if (signal && (record || config.mode !== 'opt-in')) signal();
    if (options.loadDebug && debugging(config.debug, env.win.location.hostname)) {
      options.loadDebug(config).then(
        (start) => destroyed || disposers.push(start(env, config, log)),
        (error) => log('error', 'debug mode did not load', error),
      );
    }
    if (record && !coversConfig(record, config)) log('warn', 'new categories since the stored choice; asking again, earlier answers kept');
    // Opt-out mode honours Global Privacy Control without asking: "other" (sale and sharing) is refused.
    if (gpc && config.gpc && config.mode === 'opt-out' && config.categories.other && !record?.gpc) choose({ categories: { other: false } }, 'gpc');
    const asked = record && coversConfig(record, config);
    if (config.autoShow && !asked && !(config.hideFromBots && BOT.test(env.nav.userAgent))) open('banner');
    // Receipts an earlier page could not deliver go out with the manager.
    if (config.record && hasPendingReceipts(env)) withManager(() => {});
  }

  if (env) {
    win![LIVE] = api;
    gating = gate.gating = startGating(env, config, configured, log, {
      placeholder: (iframe, label, service, loadOnce, allow) => new Promise((resolve) => withManager((m) => m.placeholder(iframe, label, service, loadOnce, allow).then(resolve))),
      allow: (service, categories) => api.set(service ? { services: { [service]: true } } : Object.fromEntries(categories.map((category) => [category, true])), 'custom'),
    });
    disposers.push(
      () => gating!.stop(),
      startActions(
        env,
        new Map([
          ['accept-all', api.acceptAll],
          ['reject-all', api.rejectAll],
          ['reset', api.reset],
          ['banner', api.show],
          ['preferences', api.showPreferences],
        ]),
      ),
    );
  }
  if (configured) begin();
  else {
    defaulted = !!(input as { googleConsentMode?: unknown } | null)?.googleConsentMode && !!env && !!pushDefault(env.win);
    withManager(() => {});
  }

  // Later, so that listeners added after creation hear them: the page's own scripts
  // (DOMContentLoaded) or the code that called createConsentry() (a microtask). A config
  // the manager must check first announces once it is checked.
  const announce = () => {
    announcing = !configured;
    if (destroyed || announcing) return;
    emitter.emit('ready', { record });
    if (record) emitter.emit('consent', record);
  };
  if (env?.doc.readyState === 'loading') env.doc.addEventListener('DOMContentLoaded', announce, { once: true });
  else Promise.resolve().then(announce);

  return api;
}

/** `true` when an earlier page left receipts to deliver (src/manager/receipts.ts keeps them). */
function hasPendingReceipts({ win }: Env): boolean {
  try {
    return (win.localStorage.getItem('consentry:receipts') ?? '[]') !== '[]';
  } catch {
    return false;
  }
}

/** A record the page cannot edit: it is shared with every listener. */
function freeze(record: ConsentRecord): ConsentRecord {
  Object.freeze(record.categories);
  Object.freeze(record.services);
  return Object.freeze(record);
}
