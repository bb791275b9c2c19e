/**
 * The gate's composition root. `startGate()` puts a config in force (the one the manager
 * checked before, or nothing granted until it has checked this one), reads the stored choice,
 * and applies every change of record the same way, once, in one fixed order (`commit`):
 * hold, signals, release, events, then what the manager owns. Everything else (full config
 * checking, withdrawal, receipts, the banner) belongs to the manager, fetched only when a
 * visit needs it.
 */
import type { StartDebug } from '../debug/debug';
import type { Consentry, Method, ResolvedConfig, View } from '../types';
import { startActions } from './actions';
import { createApi } from './api';
import { encodeRecord, readStored } from './codec';
import { applyChoice, coversConfig, freeze, statesOf, transition, type Choice, type Transition } from './consent';
import { defaultConfig } from './defaults';
import { browserEnv, randomUuid, type Env } from './env';
import { createEmitter } from './events';
import { startGating } from './gating';
import { namedHosts } from './held-hosts';
import { LIVE, RECEIPTS_KEY, channelName } from './keys';
import { createLog } from './log';
import { has } from './names';
import { linkManager, type ManagerSource } from './manager-link';
import { presetService } from './presets';
import { LANGUAGES, resolveLanguage } from './resolve';
import type { UISource } from './seams';
import { pushDefault, startSignals } from './signals';
import { createStore, type Store } from './store';
import { startSync, type Sync } from './sync';
import { trustedConfig } from './trusted-config';

export interface GateOptions extends ManagerSource, UISource {
  /** The browser; `null` where there is none (server rendering). Defaults to the real one. */
  env?: Env | null;
  /** Where Consentry's own files are (the script tag's folder): never held by a host rule. */
  base?: string;
  /** Starts fetching what a view needs (the banner, the preference centre), beside the manager. */
  prefetch?(view: View, config: ResolvedConfig): void;
  /** Loads debug mode (src/debug/), only when the config asks for it. */
  loadDebug?(config: ResolvedConfig): Promise<StartDebug>;
}

const BOT = /bot\b|crawl|spider|slurp|facebookexternalhit|mediapartners/i;

