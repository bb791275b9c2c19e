/**
 * Gating: finds the elements held until consent (gates) at start and as they are added
 * (one MutationObserver that looks only at added nodes), activates those the consent in
 * force allows, and blocks them again when it is withdrawn. It decides nothing about
 * consent: the composition root hands it plain states (`apply(states)`).
 *
 * Until the config is known to be valid (`configure()`), tagged gates wait unregistered
 * (they are inert by their markup) and autoblock holds every host the raw config names.
 */
import { has } from '../config/names';
import type { Env } from '../env';
import type { Log } from '../log';
import type { ResolvedConfig } from '../types';
import { startAutoblock, type Autoblock } from './autoblock';
import { isAllowed, parseConsent, type ConsentExpression } from './expression';
import { hostRules, type HostRule } from './hosts';
import { ELEMENT_KINDS, kindOf } from './kinds';
import { createScriptQueue } from './scripts';

/** What is granted: every configured category and service, and the categories a stored choice refused. */
export interface GateStates {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  refused: Record<string, boolean>;
}

export interface GatingHooks {
  /**
   * The UI of a blocked iframe's placeholder (it loads with the manager); until it comes,
   * the iframe itself keeps the space. `undefined` when it cannot be had.
   */
  placeholder(iframe: HTMLIFrameElement, label: string, service: string | undefined, loadOnce: () => void, allow: () => void): Promise<HTMLElement | undefined>;
  /** "Always allow" on a placeholder: grant the service, or the categories. */
  allow(service: string | undefined, categories: string[]): void;
}

export interface Gating {
  /** The config is known to be valid: gates register and host rules follow it. */
  configure(config: ResolvedConfig): void;
  /** Takes the states in force, so that what they refuse is held at once; releases nothing. */
  set(states: GateStates): void;
  /** Takes the states in force and releases what they allow (and blocks what they refuse). */
  apply(states: GateStates): void;
  /** Categories and services whose scripts ran (autoblock's releases included). */
  readonly ran: ReadonlySet<string>;
  /** Removes blocked frames and media before a reload, so that no engine restores their old address. */
  detachBlocked(): void;
  /** Draws the placeholders again (a new language). */
  redrawPlaceholders(): void;
  stop(): void;
}

interface Gate {
  expression: ConsentExpression;
  service?: string;
}

interface MediaGate extends Gate {
  /** Held by autoblock (an untagged frame to a held host): allowed once autoblock lets its address go. */
  heldUrl?: string;
  active?: boolean;
  /** "Load once": active for this page view, whatever the consent says. */
  once?: boolean;
  placeholder?: HTMLElement;
  /** Asked for and not yet there. */
  asked?: boolean;
  /** The iframe's own inline display, restored when the placeholder goes. */
  display?: string;
}

/** What the observer looks at: gates, and untagged elements autoblock or the lint may hold. */
const GATES = '[data-consent],[data-service],script[src],iframe[src],iframe[data-src],embed[src],noscript';
const NOTHING: GateStates = { categories: {}, services: {}, refused: {} };

