/**
 * Anonymous banner events for the ledger's insights (SPEC 12), sent to `record.events` when
 * the config names it: `shown` once per page view on which the first layer shows,
 * `preferences` each time the preference centre opens, `choice` with the method and the
 * state of each category the visitor could choose. Each event carries only what SPEC 12
 * lists: no consent id, no time, no cookie (`credentials: 'omit'`), the page's origin and
 * path only, and the device class from the viewport's width. Nothing is read from or written
 * to storage. Sent fire and forget: never awaited, never retried, a failure dropped.
 */
import type { Consentry } from '../src/index';

/** Viewport widths in CSS pixels: below 640 a phone, below 1024 a tablet, else a desktop. */
export const deviceOf = (width: number) => (width < 640 ? 'mobile' : width < 1024 ? 'tablet' : 'desktop');

export interface Insights {
  shown(): void;
  preferences(): void;
  /** After a choice made in the banner or the preference centre (the record is already in force). */
  choice(): void;
}

export function createInsights(cmp: Consentry, win: Window): Insights {
  const url = cmp.config.record?.events;
  let shown = false;
  const send = (event: string, extra?: object) => {
    if (!url) return;
    const { config } = cmp;
    const { origin, pathname } = win.location;
    const body = JSON.stringify({
      v: 1,
      event,
      url: origin + pathname,
      revision: config.revision,
      language: cmp.language,
      mode: config.mode,
      ...(config.region ? { region: config.region } : {}),
      gpc: (win.navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true,
      device: deviceOf(win.innerWidth),
      ...extra,
    });
    try {
      // keepalive: a choice that reloads the page (withdrawal) or a visitor who leaves still sends it.
      win.fetch(url, { method: 'POST', keepalive: true, credentials: 'omit', body, headers: { 'content-type': 'text/plain;charset=UTF-8' } }).catch(() => {});
    } catch {
      // No fetch, or over the keepalive quota: the event is dropped, never kept for later.
    }
  };
  return {
    shown: () => void (shown || ((shown = true), send('shown'))),
    preferences: () => send('preferences'),
    choice() {
      const record = cmp.get();
      if (!record) return;
      const categories: Record<string, boolean> = {};
      // Only what the visitor could choose: a read-only category is on in every choice.
      for (const name in record.categories) if (!cmp.config.categories[name]?.readOnly) categories[name] = record.categories[name]!;
      send('choice', { method: record.method, categories });
    },
  };
}
