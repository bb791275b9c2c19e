/**
 * Gating: finds the elements held until consent (gates) at start and as they are added
 * (one MutationObserver that looks only at added nodes), activates those the consent in
 * force allows, and blocks them again on withdrawal. It decides nothing about consent
 * itself: it asks the public API, like any page script could.
 */
import { has } from '../config/validate';
import type { Env } from '../env';
import type { Log } from '../log';
import type { Consentry, CookieDecl, TextOverrides } from '../types';
import { startAutoblock, type Autoblock } from './autoblock';
import { deleteCookies } from './cookies';
import { isAllowed, parseConsent, type ConsentExpression } from './expression';
import { hostRules, type HostRule } from './hosts';
import { MEDIA_TAGS, activateMedia, blockMedia } from './media';
import { PLACEHOLDER_TEXTS, createPlaceholder } from './placeholder';
import { createScriptQueue } from './scripts';

export interface Gating {
  /** Applies the consent in force; `changed` names what just changed (withdrawals act on it). */
  apply(changed: string[]): void;
  stop(): void;
}

interface Gate {
  expression: ConsentExpression;
  service?: string;
}

interface MediaGate extends Gate {
  /** Held by autoblock (an untagged frame to a held host): allowed once every rule is granted. */
  rules?: HostRule[];
  active?: boolean;
  /** "Load once": active for this page view, whatever the consent says. */
  once?: boolean;
  placeholder?: HTMLElement;
  /** The iframe's own inline display, restored when the placeholder goes. */
  display?: string;
}

/** What the observer looks at: gates, and untagged elements autoblock or the lint may hold. */
const FRAME_TAGS = ['IFRAME', 'EMBED'];
const GATES = '[data-consent],[data-service],script[src],iframe[src],iframe[data-src],embed[src],noscript';

