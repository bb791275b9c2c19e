/**
 * Gating: finds the elements held until consent (gates) at start and as they are added (one
 * MutationObserver that looks only at added nodes), releases those the states in force
 * allow, and holds them again when consent is withdrawn. It decides nothing about consent:
 * the composition root hands it plain states (`hold`, then `release`).
 *
 * Until the config is known to be valid (`configure()`), tagged gates wait unregistered
 * (they are inert by their markup) and autoblock holds every host the raw config names.
 */
import type { ResolvedConfig } from '../types';
import { startAutoblock, type Autoblock } from './autoblock';
import type { States } from './consent';
import { FRAME, MEDIA, holdMedia, releaseMedia } from './element-kinds';
import type { Env } from './env';
import { isAllowed, parseConsent, type ConsentExpression } from './expression';
import { hostRules } from './hosts';
import type { Log } from './log';
import { has } from './names';
import { createScriptQueue } from './scripts';

export interface GatingHooks {
  /**
   * The UI of a blocked iframe's placeholder (it comes with the manager); until it comes,
   * the iframe itself keeps the space. `undefined` when it cannot be had.
   */
  placeholder(iframe: HTMLIFrameElement, label: string, service: string | undefined, loadOnce: () => void, allow: () => void): Promise<HTMLElement | undefined>;
  /** "Always allow" on a placeholder: grant the service, or the categories. */
  allow(service: string | undefined, categories: string[]): void;
  /** Consentry's own files and its ledger's endpoints (receipts, events): never held. */
  ownUrl(url: URL): boolean;
}

export interface Gating {
  /** The config is known to be valid: gates register and host rules follow it. */
  configure(config: ResolvedConfig): void;
  /** Takes the states in force, so that what they refuse is held at once; releases nothing. */
  hold(states: States): void;
  /** Releases what the states in force allow, and holds again what they refuse. */
  release(): void;
  /** Categories and services whose scripts ran (autoblock's releases included). */
  readonly ran: ReadonlySet<string>;
  /** Removes blocked frames and media before a reload, so that no engine restores their old address. */
  detach(): void;
  /** Draws the placeholders again (a new language). */
  redraw(): void;
  stop(): void;
}

