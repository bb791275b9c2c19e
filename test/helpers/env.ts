// A test browser: jsdom's window with a controllable clock and predictable ids.
import type { Env } from '../../src/gate/env';

export function testEnv(overrides: Partial<Env> = {}): Env {
  let id = 0;
  return {
    win: window,
    doc: document,
    nav: navigator,
    now: () => Date.now(),
    uuid: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    reload: () => {},
    ...overrides,
  };
}

/**
 * Waits until queued work has run: microtasks (the `ready` and `consent` events) and the few
 * zero-delay timers Consentry uses to keep work out of the page's first task.
 */
export const tick = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Makes `document.cookie` throw, as in a sandboxed frame or with cookies blocked. */
export function blockCookies() {
  const blocked = () => {
    throw new DOMException('The document is sandboxed', 'SecurityError');
  };
  // An own property shadows Document.prototype.cookie; the test setup deletes it afterwards.
  Object.defineProperty(document, 'cookie', { get: blocked, set: blocked, configurable: true });
}
