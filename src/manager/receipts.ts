/**
 * Proof of consent: each choice made on this page goes to `config.record.endpoint` as a
 * receipt (the record, the page, the language and a hash of what the visitor was shown).
 * A receipt stays pending in localStorage until the endpoint confirms it, and pending ones
 * are sent again on the next page load; the receiver stores each choice once, so a resend
 * is harmless. Nothing here blocks the page.
 */
import type { Env } from '../gate/env';
import { checksum } from '../gate/hash';
import { RECEIPTS_KEY as KEY } from '../gate/keys';
import type { Log } from '../gate/log';
import type { ConsentRecord, ResolvedConfig, TextOverrides } from '../types';
import { VERSION } from '../version';

/** What the visitor was shown: the language, the config and its texts. */
export interface Shown {
  language: string;
  config: ResolvedConfig;
  texts: TextOverrides;
}
/** Attempts before a receipt is given up on (and reported, never dropped silently). */
const MAX_ATTEMPTS = 10;

interface Pending {
  body: string;
  attempts: number;
}

/** The receipt for `record`: what the visitor chose, where, and a hash of what they were told. */
export function receiptOf(env: Env, { language, config, texts }: Shown, record: ConsentRecord): string {
  const { origin, pathname } = env.win.location;
  const shownText = JSON.stringify([VERSION, language, config, texts]);
  return JSON.stringify({
    v: 1,
    record,
    url: origin + pathname,
    language,
    shown: checksum(shownText) + checksum(shownText, 0x2f1b),
    revision: config.revision,
  });
}

export interface Reporter {
  send(receipt: string): void;
  stop(): void;
}

export function startReporter(env: Env, endpoint: string, log: Log): Reporter {
  const { win } = env;
  let memory: Pending[] = [];
  const load = (): Pending[] => {
    try {
      const stored = JSON.parse(win.localStorage.getItem(KEY) || '[]');
      return Array.isArray(stored) ? stored.filter((p) => typeof p?.body === 'string' && typeof p.attempts === 'number') : [];
    } catch {
      return memory; // storage blocked or edited: this page's receipts still count
    }
  };
  const save = (pending: Pending[]) => {
    memory = pending;
    try {
      win.localStorage.setItem(KEY, JSON.stringify(pending));
    } catch {
      // Blocked storage: the receipts live in memory for this page.
    }
  };
  const settle = (body: string, error?: string) => {
    save(load().filter((p) => p.body !== body));
    if (error) log('error', `record.endpoint refused a receipt (${error}); it is not sent again`);
  };

  const deliver = (pending: Pending) => {
    save(load().map((p) => (p.body === pending.body ? { ...p, attempts: p.attempts + 1 } : p)));
    if (pending.attempts >= MAX_ATTEMPTS) return settle(pending.body, `${MAX_ATTEMPTS} attempts failed`);
    let sent: Promise<Response>;
    try {
      sent = win.fetch(endpoint, { method: 'POST', body: pending.body, keepalive: true, credentials: 'omit', headers: { 'content-type': 'text/plain;charset=UTF-8' } });
    } catch {
      // No keepalive fetch here (or over its quota): a beacon is sent but never confirmed,
      // so the receipt stays pending and is confirmed by a later page load.
      env.nav.sendBeacon?.(endpoint, pending.body);
      return;
    }
    sent.then(
      // 4xx but 408 and 429 will not change by sending again.
      ({ ok, status }) => (ok ? settle(pending.body) : status < 500 && status !== 408 && status !== 429 && settle(pending.body, `HTTP ${status}`)),
      () => {}, // offline, refused, CORS: stays pending for the next page load
    );
  };

  // Receipts left from earlier pages go out after the page's start, not in the task that
  // runs consentry.js; this page's own receipts are sent by the function below.
  const earlier = load();
  const timer = win.setTimeout(() => {
    for (const pending of earlier) deliver(pending);
  });

  return {
    send(body) {
      const pending = { body, attempts: 0 };
      save([...load(), pending]);
      deliver(pending);
    },
    stop: () => win.clearTimeout(timer),
  };
}