interface Gate extends ConsentExpression {
  service?: string;
  /** Held by autoblock (an untagged frame to a held host): allowed once autoblock lets its address go. */
  url?: string;
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

export function startGating(env: Env, initial: ResolvedConfig, checked: boolean, log: Log, hooks: GatingHooks): Gating {
  const { doc, win } = env;
  let config = initial;
  let states: States = { categories: {}, services: {}, refused: {} };
  /** Elements Consentry loads itself (its copies of scripts, media gates): never autoblock's. */
  const own = new WeakSet<Element>();
  const enqueue = createScriptQueue(env, log, () => config.nonce, own);
  /** Elements already looked at: the observer can report one twice (a parent and its child added together). */
  const seen = new WeakSet<Element>();
  /** Tagged gates found before the config was known valid. */
  let waiting: Element[] | undefined = checked ? undefined : [];
  const scripts = new Map<HTMLScriptElement, Gate>();
  const media = new Map<Element, Gate>();
  const ran = new Set<string>();

  const granted = (category: string, service?: string) => !!(service && config.services[service]?.category == category ? states.services[service] : states.categories[category]);
  const allowed = (gate: Gate) =>
    gate.url != null ? !autoblock!.holds(gate.url) : isAllowed(gate, (category) => granted(category, gate.service), (category) => !!states.refused[category]) && (!gate.service || !!states.services[gate.service]);

  /** Mutated in place by configure(): autoblock reads it on every check. */
  const rules = hostRules(config);
  let autoblock: Autoblock | undefined;
  const startAutoblockOnce = () =>
    rules[0] &&
    (autoblock ??= startAutoblock(env, rules, ({ category, service }) => !!category && granted(category, service), {
      own,
      ownUrl: hooks.ownUrl,
      run: (script) => enqueue(script, true),
      ran: (released) => released.map(({ category, service }) => [category, service].map((name) => name && ran.add(name))),
      // An untagged frame to a held host: a media gate under its host rules, with the placeholder.
      holdFrame(frame, held) {
        if (media.has(frame)) return;
        const category = held.find((rule) => rule.category)?.category;
        log('warn', `<${frame.localName} src="${frame.getAttribute('data-src')}"> is held until consent; tag it (data-consent, data-src): the browser may fetch it before Consentry sees it`);
        addMedia(frame, { need: category ? [category] : [], refuse: [], service: held.find((rule) => rule.service)?.service, url: frame.getAttribute('data-src')! });
      },
    }));
  startAutoblockOnce();

  function addMedia(element: Element, gate: Gate) {
    own.add(element); // its loading is the gate's to decide, not autoblock's
    media.set(element, gate);
    update(element, gate);
  }

  /** Registers an element if it is a gate (or holds it if autoblock says so); `true` for a new script gate. */
  function register(element: Element): boolean | void {
    if (seen.has(element)) return;
    seen.add(element);
    const tag = element.localName;
    const service = element.getAttribute('data-service') ?? undefined;
    // `data-service` alone implies its service's category (below).
    const consent = element.getAttribute('data-consent') ?? (service == null ? null : '');
    if (consent == null) {
      autoblock?.check(element);
      // A tracker's <noscript> fallback loads, without consent, exactly when Consentry cannot run.
      if (tag == 'noscript' && /<(img|iframe)\b[^>]*\bsrc=/i.test(element.textContent!)) log('warn', '<noscript> with an image or iframe loads without consent when scripts are off; remove it');
      return;
    }
    if (waiting) return void waiting.push(element);
    const gate: Gate = { ...parseConsent(consent), service };
    // One warning per name, however many elements carry it.
    const unknown = [...gate.need, ...gate.refuse].filter((name) => !has(config.categories, name));
    for (const name of unknown) log('warn', `data-consent: no category "${name}" in config.categories; what needs it never loads`);
    if (service && !has(config.services, service)) return log('warn', `data-service: no service "${service}" in config.services; what needs it never loads`);
    if (unknown[0]) return;
    if (service && !gate.need[0] && !gate.refuse[0]) gate.need.push(config.services[service]!.category);
    const where = `<${tag} data-consent="${consent}">: `;
    if (tag == 'script') {
      if ((element as HTMLScriptElement).type == 'text/plain') return !!scripts.set(element as HTMLScriptElement, gate);
      return log('warn', where + 'ran before consent; give it type="text/plain"');
    }
    if (!MEDIA.test(tag)) return log('warn', where + 'not an element Consentry can hold');
    if (element.hasAttribute('src') || element.hasAttribute('srcdoc')) log('warn', where + 'src and srcdoc load before consent; use data-src');
    addMedia(element, gate);
  }

  /**
   * Runs the allowed scripts among `candidates` in document order, once each. The third-party
   * host a script comes from is held again with its categories from then on: what it sends
   * once they are withdrawn (a `pagehide` beacon during the reload) is refused.
   */
  function runScripts(candidates: Iterable<HTMLScriptElement>) {
    const ready = [...candidates].filter((script) => scripts.has(script) && allowed(scripts.get(script)!));
    ready.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    for (const script of ready) {
      const { need, service } = scripts.get(script)!;
      scripts.delete(script);
      for (const name of [...need, service]) name && ran.add(name);
      try {
        const { hostname } = new URL(script.getAttribute('data-src') ?? script.getAttribute('src')!, doc.baseURI);
        if (hostname != win.location.hostname) for (const category of need) rules.push({ pattern: hostname, category, service });
      } catch {} // inline: it came from nowhere
      enqueue(script);
    }
    startAutoblockOnce();
  }

  function update(element: Element, gate: Gate) {
    if (!element.isConnected) {
      gate.placeholder?.remove();
      return void media.delete(element);
    }
    const on = gate.once || allowed(gate);
    if (on && !gate.active) {
      gate.active = true;
      unplace(element, gate);
      // A frame given its address inside the parser's task may never navigate (Chromium).
      if (doc.readyState == 'loading' && FRAME.test(element.localName)) win.setTimeout(() => gate.active && releaseMedia(element));
      else releaseMedia(element);
    } else if (!on) {
      if (gate.active) holdMedia(element);
      gate.active = false;
      if (element.localName == 'iframe' && element.getAttribute('data-consent-placeholder') != 'off') place(element as HTMLIFrameElement, gate);
    }
  }

  /** Puts the placeholder in the iframe's stead, once the manager has drawn it. */
  function place(iframe: HTMLIFrameElement, gate: Gate) {
    if (gate.placeholder || gate.asked) return;
    gate.asked = true;
    const { service } = gate;
    let host = '';
    try {
      host = new URL(iframe.getAttribute('data-src')!, doc.baseURI).hostname;
    } catch {}
    const loadOnce = () => {
      gate.once = true;
      update(iframe, gate);
    };
    hooks.placeholder(iframe, (service && config.services[service]!.label) || host || service || '', service, loadOnce, () => hooks.allow(service, gate.need)).then((placeholder) => {
      gate.asked = false;
      if (!placeholder || gate.active || !iframe.isConnected || gate.placeholder) return;
      gate.placeholder = placeholder;
      gate.display = iframe.style.display;
      iframe.style.display = 'none';
      iframe.before(placeholder);
    });
  }

  function unplace(iframe: Element, gate: Gate) {
    if (!gate.placeholder) return;
    gate.placeholder.remove();
    gate.placeholder = undefined;
    (iframe as HTMLElement).style.display = gate.display!;
  }

  function process(elements: Iterable<Element>) {
    const added: HTMLScriptElement[] = [];
    for (const element of elements) if (register(element)) added.push(element as HTMLScriptElement);
    runScripts(added);
  }

  const observer = new win.MutationObserver((records) => {
    const added = new Set<Element>();
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType == 1) {
          if ((node as Element).matches(GATES)) added.add(node as Element);
          for (const element of (node as Element).querySelectorAll(GATES)) added.add(element);
        }
    process(added);
  });
  observer.observe(doc, { childList: true, subtree: true });
  process(doc.querySelectorAll(GATES));

  return {
    configure(next) {
      config = next;
      rules.splice(0, rules.length, ...hostRules(next));
      startAutoblockOnce();
      const found = waiting ?? [];
      waiting = undefined;
      for (const element of found) seen.delete(element);
      process(found.filter((element) => element.isConnected));
    },
    hold(next) {
      states = next;
    },
    release() {
      media.forEach((gate, element) => update(element, gate));
      runScripts(scripts.keys());
      autoblock?.release();
    },
    ran,
    detach: () => media.forEach((gate, element) => gate.active || element.remove()),
    redraw: () =>
      media.forEach((gate, iframe) => {
        if (!gate.placeholder) return;
        unplace(iframe, gate);
        update(iframe, gate);
      }),
    stop() {
      observer.disconnect();
      autoblock?.stop();
      media.forEach((gate, iframe) => unplace(iframe, gate));
    },
  };
}
