/**
 * Debug mode: the tracker the site owner forgot to tag. Watches the page's resource timing
 * (buffered, so requests made before Consentry started count too) and warns once per host
 * about third-party requests made while nothing optional was granted that no gate
 * (`data-consent`), service, preset or autoblock entry covers. A request made while a
 * category or service was granted may have been released by that consent (an adapter's
 * `<Consent>`, an `accepted()` check): no warning, since every warning must be true. Loaded
 * only when the config asks for it (`debug: true`): never because of where the page runs,
 * so what a developer measures on localhost is what visitors get.
 */
import type { Env } from '../gate/env';
import { hostRules, matchHosts } from '../gate/hosts';
import type { Log } from '../gate/log';
import type { Consentry, ResolvedConfig } from '../types';

export type StartDebug = (env: Env, config: ResolvedConfig, log: Log, cmp: Consentry) => () => void;

/** Where a gate keeps the address it loads once allowed. */
const GATE_SOURCES = ['src', 'data-src', 'data-href', 'data-srcset'];

/** Consentry's own files (the banner, presets, languages, this file): served from wherever consentry.js is. */
const OWN_FILE = /\/(consentry[\w.-]*\.m?js|i18n\/[\w-]+\.m?js)$/;

/**
 * The site a host belongs to, without the Public Suffix List: the last two labels, or three
 * when the second-to-last is a short second-level suffix (`example.co.uk`). A heuristic,
 * good enough for a warning that only developers see.
 */
export function siteOf(host: string): string {
  const labels = host.split('.');
  if (/^[\d.]+$|:/.test(host) || labels.length < 3) return host;
  const tail = labels.slice(-2);
  return (tail[0]!.length <= 3 && tail[1]!.length === 2 ? labels.slice(-3) : tail).join('.');
}

export const startDebug: StartDebug = ({ win, doc }, config, log, cmp) => {
  // Every host the config names: autoblock entries, services and presets, invalid entries' hosts.
  const rules = hostRules(config);
  /** Whether anything optional is granted now, and since when (page time): what held at the start held before it. */
  const granted = () =>
    Object.keys(config.categories).some((name) => !config.categories[name]!.readOnly && cmp.accepted(name)) || Object.keys(config.services).some((id) => cmp.acceptedService(id));
  const history: [number, boolean][] = [[-Infinity, granted()]];
  // A choice counts from its record's time (whole seconds, so never after the click): what the
  // page released in that choice's own listeners, before this one heard of it, is covered.
  const note = (time: number) => history.push([time, granted()]) && history.sort(([a], [b]) => a - b);
  const offConsent = cmp.on('consent', (record) => note(Date.parse(record.updatedAt) - win.performance.timeOrigin));
  const offChange = cmp.on('change', ({ record }) => record || note(win.performance.now()));
  const grantedAt = (time: number) => history.filter(([since]) => since <= time).at(-1)![1];
  const site = siteOf(win.location.hostname);
  /** Hosts that gates on this page load from: recorded when the gate is seen, before it runs. */
  const tagged = new Set<string>();
  const warned = new Set<string>();

  const noteGate = (element: Element) => {
    for (const name of GATE_SOURCES) {
      // srcset: every candidate's URL, each followed by an optional size.
      for (const part of (element.getAttribute(name) ?? '').split(',')) {
        const address = part.trim().split(/\s+/)[0];
        if (!address) continue;
        try {
          tagged.add(new URL(address, doc.baseURI).hostname);
        } catch {
          // Not a URL: the gate loads nothing from it.
        }
      }
    }
  };
  const noteGates = (root: ParentNode) => root.querySelectorAll('[data-consent]').forEach(noteGate);
  noteGates(doc);
  const gates = new win.MutationObserver((records) => {
    for (const record of records)
      for (const node of Array.from(record.addedNodes))
        if (node instanceof win.Element) {
          if (node.hasAttribute('data-consent')) noteGate(node);
          noteGates(node);
        }
  });
  gates.observe(doc.documentElement, { childList: true, subtree: true });

  const check = (address: string, initiator: string, time: number) => {
    if (grantedAt(time)) return;
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return;
    }
    const { hostname } = url;
    if (!/^https?:$/.test(url.protocol) || siteOf(hostname) === site || OWN_FILE.test(url.pathname)) return;
    if (warned.has(hostname) || tagged.has(hostname) || matchHosts(url, rules)[0]) return;
    warned.add(hostname);
    log(
      'warn',
      `debug: ${hostname} was loaded (${initiator}: ${url.origin}${url.pathname}) with nothing granted, and no gate, service, preset or autoblock entry covers it. ` +
        `If it needs consent, tag the element with data-consent, or add "${hostname}" to a service's hosts or to autoblock`,
    );
  };

  const Observer = win.PerformanceObserver;
  const resources =
    Observer &&
    new Observer((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) check(entry.name, entry.initiatorType, entry.startTime);
    });
  resources?.observe({ type: 'resource', buffered: true });
  return () => {
    offConsent();
    offChange();
    gates.disconnect();
    resources?.disconnect();
  };
};