export function startGating(env: Env, cmp: Consentry, log: Log, whenTexts: () => Promise<TextOverrides>): Gating {
  const { doc, win } = env;
  const { config } = cmp;
  const own = new WeakSet<Element>();
  const enqueue = createScriptQueue(log, config.nonce, own);
  /** Elements already looked at: the observer can report one twice (a parent and its child added together). */
  const seen = new WeakSet<Element>();
  const scripts = new Map<HTMLScriptElement, Gate>();
  const media = new Map<Element, MediaGate>();
  /** Categories and services whose scripts ran: withdrawing one needs a reload. */
  const ran = new Set<string>();

  const granted = (category: string, service?: string) =>
    service && config.services[service]!.category === category ? cmp.acceptedService(service) : cmp.accepted(category);
  const refused = (category: string) => cmp.get()?.categories[category] === false;
  /** A rule without a category (an invalid entry's host) is never granted. */
  const grantedRule = ({ category, service }: HostRule) => !!category && granted(category, service);
  const allowed = ({ expression, service, rules }: MediaGate) =>
    rules
      ? rules.every(grantedRule)
      : isAllowed(expression, (category) => granted(category, service), refused) && (!service || cmp.acceptedService(service));

  const rules = hostRules(config);
  const autoblock: Autoblock | undefined =
    rules[0] &&
    startAutoblock(env, rules, grantedRule, {
      own,
      run: (script) => enqueue(script, true),
      ran: (released) => {
        for (const { category, service } of released) for (const name of [category, service]) name && ran.add(name);
      },
      holdFrame: (frame, held) => holdFrame(frame, held),
    });

  /** An untagged frame to a held host: a media gate under its host rules, with the placeholder. */
  function holdFrame(frame: HTMLIFrameElement | HTMLEmbedElement, held: HostRule[]) {
    if (media.has(frame)) return;
    own.add(frame);
    const service = held.find((rule) => rule.service)?.service;
    const category = held.find((rule) => rule.category)?.category;
    log('warn', `<${frame.tagName.toLowerCase()} src="${frame.getAttribute('data-src')}"> is held until consent; tag it with data-consent and data-src, since the browser may request it before Consentry sees it`);
    const state: MediaGate = { expression: { need: category ? [category] : [], refuse: [] }, service, rules: held };
    media.set(frame, state);
    updateMedia(frame, state);
  }

  /** Registers an element if it is a gate (or holds it if autoblock says so); `true` for a new gate. */
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
    if (scripts.has(element as HTMLScriptElement) || media.has(element)) return false;
    const where = `<${element.tagName.toLowerCase()} ${element.hasAttribute('data-consent') ? `data-consent="${attribute}"` : `data-service="${element.getAttribute('data-service')}"`}>`;
    const expression = parseConsent(attribute);
    const service = element.getAttribute('data-service') ?? undefined;
    const unknown = [...expression.need, ...expression.refuse].filter((name) => !has(config.categories, name));
    if (service !== undefined && !has(config.services, service)) unknown.push(service);
    const problem = (text: string) => (log('warn', `${where}: ${text}`), false);
    if (unknown[0]) return problem(`unknown ${unknown.join(', ')}; it never loads`);
    if (service && !expression.need[0] && !expression.refuse[0]) expression.need.push(config.services[service]!.category);

    if (element.tagName === 'SCRIPT') {
      if ((element as HTMLScriptElement).type !== 'text/plain') return problem('ran before consent; give it type="text/plain"');
      scripts.set(element as HTMLScriptElement, { expression, service });
    } else if (MEDIA_TAGS.includes(element.tagName)) {
      if (element.hasAttribute('src') || element.hasAttribute('srcdoc')) problem('src and srcdoc load before consent; use data-src');
      own.add(element); // its loading is the gate's to decide, not autoblock's
      media.set(element, { expression, service });
    } else return problem('not an element Consentry can hold');
    return true;
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
    const on = state.once || allowed(state);
    if (on && !state.active) {
      state.active = true;
      removePlaceholder(gate, state);
      // A frame given its address inside the parser's task may never navigate (Chromium):
      // release it in a task of its own while the page is still loading.
      if (doc.readyState === 'loading' && FRAME_TAGS.includes(gate.tagName)) win.setTimeout(() => state.active && activateMedia(gate));
      else activateMedia(gate);
    } else if (!on) {
      if (state.active) blockMedia(gate);
      state.active = false;
      if (gate.tagName === 'IFRAME' && gate.getAttribute('data-consent-placeholder') !== 'off') showPlaceholder(gate as HTMLIFrameElement, state);
    }
  }

  function showPlaceholder(iframe: HTMLIFrameElement, state: MediaGate) {
    if (state.placeholder) return;
    state.placeholder = doc.createElement('div'); // reserved now, filled once the texts are in
    whenTexts().then((texts) => {
      if (state.active || !iframe.isConnected || !state.placeholder || state.placeholder.isConnected) return;
      const service = state.service;
      const source = iframe.getAttribute('data-src');
      const label = (service && config.services[service]!.label) || (source && hostOf(source)) || service || '';
      state.placeholder = createPlaceholder(
        iframe,
        label,
        { ...PLACEHOLDER_TEXTS, ...texts },
        () => {
          state.once = true;
          updateMedia(iframe, state);
        },
        () =>
          cmp.set(service ? { services: { [service]: true } } : Object.fromEntries(state.expression.need.map((category) => [category, true])), 'custom'),
      );
      state.display = iframe.style.display;
      iframe.style.display = 'none';
      iframe.before(state.placeholder);
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

  /**
   * Deletes the declared cookies of what was withdrawn, and reloads if its scripts already
   * ran. Withdrawn frames and media are blanked and detached first, so that no engine
   * restores their old address from session history during the reload.
   */
  function withdraw(changed: string[]) {
    const withdrawn = changed.filter((name) => (has(config.categories, name) ? !cmp.accepted(name) : !cmp.acceptedService(name)));
    if (!withdrawn[0]) return;
    const decls: CookieDecl[] = [];
    for (const name of withdrawn) decls.push(...(config.categories[name]?.cookies ?? []));
    for (const id in config.services) {
      const service = config.services[id]!;
      if ((withdrawn.includes(id) || withdrawn.includes(service.category)) && !cmp.acceptedService(id)) decls.push(...service.cookies);
    }
    deleteCookies(env, decls, config.cookie.path);
    if (!config.reloadOnRevoke || !withdrawn.some((name) => ran.has(name))) return;
    for (const [gate, state] of media) if (!state.active) gate.remove();
    env.reload();
  }

  function process(elements: Iterable<Element>) {
    const added: HTMLScriptElement[] = [];
    for (const element of elements) {
      if (!register(element)) continue;
      if (element.tagName === 'SCRIPT') added.push(element as HTMLScriptElement);
      else updateMedia(element, media.get(element)!);
    }
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

  const offLanguage = cmp.on('language', () => {
    for (const [iframe, state] of media) {
      if (!state.placeholder) continue;
      removePlaceholder(iframe, state);
      updateMedia(iframe, state);
    }
  });

  return {
    apply(changed) {
      for (const [gate, state] of media) updateMedia(gate, state);
      withdraw(changed);
      runScripts(scripts.keys());
      autoblock?.release();
    },
    stop() {
      observer.disconnect();
      offLanguage();
      autoblock && autoblock.stop();
      for (const [iframe, state] of media) removePlaceholder(iframe, state);
    },
  };
}
