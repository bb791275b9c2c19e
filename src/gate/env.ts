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
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts; `getRandomValues`
 * works on plain http too, so one path serves every page: each `x` of the template becomes a
 * random hex digit, `y` one of 8, 9, a, b (the variant).
 */
export const randomUuid = (crypto: Crypto): string =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const random = crypto.getRandomValues(new Uint8Array(1))[0]!;
    return (c == 'x' ? random & 15 : (random & 3) | 8).toString(16);
  });
