/**
 * The composition root: `createInstance()` validates the config, reads the stored choice,
 * wires storage, sync, page actions and the UI loader, owns all state in its closure and
 * returns the frozen public API. It touches the page only through the modules it wires.
 */
import { startActions } from './actions';
import { has, normalizeConfig } from './config/validate';
import { decodeRecord, encodeRecord } from './consent/codec';
import { applyChoice, changedNames, coversConfig, defaultStates, statesOf, type ChoiceStates, type States } from './consent/record';
import { createStorage } from './consent/storage';
import { startSync } from './consent/sync';
import { browserEnv, type Env } from './env';
import { createEmitter } from './events';
import { startGating, type Gating } from './gating/gating';
import { presetService } from './gating/presets';
import { startConsentSignals } from './signals/consent-mode';
import { receiptOf, startReporter, type Reporter } from './signals/report';
import { LANGUAGES, mergeTexts } from './i18n';
import { createLog, describeValue } from './log';
import { resolveLanguage } from './config/resolve';
import type { StartDebug } from './debug';
import type { ConsentRecord, Consentry, Method, ResolvedConfig, TextOverrides, View } from './types';

/** What the banner chunk gives back once mounted: the core drives it, it never drives the core. */
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

export interface InstanceOptions {
  /** The browser; `null` where there is none (server rendering). Defaults to the real one. */
  env?: Env | null;
  /** Loads the banner: the script tag injects its chunk, npm imports it. */
  loadUI?: (config: ResolvedConfig) => Promise<MountUI>;
  /** Loads the texts of a language other than English (a language file). */
  loadTexts?: (language: string, config: ResolvedConfig) => Promise<TextOverrides>;
  /** Loads debug mode (src/debug.ts), only when it is on. */
  loadDebug?: (config: ResolvedConfig) => Promise<StartDebug>;
}

/** One live instance per page, whichever copy (script tag or npm) started first. */
const LIVE = Symbol.for('consentry');

const BOT = /bot\b|crawl|spider|slurp|facebookexternalhit|mediapartners/i;

/** Debug mode is on where a developer is: `debug: true`, or a local page unless `debug: false`. */
const debugging = (debug: boolean | undefined, host: string) => debug ?? /^(localhost|127\.0\.0\.1)$/.test(host);

