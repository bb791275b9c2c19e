/**
 * The gate's composition root: `createInstance()` takes the config (the one the manager
 * checked before, or nothing granted until it has), puts the stored choice in force, starts
 * gating and the signals, and returns the frozen public API. Everything else — full config
 * checking, writing the choice, withdrawal, receipts, telling other tabs, the banner —
 * belongs to the manager, fetched only when a visit needs it (src/manager-link.ts).
 */
import { startActions } from './actions';
import { createApi } from './api';
import { namedHosts } from './config/names';
import { resolveLanguage } from './config/resolve';
import { defaultConfig } from './config/defaults';
import { trustedConfig } from './config/trust';
import { createConsentState } from './consent/consent-state';
import { createCookieJar } from './consent/cookie-jar';
import { coversConfig, type ChoiceStates } from './consent/record';
import { startSync } from './consent/sync';
import { browserEnv, randomUuid, type Env } from './env';
import { createEmitter } from './events';
import { startGating, type Gating } from './gating/gating';
import { presetService } from './gating/presets';
import { LANGUAGES } from './i18n';
import { createLog } from './log';
import { linkManager, type ManagerSource } from './manager-link';
import type { GateContext, MountUI } from './seams';
import { pushDefault, startConsentSignals } from './signals/consent-mode';
import type { StartDebug } from './debug';
import type { Consentry, Method, ResolvedConfig, TextOverrides, View } from './types';

export type { GateContext, Manager, MountUI, StartManager, UIController } from './seams';

