/**
 * Script gates run as fresh `<script>` elements that keep the other attributes, carry the
 * nonce, run once (the gate is replaced), and run in document order: the next script waits
 * until an external one has loaded, failed, or timed out.
 */
import type { Log } from '../log';
import { setScriptSrc, setScriptText } from '../trusted-types';

/** How long an external script may hold up the scripts after it. */
export const SCRIPT_TIMEOUT = 10_000;

/** Attributes of a gate that only describe the gate. */
const GATE_ATTRIBUTE = /^(type|src|nonce|data-(src|type|consent))$/;

/**
 * The runnable copy of a gated (or held) script. The nonce comes from the `.nonce` property:
 * browsers hide the attribute once the page has loaded.
 */
export function runnableScript(gate: HTMLScriptElement, nonce: string | undefined, own: WeakSet<Element>): HTMLScriptElement {
  const script = gate.ownerDocument.createElement('script');
  own.add(script); // before its src is set: autoblock never holds what Consentry runs
  for (const { name, value } of Array.from(gate.attributes)) if (!GATE_ATTRIBUTE.test(name)) script.setAttribute(name, value);
  const type = gate.getAttribute('data-type');
  if (type) script.type = type;
  const src = gate.getAttribute('data-src') ?? gate.getAttribute('src');
  if (src) setScriptSrc(script, src);
  else setScriptText(script, gate.text);
  if (nonce || gate.nonce) script.nonce = nonce || gate.nonce;
  return script;
}

/**
 * A queue that runs scripts one after another, in the order they are given. External ones
 * are preloaded as soon as they are queued, so they download in parallel and only their
 * execution waits its turn.
 */
export function createScriptQueue(log: Log, nonce: string | undefined, own: WeakSet<Element>, timeout = SCRIPT_TIMEOUT) {
  let chain = Promise.resolve();
  return (gate: HTMLScriptElement) => {
    const script = runnableScript(gate, nonce, own);
    const preload = script.src && gate.ownerDocument.createElement('link');
    if (preload) {
      preload.rel = script.type === 'module' ? 'modulepreload' : 'preload';
      preload.as = 'script';
      preload.href = script.src;
      preload.nonce = script.nonce;
      for (const name of ['crossorigin', 'integrity', 'referrerpolicy']) {
        const value = script.getAttribute(name);
        if (value !== null) preload.setAttribute(name, value);
      }
      gate.ownerDocument.head.append(preload);
    }
    chain = chain.then(
      () =>
        new Promise<void>((done) => {
          // A gate the page removed before consent stays unrun.
          if (!gate.isConnected) {
            if (preload) preload.remove();
            return done();
          }
          if (!preload) return done(void gate.replaceWith(script));
          const timer = setTimeout(() => {
            log('warn', `${script.src} has neither loaded nor failed after ${timeout / 1000} s; running the scripts after it`);
            done();
          }, timeout);
          script.onload = script.onerror = () => {
            clearTimeout(timer);
            preload.remove();
            done();
          };
          gate.replaceWith(script);
        }),
    );
  };
}
