/**
 * The release queue: scripts run in the order they are given, once each. Tagged gates run
 * as fresh `<script>` elements that keep the other attributes and carry the nonce (the gate
 * is replaced); scripts autoblock held run as themselves (`same`), re-inserted where they
 * are so that the browser prepares them again and the handlers their snippet set still
 * fire. A run of external scripts goes in at once with `async` off, so the browser fetches
 * them in parallel and runs them in order; an inline script waits until every external one
 * before it has loaded, failed or timed out. External ones are preloaded when queued, so
 * those behind an inline script download while it waits.
 */
import type { Env } from './env';
import type { Log } from './log';
import { setScriptSrc, setScriptText } from './trusted-types';

/** How long an external script may hold up the scripts after it. */
export const SCRIPT_TIMEOUT = 10_000;

/** Attributes of a gate that only describe the gate. */
const GATE_ATTRIBUTE = /^(type|src|nonce|data-(src|type|consent))$/;

/**
 * The runnable copy of a gated script. The nonce comes from the `.nonce` property: browsers
 * hide the attribute once the page has loaded.
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

/** Makes a script autoblock held runnable again: its real type back, and the nonce. */
function revive(script: HTMLScriptElement, nonce: string | undefined): HTMLScriptElement {
  const type = script.getAttribute('data-type');
  script.removeAttribute('data-type');
  if (type) script.type = type;
  else script.removeAttribute('type');
  if (nonce && !script.nonce) script.nonce = nonce;
  return script;
}

export type Enqueue = (gate: HTMLScriptElement, same?: boolean) => void;

export function createScriptQueue({ doc, win }: Env, log: Log, nonceOf: () => string | undefined, own: WeakSet<Element>, timeout = SCRIPT_TIMEOUT): Enqueue {
  let chain = Promise.resolve();
  /** The external scripts inserted since the last inline one, until each is done. */
  let loading: Promise<void>[] = [];
  return (gate, same) => {
    // Read when the script is queued: the config (and its nonce) may be known only after the start.
    const nonce = nonceOf();
    if (same) own.add(gate);
    const script = same ? revive(gate, nonce) : runnableScript(gate, nonce, own);
    const preload = script.src ? doc.createElement('link') : undefined;
    if (preload) {
      preload.rel = script.type == 'module' ? 'modulepreload' : 'preload';
      preload.as = 'script';
      preload.href = script.src;
      preload.nonce = script.nonce;
      for (const name of ['crossorigin', 'integrity', 'referrerpolicy']) {
        const value = script.getAttribute(name);
        if (value !== null) preload.setAttribute(name, value);
      }
      doc.head.append(preload);
    }
    /** Puts the script in the gate's place: a copy replaces the gate, a held script is moved onto itself. */
    const insert = () => {
      if (!same) return gate.replaceWith(script);
      const parent = gate.parentNode!;
      const next = gate.nextSibling;
      gate.remove();
      parent.insertBefore(gate, next);
    };
    const external = () =>
      new Promise<void>((done) => {
        const timer = win.setTimeout(() => {
          log('warn', `${script.src}: no load or error in ${timeout / 1000} s; the scripts after it run`);
          done();
        }, timeout);
        const finish = () => {
          win.clearTimeout(timer);
          preload?.remove();
          done();
        };
        // Listeners, not `onload`: a held script keeps the handler its snippet set.
        script.addEventListener('load', finish, { once: true });
        script.addEventListener('error', finish, { once: true });
        // Scripts created by JavaScript run as soon as they load unless `async` is off.
        if (!script.hasAttribute('async')) script.async = false;
        insert();
      });
    chain = chain.then(() => {
      // A gate the page removed before its turn stays unrun.
      if (!gate.isConnected) return void preload?.remove();
      if (preload) return void loading.push(external());
      const before = loading;
      loading = [];
      return Promise.all(before).then(() => void (gate.isConnected && insert()));
    });
  };
}