export function startGating(env: Env, initial: ResolvedConfig, configured: boolean, log: Log, hooks: GatingHooks): Gating {
  const { doc, win } = env;
  let config = initial;
  let states = NOTHING;
  const own = new WeakSet<Element>();
  const enqueue = createScriptQueue(log, () => config.nonce, own);
  /** Elements already looked at: the observer can report one twice (a parent and its child added together). */
  const seen = new WeakSet<Element>();
  /** Tagged gates found before the config was known valid. */
  let waiting: Element[] | undefined = configured ? undefined : [];
  const scripts = new Map<HTMLScriptElement, Gate>();
  const media = new Map<Element, MediaGate>();
  const ran = new Set<string>();

  const granted = (category: string, service?: string) =>
    !!(service && config.services[service]?.category === category ? states.services[service] : states.categories[category]);
  const refused = (category: string) => !!states.refused[category];
  /** A rule without a category (an invalid entry's host) is never granted. */
  const grantedRule = ({ category, service }: HostRule) => !!category && granted(category, service);
  const allowed = ({ expression, service, heldUrl }: MediaGate) =>
    heldUrl !== undefined ? !autoblock!.holds(heldUrl) : isAllowed(expression, (category) => granted(category, service), refused) && (!service || !!states.services[service]);

  /** Mutated in place by configure(): autoblock reads it on every check. */
  const rules = hostRules(config);
  let autoblock: Autoblock | undefined;
  const startAutoblockOnce = () =>
    (autoblock ??= startAutoblock(env, rules, grantedRule, {
      own,
      run: (script) => enqueue(script, true),
      ran: (released) => {
        for (const { category, service } of released) for (const name of [category, service]) name && ran.add(name);
      },
      holdFrame,
    }));
  if (rules[0]) startAutoblockOnce();

  /** An untagged frame to a held host: a media gate under its host rules, with the placeholder. */
  function holdFrame(frame: HTMLIFrameElement | HTMLEmbedElement, held: HostRule[]) {
    if (media.has(frame)) return;
    own.add(frame);
    const service = held.find((rule) => rule.service)?.service;
    const category = held.find((rule) => rule.category)?.category;
    log('warn', `<${frame.tagName.toLowerCase()} src="${frame.getAttribute('data-src')}"> is held until consent; tag it with data-consent and data-src, since the browser may request it before Consentry sees it`);
    const state: MediaGate = { expression: { need: category ? [category] : [], refuse: [] }, service, heldUrl: frame.getAttribute('data-src')! };
    media.set(frame, state);
    updateMedia(frame, state);
  }

  /** Registers an element if it is a gate (or holds it if autoblock says so); `true` for a new script gate. */
  function register(element: Element): boolean {
    if (seen.has(element)) return false;
    seen.add(element);
    // `data-service` alone implies its service's category (below).
    const attribute = element.getAttribute('data-consent') ?? (element.hasAttribute('data-service') ? '' : null);
    if (attribute === null) {
      autoblock?.check(element);
      // A tracker's <noscript> fallback loads, without consent, exactly when Consentry cannot run.
      if (element.tagName === 'NOSCRIPT' && /<(img|iframe)\b[^>]*\bsrc=/i.test(element.textContent!))
        log('warn', '<noscript> with an image or iframe loads without consent when scripts are off; remove it');
      return false;
    }
    if (waiting) return void waiting.push(element), false;
    const where = `<${element.tagName.toLowerCase()} ${element.hasAttribute('data-consent') ? `data-consent="${attribute}"` : `data-service="${element.getAttribute('data-service')}"`}>`;
    const expression = parseConsent(attribute);
    const service = element.getAttribute('data-service') ?? undefined;
    const unknown = [...expression.need, ...expression.refuse].filter((name) => !has(config.categories, name));
    if (service !== undefined && !has(config.services, service)) unknown.push(service);
    const problem = (text: string) => (log('warn', `${where}: ${text}`), false);
    if (unknown[0]) return problem(`unknown ${unknown.join(', ')}; it never loads`);
    if (service && !expression.need[0] && !expression.refuse[0]) expression.need.push(config.services[service]!.category);

    const kind = kindOf(element);
    if (!kind) return problem('not an element Consentry can hold');
    const mistake = kind.lint(element);
    if (kind === ELEMENT_KINDS.script) {
      if (mistake) return problem(mistake);
      scripts.set(element as HTMLScriptElement, { expression, service });
      return true;
    }
    if (mistake) problem(mistake);
    own.add(element); // its loading is the gate's to decide, not autoblock's
    const state: MediaGate = { expression, service };
    media.set(element, state);
    updateMedia(element, state);
    return false;
  }

  /** Runs the allowed scripts among `candidates` in document order, once each. */
  function runScripts(candidates: Iterable<HTMLScriptElement>) {
    const ready = [...candidates].filter((gate) => scripts.has(gate) && allowed(scripts.get(gate)!));
    ready.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    for (const gate of ready) {
      const { expression, service } = scripts.get(gate)!;
      scripts.delete(gate);
      for (const name of expression.need) ran.add(name);
      if (service) ran.add(service);
      enqueue(gate);
    }
  }

  function updateMedia(gate: Element, state: MediaGate) {
    if (!gate.isConnected) {
      state.placeholder?.remove();
      return void media.delete(gate);
    }
    const kind = kindOf(gate)!;
    const on = state.once || allowed(state);
    if (on && !state.active) {
      state.active = true;
      removePlaceholder(gate, state);
      // A frame given its address inside the parser's task may never navigate (Chromium):
      // release it in a task of its own while the page is still loading.
      if (doc.readyState === 'loading' && kind.frame) win.setTimeout(() => state.active && kind.activate(gate));
      else kind.activate(gate);
    } else if (!on) {
      if (state.active) kind.block(gate);
      state.active = false;
      if (gate.tagName === 'IFRAME' && gate.getAttribute('data-consent-placeholder') !== 'off') showPlaceholder(gate as HTMLIFrameElement, state);
    }
  }

  function showPlaceholder(iframe: HTMLIFrameElement, state: MediaGate) {
    if (state.placeholder || state.asked) return;
    state.asked = true;
    const { service } = state;
    const source = iframe.getAttribute('data-src');
    const label = (service && config.services[service]!.label) || (source && hostOf(source)) || service || '';
    const loadOnce = () => {
      state.once = true;
      updateMedia(iframe, state);
    };
    hooks.placeholder(iframe, label, service, loadOnce, () => hooks.allow(service, state.expression.need)).then((placeholder) => {
      state.asked = false;
      if (!placeholder || state.active || !iframe.isConnected || state.placeholder) return;
      state.placeholder = placeholder;
      state.display = iframe.style.display;
      iframe.style.display = 'none';
      iframe.before(placeholder);
    });
  }

  function removePlaceholder(iframe: Element, state: MediaGate) {
    if (!state.placeholder) return;
    state.placeholder.remove();
    state.placeholder = undefined;
    (iframe as HTMLElement).style.display = state.display ?? '';
  }

  const hostOf = (url: string) => {
    try {
      return new URL(url, doc.baseURI).hostname;
    } catch {
      return '';
    }
  };

  function process(elements: Iterable<Element>) {
    const added: HTMLScriptElement[] = [];
    for (const element of elements) if (register(element)) added.push(element as HTMLScriptElement);
    runScripts(added);
  }

  const observer = new win.MutationObserver((records) => {
    const added = new Set<Element>();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if ((node as Element).matches(GATES)) added.add(node as Element);
        for (const element of (node as Element).querySelectorAll(GATES)) added.add(element);
      }
    }
    process(added);
  });
  observer.observe(doc, { childList: true, subtree: true });
  process(doc.querySelectorAll(GATES));

  return {
    configure(next) {
      config = next;
      rules.splice(0, rules.length, ...hostRules(next));
      if (rules[0]) startAutoblockOnce();
      const found = waiting ?? [];
      waiting = undefined;
      for (const element of found) seen.delete(element);
      process(found.filter((element) => element.isConnected));
    },
    set(next) {
      states = next;
    },
    apply(next) {
      states = next;
      for (const [gate, state] of media) updateMedia(gate, state);
      runScripts(scripts.keys());
      autoblock?.release();
    },
    ran,
    detachBlocked() {
      for (const [gate, state] of media) if (!state.active) gate.remove();
    },
    redrawPlaceholders() {
      for (const [iframe, state] of media) {
        if (!state.placeholder) continue;
        removePlaceholder(iframe, state);
        updateMedia(iframe, state);
      }
    },
    stop() {
      observer.disconnect();
      autoblock?.stop();
      for (const [iframe, state] of media) removePlaceholder(iframe, state);
    },
  };
}