export function startGate(input?: unknown, options: GateOptions = {}): Consentry {
  const env = options.env === undefined ? browserEnv() : options.env || undefined;
  const win = env?.win as (Window & { [LIVE]?: Consentry }) | undefined;
  const log = createLog();
  if (win?.[LIVE]) {
    log('warn', 'already running on this page; this is that instance, with its config');
    return win[LIVE];
  }
  // Known valid: the config the manager resolved from this very input before. Otherwise the
  // manager checks it; until then nothing is granted and every host it names is held. (On a
  // server nothing runs: the defaults are the config.) A visit that will ask (no choice
  // stored) fetches the manager anyway: it skips the lookup, whose first storage access costs
  // the parser milliseconds.
  const asking = !!env && willAsk(env, input);
  const trusted = env && !asking && trustedConfig(env, input);
  let config = trusted || defaultConfig();
  let checked = !!trusted || !env;
  if (!checked) config.heldHosts = namedHosts(input, (id) => presetService(id)?.hosts);
  const gpc = env?.nav.globalPrivacyControl === true;
  const emitter = createEmitter(env, log);
  const disposers: (() => void)[] = [];
  /** Choices asked for before the manager checked the config, made once it has. */
  const waiting: (() => void)[] = [];
  let now: Transition = { record: null, states: statesOf(config, null, gpc), changed: [], withdrawn: [] };
  let destroyed = false;
  /** `ready` is due and waits for the manager to check the config. */
  let announcing = false;
  /** Consent Mode's default went out while the manager checked the config. */
  let defaulted = false;
  let store: Store | undefined;
  let sync: Sync | undefined;
  let signal: ReturnType<typeof startSignals>;

  const link = linkManager(
    options,
    log,
    () => (env && !destroyed ? { ...options, env, log, input, config, checked, cmp: api, preset: presetService, emit: emitter.emit } : undefined),
    // The manager checked the config: it is in force from now on.
    (manager) => {
      config = manager.config;
      if (checked) return;
      checked = true;
      gating!.configure(config);
      begin(false);
      for (const act of waiting.splice(0)) act();
      if (announcing) announce();
    },
  );

  /** Applies a change of record, in the one order: hold, signals, release, events, the manager's part. */
  function commit(next: Transition, load?: boolean) {
    now = next;
    // A withdrawal holds at once, before any vendor hears of it; a grant reaches Consent Mode before its scripts run.
    gating?.hold(next.states);
    if (next.changed[0] || (load && (next.record || config.mode != 'opt-in'))) signal?.(next.states);
    gating?.release();
    if (load) return;
    if (next.record) emitter.emit('consent', next.record);
    if (next.changed[0]) emitter.emit('change', { record: next.record, changed: next.changed });
    const reload = config.reloadOnRevoke && next.withdrawn.some((name) => gating!.ran.has(name));
    if (next.withdrawn[0] && env)
      link.with((manager) => {
        manager.withdraw(next.withdrawn, next.states);
        if (reload && now == next) gating!.detach(), env.reload();
      });
  }

  /** Puts the stored choice in force (a value that is not one valid choice is for the manager to remove). */
  function read(load?: boolean) {
    const values = store!.values(!load);
    const record = readStored(values, { ...config, now: env!.now() });
    if (values[record ? 1 : 0]) link.with((manager) => manager.repair(record ? values[0] : undefined, record ? new Date(record.expiresAt) : undefined));
    // Another tab's write, or the back/forward cache: nothing to do when it is the choice in force.
    if (load || record?.id != now.record?.id || record?.updatedAt != now.record?.updatedAt) commit(transition(config, now.states, record && freeze(record), gpc), load);
    return record;
  }

  function choose(choice: Choice, method: Method) {
    if (destroyed) return;
    const record = applyChoice(config, now, choice, method, gpc, env ? env.now() : Date.now(), () => (env ? env.uuid() : randomUuid(globalThis.crypto)));
    if (store) {
      const value = encodeRecord(record);
      const expires = new Date(record.expiresAt);
      if (!store.write(value, expires)) link.with((manager) => manager.repair(value, expires));
      sync!.post();
    }
    commit(transition(config, now.states, record, gpc));
    link.loaded?.hide('banner');
    if (config.record?.endpoint) link.with((manager) => manager.receipt(record));
  }

  /** A view's language file and chunks start coming now, beside the manager rather than after it. */
  const prepare = (view: View) => {
    if (!link.loaded && LANGUAGES.includes(api.language)) options.loadTexts?.(api.language, config).catch(() => {});
    options.prefetch?.(view, config);
  };
  const open = (view: View) => env && !destroyed && (prepare(view), link.with((manager) => manager.open(view)));

  const api = createApi({
    config: () => config,
    checked: () => checked,
    now: () => now,
    whenChecked: (act) => (checked ? act() : void waiting.push(act)),
    choose,
    reset() {
      if (destroyed) return;
      if (store && !store.clear()) link.with((manager) => manager.repair());
      sync?.post();
      commit(transition(config, now.states, null, gpc));
      open('banner');
    },
    open,
    hide: () => link.loaded?.hide(),
    on: emitter.on,
    log,
    // Until the manager knows it: the language the config asks for (the raw one while unchecked).
    language: () =>
      link.loaded?.language ??
      resolveLanguage(checked ? config.language : String((input as { language?: unknown } | null)?.language ?? 'auto').toLowerCase(), env?.doc.documentElement.lang, env?.nav.languages ?? [], (code) => LANGUAGES.includes(code) || has(config.translations, code)),
    texts: () => link.loaded?.texts() ?? {},
    setLanguage: (code) => new Promise((resolve) => link.with((manager) => manager.setLanguage(code).then(resolve))),
    destroy() {
      if (destroyed) return;
      link.loaded?.destroy();
      destroyed = true;
      for (const dispose of disposers) dispose();
      emitter.clear();
      if (win?.[LIVE] == api) delete win[LIVE];
    },
  });

  const gating =
    env &&
    startGating(env, config, checked, log, {
      placeholder: (...args) => new Promise((resolve) => link.with((manager) => manager.placeholder(...args).then(resolve))),
      allow: (service, categories) => api.set(service ? { services: { [service]: true } } : Object.fromEntries(categories.map((category) => [category, true])), 'custom'),
      ownUrl: ({ href }) => (!!options.base && href.startsWith(options.base)) || [config.record?.endpoint, config.record?.events].some((url) => !!url && href == new URL(url, env.doc.baseURI).href),
    });

  /** Puts the stored choice in force against the checked config, starts the signals, and asks when it must. */
  function begin(inParser: boolean) {
    if (!env) return;
    store = createStore(env, config.cookie);
    sync = startSync(env, channelName(config.cookie.name), () => {
      const before = now;
      const record = read();
      if (now == before) return;
      if (record && coversConfig(record, config)) link.loaded?.hide();
      else if (config.autoShow) open('banner');
    });
    disposers.push(sync.stop);
    signal = startSignals(env, config, defaulted);
    const record = read(true);
    if (config.debug)
      options.loadDebug?.(config).then(
        (start) => destroyed || disposers.push(start(env, config, log, api)),
        (error) => log('error', 'debug mode did not load', error),
      );
    if (record && !coversConfig(record, config)) log('warn', 'the config has categories the stored choice does not name: asking again, its answers kept');
    // Opt-out mode honours Global Privacy Control without asking: "other" (sale and sharing) is refused.
    if (gpc && config.gpc && config.mode == 'opt-out' && config.categories.other && !record?.gpc) choose({ categories: { other: false } }, 'gpc');
    // In the parser's task, asking waits for the next task (fetching a chunk costs it
    // milliseconds at every page view's start); once the manager is here, it asks at once.
    if (config.autoShow && !(now.record && coversConfig(now.record, config)) && !(config.hideFromBots && BOT.test(env.nav.userAgent)))
      inParser ? env.win.setTimeout(() => open('banner')) : open('banner');
    // Receipts an earlier page could not deliver go out with the manager.
    if (config.record?.endpoint && hasPendingReceipts(env)) link.with(() => {});
  }

  if (env) {
    win![LIVE] = api;
    disposers.push(gating!.stop, emitter.on('language', gating!.redraw), startActions(env, { 'accept-all': api.acceptAll, 'reject-all': api.rejectAll, reset: api.reset, banner: api.show, preferences: api.showPreferences }));
    if (checked) begin(true);
    else {
      // A config getter that throws is the manager's to name.
      try {
        defaulted = !!(input as { googleConsentMode?: unknown } | null)?.googleConsentMode && !!pushDefault(env.win);
      } catch {}
      // The manager comes to check the config (at once when it is in this file); on a visit
      // that will ask, the banner and its language come beside it. Fetching is out of the
      // parser's task: the page goes on meanwhile.
      if (options.manager) link.with(() => {});
      env.win.setTimeout(() => {
        link.with(() => {});
        if (asking) prepare('banner');
      });
    }
  }

  // Later, so that listeners added after creation hear them: the page's own scripts
  // (DOMContentLoaded) or the code that called the gate (a microtask). A config the manager
  // must check first announces once it is checked.
  function announce() {
    announcing = !checked;
    if (destroyed || announcing) return;
    emitter.emit('ready', { record: now.record });
    if (now.record) emitter.emit('consent', now.record);
  }
  if (env?.doc.readyState == 'loading') env.doc.addEventListener('DOMContentLoaded', announce, { once: true });
  else Promise.resolve().then(announce);

  return api;
}

/**
 * `true` when this page will show the banner whatever the config says: no choice stored
 * under the config's cookie name, `autoShow` not off, not a crawler. Read from the raw input;
 * a getter or cookies that throw mean "not known" (`false`).
 */
function willAsk({ doc, nav }: Env, input: unknown): boolean {
  try {
    const raw = (input ?? {}) as { autoShow?: unknown; cookie?: { name?: unknown } };
    const name = typeof raw.cookie?.name == 'string' ? raw.cookie.name : 'consentry';
    return raw.autoShow !== false && !BOT.test(nav.userAgent) && !doc.cookie.split('; ').some((pair) => pair.startsWith(name + '='));
  } catch {
    return false;
  }
}

/** `true` when an earlier page left receipts to deliver (src/manager/receipts.ts keeps them). */
function hasPendingReceipts({ win }: Env): boolean {
  try {
    return (win.localStorage.getItem(RECEIPTS_KEY) ?? '[]') != '[]';
  } catch {
    return false;
  }
}