export interface InstanceOptions extends ManagerSource {
  /** The browser; `null` where there is none (server rendering). Defaults to the real one. */
  env?: Env | null;
  /** Loads the banner: the script tag's chunk holds it, npm imports it. */
  loadUI?: (config: ResolvedConfig) => Promise<MountUI>;
  /** Loads the texts of a language other than English (a language file). */
  loadTexts?: (language: string, config: ResolvedConfig) => Promise<TextOverrides>;
  /** Starts fetching what a view needs beyond the banner (the preference centre), beside the manager. */
  prefetch?: (view: View, config: ResolvedConfig) => void;
  /** Loads debug mode (src/debug.ts), only when it is on. */
  loadDebug?: (config: ResolvedConfig) => Promise<StartDebug>;
  /** Checks the config where there is no browser and so no manager (server rendering). */
  check?: (input: unknown) => ResolvedConfig;
}

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

  // Known valid: the config the manager resolved from this very input before. Otherwise the
  // manager checks it, and until then nothing is granted and every host it names is held.
  const trusted = env ? trustedConfig(env, input) : (options.check?.(input) ?? defaultConfig());
  let checked = !!trusted;
  let config = trusted ?? defaultConfig();
  if (!checked) config.heldHosts = namedHosts(input, presetService);

  const emitter = createEmitter(env, log);
  const jar = env && createCookieJar(env);
  const gpc = env?.nav.globalPrivacyControl === true;
  const disposers: (() => void)[] = [];
  let destroyed = false;
  let gating: Gating | undefined;
  let signal: (() => void) | undefined;
  /** Consent Mode's default went out while the manager checked the config. */
  let defaulted = false;
  /** `ready` is due and waits for the manager to check the config. */
  let announcing = false;
  /** Choices asked for before the manager checked the config, made once it has. */
  const waiting: (() => void)[] = [];
  const whenChecked = (act: () => void) => (checked ? act() : void waiting.push(act));

  const gate: GateContext = {
    get configured() {
      return checked;
    },
    env: env!,
    log,
    input,
    get api() {
      return api;
    },
    emit: emitter.emit,
    jar: jar!,
    get gating() {
      return gating!;
    },
    refresh,
    loadUI: options.loadUI,
    loadTexts: options.loadTexts,
  };
  const link = linkManager(options, gate, () => !!env && !destroyed, (manager) => {
    // The manager's config is the gate's with the presets' details (cookies, labels) added.
    const before = checked;
    config = manager.config;
    if (before) return;
    checked = true;
    gating?.configure(config);
    begin();
    for (const act of waiting.splice(0)) act();
    if (announcing) announce();
  });
  /** The first view's language file, fetched beside the manager rather than after it. */
  const fetchTexts = () => {
    const language = api.language;
    if (!link.loaded && language !== 'en' && LANGUAGES.includes(language)) options.loadTexts?.(language, config).catch(() => {});
  };
  const open = (view: View) => {
    fetchTexts();
    options.prefetch?.(view, config);
    link.with((manager) => manager.open(view));
  };

  const state = createConsentState({
    config: () => config,
    stored() {
      try {
        if (checked && jar) {
          const values = jar.values(config.cookie.name);
          if (values[0]) return values;
        }
      } catch {
        // Cookies throw here (a sandboxed frame): the manager keeps this page's choice in memory.
      }
      const memory = link.loaded?.memory;
      return memory ? [memory] : [];
    },
    gpc,
    now: () => (env ? env.now() : Date.now()),
    // On a server (no browser), a record still gets a random id, from the runtime's Web Crypto.
    newId: () => env?.uuid() ?? (globalThis.crypto ? randomUuid(globalThis.crypto) : ''),
    emit: emitter.emit,
    effects: {
      gate: (states, release) => gating?.[release ? 'apply' : 'set'](states),
      signal: () => signal?.(),
      clean: (values) => link.with((manager) => manager.clean(values)),
      dedupe: (record) => link.with((manager) => manager.persist(record)),
      withdraw: (names) => link.with((manager) => manager.withdraw(names)),
    },
  });

  function choose(choice: ChoiceStates, method: Method) {
    if (destroyed) return;
    const record = state.choose(choice, method);
    link.with((manager) => {
      manager.persist(record);
      manager.hide();
    });
  }

  /** Re-reads the stored choice after another tab changed it or the page came back from the cache. */
  function refresh() {
    if (!checked) return;
    jar?.forget();
    if (!state.reread()) return;
    if (state.record && coversConfig(state.record, config)) link.loaded?.hide();
    else if (config.autoShow) open('banner');
  }

  const available = (code: string) => LANGUAGES.includes(code) || Object.prototype.hasOwnProperty.call(config.translations, code);
  const api = createApi({
    config: () => config,
    checked: () => checked,
    whenChecked,
    state,
    link,
    on: emitter.on,
    log,
    choose,
    reset() {
      if (destroyed) return;
      state.clear();
      link.with((manager) => {
        manager.persist(null);
        manager.open('banner');
      });
    },
    open,
    // While the manager still checks the config, the language the raw config asks for.
    language: () => resolveLanguage(checked ? config.language : askedLanguage(input), env?.doc.documentElement.lang, env?.nav.languages ?? [], available),
    destroy() {
      if (destroyed) return;
      link.loaded?.hide();
      link.loaded?.destroy();
      destroyed = true;
      for (const dispose of disposers) dispose();
      emitter.clear();
      if (win?.[LIVE] === api) delete win[LIVE];
    },
  });

  /** Puts the stored choice in force against the checked config, starts the signals, and asks when it must. */
  function begin() {
    state.load();
    if (!env) return;
    const { record } = state;
    disposers.push(startSync(env, 'consentry:' + config.cookie.name, refresh));
    signal = startConsentSignals(env, api, config.modes, defaulted);
    if (signal && (record || config.mode !== 'opt-in')) signal();
    if (options.loadDebug && (config.debug ?? /^(localhost|127\.0\.0\.1)$/.test(env.win.location.hostname))) {
      options.loadDebug(config).then(
        (start) => destroyed || disposers.push(start(env, config, log)),
        (error) => log('error', 'debug mode did not load', error),
      );
    }
    if (record && !coversConfig(record, config)) log('warn', 'new categories since the stored choice; asking again, earlier answers kept');
    // Opt-out mode honours Global Privacy Control without asking: "other" (sale and sharing) is refused.
    if (gpc && config.gpc && config.mode === 'opt-out' && config.categories.other && !record?.gpc) choose({ categories: { other: false } }, 'gpc');
    const asked = state.record && coversConfig(state.record, config);
    if (config.autoShow && !asked && !(config.hideFromBots && BOT.test(env.nav.userAgent))) open('banner');
    // Receipts an earlier page could not deliver go out with the manager.
    if (config.record && hasPendingReceipts(env)) link.with(() => {});
  }

  if (env) {
    win![LIVE] = api;
    gating = startGating(env, config, checked, log, {
      placeholder: (iframe, label, service, loadOnce, allow) => new Promise((resolve) => link.with((manager) => manager.placeholder(iframe, label, service, loadOnce, allow).then(resolve))),
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
  if (checked) begin();
  else {
    const raw = (input ?? {}) as { googleConsentMode?: unknown; autoShow?: unknown; cookie?: { name?: unknown } };
    // A config getter that throws is the manager's to name; cookies that throw, the manager's to handle.
    try {
      defaulted = !!raw.googleConsentMode && !!env && !!pushDefault(env.win);
    } catch {}
    link.with(() => {});
    try {
      // No choice stored yet (a first visit): the banner will show, in the page's language.
      if (raw.autoShow !== false && !jar?.values(typeof raw.cookie?.name === 'string' ? raw.cookie.name : 'consentry')[0]) fetchTexts();
    } catch {}
  }

  // Later, so that listeners added after creation hear them: the page's own scripts
  // (DOMContentLoaded) or the code that called createConsentry() (a microtask). A config
  // the manager must check first announces once it is checked.
  function announce() {
    announcing = !checked;
    if (destroyed || announcing) return;
    emitter.emit('ready', { record: state.record });
    if (state.record) emitter.emit('consent', state.record);
  }
  if (env?.doc.readyState === 'loading') env.doc.addEventListener('DOMContentLoaded', announce, { once: true });
  else Promise.resolve().then(announce);

  return api;
}

/** The `language` a raw config asks for, as the validator would keep it (lower case), else "auto". */
const askedLanguage = (input: unknown) => {
  const language = (input as { language?: unknown } | null)?.language;
  return typeof language === 'string' ? language.toLowerCase() : 'auto';
};

/** `true` when an earlier page left receipts to deliver (src/manager/receipts.ts keeps them). */
function hasPendingReceipts({ win }: Env): boolean {
  try {
    return (win.localStorage.getItem('consentry:receipts') ?? '[]') !== '[]';
  } catch {
    return false;
  }
}
