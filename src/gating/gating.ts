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
import { startAutoblock } from './autoblock';
import { deleteCookies } from './cookies';
import { isAllowed, parseConsent, type ConsentExpression } from './expression';
import type { HostRule } from './hosts';
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
  active?: boolean;
  /** "Load once": active for this page view, whatever the consent says. */
  once?: boolean;
  placeholder?: HTMLElement;
  /** The iframe's own inline display, restored when the placeholder goes. */
  display?: string;
}

const GATES = '[data-consent],script[src],noscript';

export function startGating(env: Env, cmp: Consentry, log: Log, whenTexts: () => Promise<TextOverrides>): Gating {
  const { doc, win } = env;
  const { config } = cmp;
  const own = new WeakSet<Element>();
  const enqueue = createScriptQueue(log, config.nonce, own);
  const scripts = new Map<HTMLScriptElement, Gate>();
  const media = new Map<Element, MediaGate>();
  /** Categories and services whose scripts ran: withdrawing one needs a reload. */
  const ran = new Set<string>();

  const granted = (category: string, service?: string) =>
    service && config.services[service]!.category === category ? cmp.acceptedService(service) : cmp.accepted(category);
  const refused = (category: string) => cmp.get()?.categories[category] === false;
  const allowed = ({ expression, service }: Gate) =>
    isAllowed(expression, (category) => granted(category, service), refused) && (!service || cmp.acceptedService(service));

  const rules: HostRule[] = [];
  for (const category in config.autoblock) for (const pattern of config.autoblock[category]!) rules.push({ pattern, category });
  for (const service in config.services) for (const pattern of config.services[service]!.hosts) rules.push({ pattern, category: config.services[service]!.category, service });
  const autoblock =
    rules[0] &&
    startAutoblock(env, rules, (rule) => granted(rule.category, rule.service), own, (script, rule) => {
      ran.add(rule.service ?? rule.category);
      enqueue(script);
    });

  /** Registers an element if it is a gate (or holds it if autoblock says so); `true` for a new gate. */
  function register(element: Element): boolean {
    const attribute = element.getAttribute('data-consent');
    if (attribute === null) {
      if (autoblock && element.tagName === 'SCRIPT') autoblock.check(element as HTMLScriptElement);
      // A tracker's <noscript> fallback loads, without consent, exactly when Consentry cannot run.
      if (element.tagName === 'NOSCRIPT' && /<(img|iframe)\b[^>]*\bsrc=/i.test(element.textContent!))
        log('warn', '<noscript> with an image or iframe loads without consent when scripts are off; remove it');
      return false;
    }
    if (scripts.has(element as HTMLScriptElement) || media.has(element)) return false;
    const where = `<${element.tagName.toLowerCase()} data-consent="${attribute}">`;
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
      activateMedia(gate);
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

  /** Deletes the declared cookies of what was withdrawn, and reloads if its scripts already ran. */
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
    if (config.reloadOnRevoke && withdrawn.some((name) => ran.has(name))) env.reload();
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
    const added: Element[] = [];
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if ((node as Element).matches(GATES)) added.push(node as Element);
        added.push(...(node as Element).querySelectorAll(GATES));
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
      withdraw(changed);
      runScripts(scripts.keys());
      for (const [gate, state] of media) updateMedia(gate, state);
      autoblock && autoblock.release();
    },
    stop() {
      observer.disconnect();
      offLanguage();
      autoblock && autoblock.stop();
      for (const [iframe, state] of media) removePlaceholder(iframe, state);
    },
  };
}
