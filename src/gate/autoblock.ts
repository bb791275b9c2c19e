/**
 * Autoblock: untagged code that reaches a held host waits until every rule naming that host
 * is granted, on every channel a tag uses. Scripts (parser-inserted, or created by
 * JavaScript with `src` set before or after insertion) are kept inert and released in order
 * as the same objects, so the handlers a snippet set still fire; iframes and embeds become
 * media gates (with their placeholder); images created by JavaScript get their `src` once
 * granted; `sendBeacon`, `fetch` and `XMLHttpRequest` are refused while held, never sent
 * later. Every patch is undone by `stop()`. It cannot hold what the browser fetches before
 * any script runs (markup `<img>` pixels, preloaded scripts): those must be tagged.
 */
import type { Env } from './env';
import { matchHosts, type HostRule } from './hosts';

export interface Autoblock {
  /** Holds a parser-inserted script or frame whose address is held (called by the observer). */
  check(element: Element): void;
  /** Whether `url` is held now (the rules can change: a config checked after the start). */
  holds(url: string): boolean;
  /** Releases, in order, everything whose rules are now all granted. */
  release(): void;
  stop(): void;
}

export interface AutoblockHooks {
  /** Elements Consentry itself loads (its own scripts, media gates): never held. */
  own: WeakSet<Element>;
  /** Consentry's own files and its ledger's endpoints (receipts, events): never held, whatever a rule says. */
  ownUrl(url: URL): boolean;
  /** Runs a held script, the same element, in turn with the gated ones. */
  run(script: HTMLScriptElement): void;
  /** Something under these rules was let through or released: it counts as having run. */
  ran(rules: HostRule[]): void;
  /** A frame whose address is held: gating holds it as a media gate while `holds()` says so. */
  holdFrame(frame: HTMLIFrameElement | HTMLEmbedElement, rules: HostRule[]): void;
}

const SCRIPT_TYPE = /^(|text\/javascript|module|application\/javascript)$/i;