export function createInstance(input?: unknown, options: InstanceOptions = {}): Consentry {
  const env = options.env === undefined ? browserEnv() : options.env || undefined;
  const win = env?.win as { [LIVE]?: Consentry } | undefined;
  const log = createLog();
  if (win?.[LIVE]) {
    log('warn', 'already running on this page; returning that instance (its config stays in force)');
    return win[LIVE];
  }

  const { config, issues } = normalizeConfig(input, presetService);
  for (const issue of issues) log(issue.level === 'error' ? 'error' : 'warn', issue.message.slice(11));

  const emitter = createEmitter(env, log);
  const storage = createStorage(env, config.cookie, log);
  const gpc = env?.nav.globalPrivacyControl === true;
  const now = () => (env ? env.now() : Date.now());
  const disposers: (() => void)[] = [];

  let record: ConsentRecord | null = null;
  /** The stored value `record` came from: an outside change is a different value. */
  let storedValue: string | undefined;
  let states: States;
  let view: View | undefined;
  /** The view asked for last: the banner may still be loading when it is asked for or closed. */
  let wanted: View | undefined;
  let ui: Promise<UIController | void> | undefined;
  let destroyed = false;
  let post = () => {};
  let gating: Gating | undefined;
  let signal: (() => void) | undefined;
  let report: Reporter | undefined;
  const available = (code: string) => LANGUAGES.includes(code) || has(config.translations, code);
  let loadedTexts: TextOverrides = {};
  let language = resolveLanguage(config.language, env?.doc.documentElement.lang, env?.nav.languages ?? [], available);
  /** Language files, loaded once each: English is built in. */
  const textFiles: Record<string, Promise<TextOverrides>> = { en: Promise.resolve({}) };
  const textsOf = (code: string) =>
    (textFiles[code] ??= LANGUAGES.includes(code) && options.loadTexts
      ? options.loadTexts(code, config).catch((error) => (log('error', `the "${code}" texts did not load; showing English`, error), {}))
      : Promise.resolve({}));
  /** The current language's texts, loaded before anything shows them. */
  const loadTexts = () => textsOf(language).then((texts) => (loadedTexts = texts));

  /** The stored record; anything that is not exactly one valid choice is removed and `null`. */
  function readStored(): ConsentRecord | null {
    const values = storage.read();
    const found = decodeRecord(values[0], { ...config, now: now() });
    storedValue = values[0];
    if (found && values.every((value) => value === storedValue)) {
      // Identical copies on the host and a parent domain: keep one canonical cookie.
      if (values[1]) storage.write(storedValue!, new Date(found.expiresAt));
      return freeze(found);
    }
    if (storedValue) {
      log('warn', `cookie "${config.cookie.name}": ${values[1] ? 'copies disagree' : 'not a valid choice (edited, expired or another revision)'}; removed, asking again`);
      storage.clear();
      storedValue = undefined;
    }
    return null;
  }

  /** Makes `next` the record in force and tells every listener what changed. */
  function commit(next: ConsentRecord | null) {
    const before = states;
    record = next;
    states = statesOf(next, defaultStates(config, gpc));
    const changed = changedNames(before, states);
    // Consent Mode hears of a choice before the choice's gated scripts run.
    if (changed[0]) signal?.();
    gating?.apply(changed);
    if (next) emitter.emit('consent', next);
    if (changed[0]) emitter.emit('change', { record: next, changed });
  }

  function choose(choice: ChoiceStates, method: Method) {
    if (destroyed) return;
    const next = freeze(applyChoice(record, choice, method, { config, now: now(), newId: () => env?.uuid() ?? '', gpc, current: states }));
    storedValue = encodeRecord(next);
    storage.write(storedValue, new Date(next.expiresAt));
    post();
    commit(next);
    if (report) report.send(receiptOf(env!, api, next));
    hide();
  }

  /** Re-reads the stored choice after another tab changed it or the page came back from the cache. */
  function refresh() {
    const before = storedValue;
    const next = readStored();
    if (storedValue === before) return;
    commit(next);
    if (next && coversConfig(next, config)) hide();
    else if (config.autoShow) open('banner');
  }

  function open(next: View) {
    if (destroyed || !env) return;
    if (!options.loadUI) return log('error', 'this build has no banner');
    wanted = next;
    ui ??= Promise.all([options.loadUI(config), loadTexts()]).then(
      // Mounted in a task of its own, not in the one that evaluated the banner chunk: no long task.
      ([mount]) => new Promise<void>((resolve) => setTimeout(resolve)).then(() => (destroyed ? undefined : mount(api))),
      (error) => log('error', 'the banner did not load', error),
    );
    ui.then((controller) => {
      // A choice or hide() while the banner was loading: it no longer has to show.
      if (!controller || destroyed || wanted !== next) return;
      if (view && view !== next) emitter.emit('hide', { view });
      view = next;
      controller.show(next);
      emitter.emit('show', { view });
    });
  }

  function hide() {
    const closed = view;
    wanted = undefined;
    if (!closed) return;
    view = undefined;
    ui?.then((controller) => controller?.hide());
    emitter.emit('hide', { view: closed });
  }

  /** Checks a `set()` argument: on any problem it reports and returns nothing, so nothing changes. */
  function parseChoice(input: unknown): ChoiceStates | undefined {
    const choice = { categories: {}, services: {} } as Required<ChoiceStates>;
    let ok = !!input && typeof input === 'object';
    const take = (entries: object, kind: 'categories' | 'services') => {
      for (const [name, value] of Object.entries(entries)) {
        if (kind === 'categories' && name === 'services' && value && typeof value === 'object') take(value, 'services');
        else if (has(config[kind], name) && typeof value === 'boolean' && (value || !config.categories[name]?.readOnly))
          choice[kind][name] = value;
        else {
          ok = false;
          log('error', `set(): ${kind}.${name}: expected true or false for one of ${Object.keys(config[kind])}, got ${describeValue(value)}`);
        }
      }
    };
    if (ok) take(input as object, 'categories');
    else log('error', `set(${describeValue(input)}): expected an object such as { analytical: true }`);
    return ok ? choice : undefined;
  }

  const all = (on: boolean): ChoiceStates => {
    const each = (names: object) => Object.fromEntries(Object.keys(names).map((name) => [name, on]));
    return { categories: each(config.categories), services: each(config.services) };
  };

  const known = (kind: 'categories' | 'services', name: unknown, method: string) => {
    if (has(config[kind], name)) return states[kind][name]!;
    log('warn', `${method}(${describeValue(name)}): not one of the configured ${kind}`);
    return false;
  };

  const api: Consentry = Object.freeze({
    config,
    get: () => record,
    accepted: (category: string) => known('categories', category, 'accepted'),
    acceptedService: (id: string) => known('services', id, 'acceptedService'),
    acceptAll: () => choose(all(true), 'accept-all'),
    rejectAll: () => choose(all(false), 'reject-all'),
    set(choice: unknown, method?: 'custom' | 'api') {
      const parsed = parseChoice(choice);
      if (parsed) choose(parsed, method === 'custom' ? method : 'api');
    },
    reset() {
      if (destroyed) return;
      storage.clear();
      storedValue = undefined;
      post();
      commit(null);
      open('banner');
    },
    show: () => open('banner'),
    hide,
    showPreferences: () => open('preferences'),
    on: emitter.on,
    get language() {
      return language;
    },
    texts: () => mergeTexts(loadedTexts, config.translations[language] ?? {}),
    async setLanguage(code: string) {
      const wanted = typeof code === 'string' ? resolveLanguage(code, '', [], available) : 'en';
      if (wanted !== String(code).toLowerCase()) log('warn', `setLanguage(${describeValue(code)}): no such language; using "${wanted}"`);
      const texts = await textsOf(wanted);
      if (destroyed) return;
      language = wanted;
      loadedTexts = texts;
      emitter.emit('language', { language });
    },
    destroy() {
      if (destroyed) return;
      hide();
      destroyed = true;
      ui?.then((controller) => controller?.destroy());
      for (const dispose of disposers) dispose();
      emitter.clear();
      if (win?.[LIVE] === api) delete win[LIVE];
    },
  });

  record = readStored();
  states = statesOf(record, defaultStates(config, gpc));
  if (record && !coversConfig(record, config)) log('warn', 'new categories since the stored choice; asking again, earlier answers kept');

  if (env) {
    win![LIVE] = api;
    const sync = startSync(env, 'consentry:' + config.cookie.name, refresh);
    post = sync.post;
    disposers.push(
      sync.stop,
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
    signal = startConsentSignals(env, api, config.modes);
    if (signal && (record || config.mode !== 'opt-in')) signal();
    if (options.loadDebug && debugging(config.debug, env.win.location.hostname)) {
      options.loadDebug(config).then(
        (start) => destroyed || disposers.push(start(env, config, log)),
        (error) => log('error', 'debug mode did not load', error),
      );
    }
    if (config.record) {
      report = startReporter(env, config.record.endpoint, log);
      disposers.push(report.stop);
    }
    // Opt-out mode honours Global Privacy Control without asking: "other" (sale and sharing) is refused.
    if (gpc && config.gpc && config.mode === 'opt-out' && config.categories.other && !record?.gpc) {
      choose({ categories: { other: false } }, 'gpc');
    }
    gating = startGating(env, api, log, loadTexts);
    disposers.push(gating.stop);
    const asked = record && coversConfig(record, config);
    if (config.autoShow && !asked && !(config.hideFromBots && BOT.test(env.nav.userAgent))) open('banner');
  }

  // Later, so that listeners added after creation hear them: the page's own scripts
  // (DOMContentLoaded) or the code that called createConsentry() (a microtask).
  const announce = () => {
    if (destroyed) return;
    emitter.emit('ready', { record });
    if (record) emitter.emit('consent', record);
  };
  if (env?.doc.readyState === 'loading') env.doc.addEventListener('DOMContentLoaded', announce, { once: true });
  else Promise.resolve().then(announce);

  return api;
}

/** A record the page cannot edit: it is shared with every listener. */
function freeze(record: ConsentRecord): ConsentRecord {
  Object.freeze(record.categories);
  Object.freeze(record.services);
  return Object.freeze(record);
}
