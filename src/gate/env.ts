/**
 * The browser, as a parameter. Effectful modules take an `Env` instead of reaching for
 * globals, so tests pass a fake and importing the core touches nothing (SSR-safe).
 */

declare global {
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}

export interface Env {
  win: Window & typeof globalThis;
  doc: Document;
  nav: Navigator;
  now(): number;
  /** A random version 4 UUID. */
  uuid(): string;
  /** Reloads the page (after a withdrawal, when withdrawn scripts already ran). */
  reload(): void;
}

/** The real browser, or `undefined` outside one (server rendering, workers). */
export function browserEnv(): Env | undefined {
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  return {
    win: window,
    doc: document,
    nav: navigator,
    now: Date.now,
    uuid: () => randomUuid(window.crypto),
    reload: () => location.reload(),
  };
}

/**
 * `crypto.randomUUID` exists only in secure contexts; `getRandomValues` works on plain
 * http too, so one path serves every page.
 */
export function randomUuid(crypto: Crypto): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