export function startAutoblock(env: Env, rules: HostRule[], granted: (rule: HostRule) => boolean, hooks: AutoblockHooks): Autoblock {
  const { win, doc, nav } = env;
  const { own } = hooks;
  /** What waits, by the address it waits for: checked again on release, against the rules in force then. */
  let held: { url: string; release: () => void }[] = [];
  const undo: (() => void)[] = [];

  /** The rules holding `url` now, or `undefined` when it may go (counted as run if a rule named it). */
  const blocked = (url: unknown) => {
    let named: HostRule[];
    try {
      const parsed = new URL(String(url), doc.baseURI);
      named = hooks.ownUrl(parsed) ? [] : matchHosts(parsed, rules);
    } catch {
      return; // not a URL: nothing to hold
    }
    if (!named[0]) return;
    if (!named.every(granted)) return named;
    hooks.ran(named);
  };
  const hold = (url: string, release: () => void) => void held.push({ url, release });

  /** Makes a script inert until released; its real type waits in data-type. */
  const holdScript = (script: HTMLScriptElement, url: string) => {
    if (own.has(script) || script.type === 'text/plain') return;
    script.setAttribute('data-type', script.type);
    script.type = 'text/plain';
    hold(url, () => {
      if (script.isConnected) return hooks.run(script);
      // Not inserted yet: it runs when the page inserts it.
      script.type = script.getAttribute('data-type')!;
      script.removeAttribute('data-type');
    });
  };

  /** Redefines `target[key]`; `stop()` puts back exactly what was there (or nothing). */
  const patch = (target: object, key: string, descriptor: PropertyDescriptor) => {
    const original = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { ...original, ...descriptor, configurable: true });
    undo.push(() => (original ? Object.defineProperty(target, key, original) : delete (target as Record<string, unknown>)[key]));
  };
  /** Intercepts `element.src = url` for one element class, letting what is not held through. */
  const guardSrc = (proto: object, onHeld: (element: any, value: string, list: HostRule[], set: (value: string) => void) => void) => {
    const set = Object.getOwnPropertyDescriptor(proto, 'src')!.set!;
    patch(proto, 'src', {
      set(this: Element, value: string) {
        const list = !own.has(this) && blocked(value);
        if (list) onHeld(this, value, list, (v) => set.call(this, v));
        else set.call(this, value);
      },
    });
  };

  const { HTMLScriptElement: Script, HTMLImageElement: Image, HTMLIFrameElement: Frame, Element } = win;
  const { setAttribute } = Element.prototype;
  guardSrc(Script.prototype, (script, value, _list, set) => {
    holdScript(script, value);
    set(value);
  });
  guardSrc(Image.prototype, (_image, value, _list, set) => hold(value, () => set(value)));
  /** Frames created by JavaScript wait here until they are in the page, where gating holds them. */
  const frames = new WeakMap<Element, HostRule[]>();
  const holdFrame = (frame: HTMLIFrameElement | HTMLEmbedElement, list: HostRule[]) => {
    frames.set(frame, list);
    if (frame.isConnected) hooks.holdFrame(frame, list);
  };
  guardSrc(Frame.prototype, (frame: HTMLIFrameElement, value, list) => {
    setAttribute.call(frame, 'data-src', value);
    holdFrame(frame, list);
  });
  patch(Element.prototype, 'setAttribute', {
    value(this: Element, name: string, value: string) {
      if (String(name).toLowerCase() === 'src' && (this instanceof Script || this instanceof Image || this instanceof Frame)) this.src = value;
      else setAttribute.call(this, name, value);
    },
  });

  // Refused while held, never sent later (SPEC §5).
  const { sendBeacon } = nav;
  // Reported as sent, so the caller does not retry another way.
  if (sendBeacon) patch(nav, 'sendBeacon', { value: (url: string, data?: BodyInit) => (blocked(url) ? true : sendBeacon.call(nav, url, data)) });
  const { fetch } = win;
  if (fetch) {
    patch(win, 'fetch', {
      value(input: RequestInfo | URL, init?: RequestInit) {
        const url = input instanceof win.Request ? input.url : input;
        return blocked(url) ? Promise.reject(new TypeError('consentry: held until consent')) : fetch.call(win, input, init);
      },
    });
  }
  const XHR = win.XMLHttpRequest?.prototype;
  if (XHR) {
    const urls = new WeakMap<XMLHttpRequest, unknown>();
    const { open, send } = XHR;
    patch(XHR, 'open', {
      value(this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
        urls.set(this, args[1]);
        return open.apply(this, args as Parameters<typeof open>);
      },
    });
    patch(XHR, 'send', {
      value(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
        if (!blocked(urls.get(this))) return send.call(this, body);
        // As a network error would: asynchronously, with nothing sent.
        win.setTimeout(() => this.dispatchEvent(new win.ProgressEvent('error')));
      },
    });
  }

  return {
    check(element) {
      const pending = frames.get(element);
      if (pending) return hooks.holdFrame(element as HTMLIFrameElement, pending);
      const src = element.getAttribute('src');
      const list = src !== null && !own.has(element) && blocked(src);
      if (!list) return;
      if (element instanceof Script) SCRIPT_TYPE.test(element.type) && holdScript(element, src);
      else if (element instanceof Frame || element.tagName === 'EMBED') {
        // Stops a navigation the parser may already have started.
        element.setAttribute('data-src', src);
        setAttribute.call(element, 'src', 'about:blank');
        element.removeAttribute('src');
        holdFrame(element as HTMLIFrameElement, list);
      }
    },
    holds: (url) => !!blocked(url),
    release() {
      // blocked() counts what it lets go as having run.
      const ready = held.filter((item) => !blocked(item.url));
      held = held.filter((item) => !ready.includes(item));
      for (const item of ready) item.release();
    },
    stop() {
      for (const restore of undo.splice(0)) restore();
    },
  };
}
