/**
 * Trusted Types: under `require-trusted-types-for 'script'`, a script's `src` and text must
 * be trusted values. Consentry only ever runs scripts the page itself wrote (gated markup,
 * its own chunks), so its policy passes them through; the site allows it by name with
 * `trusted-types consentry`. Without Trusted Types (or with the name not allowed) strings
 * are used as they are.
 */

type Trusted = { createScriptURL(url: string): string; createScript(code: string): string };

const policies = new WeakMap<object, Trusted | null>();

/** The `consentry` policy of `win`, created once per window (a second create would throw). */
export function trustedTypes(win: Window): Trusted | null {
  if (!policies.has(win)) {
    let policy: Trusted | null = null;
    try {
      const factory = (win as { trustedTypes?: { createPolicy(name: string, rules: Trusted): Trusted } }).trustedTypes;
      if (factory) policy = factory.createPolicy('consentry', { createScriptURL: (url) => url, createScript: (code) => code });
    } catch {
      // The page's CSP does not allow the name: strings, and the browser reports the rest.
    }
    policies.set(win, policy);
  }
  return policies.get(win)!;
}

/** `script.src = url` as a trusted value where Trusted Types apply. */
export const setScriptSrc = (script: HTMLScriptElement, url: string) =>
  (script.src = trustedTypes(script.ownerDocument.defaultView!)?.createScriptURL(url) ?? url);

/** `script.text = code` as a trusted value where Trusted Types apply. */
export const setScriptText = (script: HTMLScriptElement, code: string) =>
  (script.text = trustedTypes(script.ownerDocument.defaultView!)?.createScript(code) ?? code);
