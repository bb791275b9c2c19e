/**
 * Autoblock: untagged code that sends to a listed host is held until the host's category
 * (or service) is granted. Scripts (parser-inserted, or created by JavaScript with `src`
 * set before or after insertion) are kept inert and released in order; images created by
 * JavaScript get their `src` only once granted; `navigator.sendBeacon` calls are dropped.
 * Every patch is undone by `stop()`. It cannot hold what the browser fetches before any
 * script runs (markup `<img>` pixels, preloaded scripts): those must be tagged.
 */
import type { Env } from '../env';
import { matchHost, type HostRule } from './hosts';

export interface Autoblock {
  /** Holds a parser-inserted script, if its `src` is blocked (called by the observer). */
  check(script: HTMLScriptElement): void;
  /** Releases, in order, everything whose rule is now granted. */
  release(): void;
  stop(): void;
}

export function startAutoblock(
  env: Env,
  rules: HostRule[],
  granted: (rule: HostRule) => boolean,
  /** Scripts Consentry itself runs: never held. */
  own: WeakSet<Element>,
  run: (script: HTMLScriptElement, rule: HostRule) => void,
): Autoblock {
  const { win, doc, nav } = env;
  let held: { rule: HostRule; release: () => void }[] = [];
  const undo: (() => void)[] = [];

  const blocked = (url: unknown) => {
    try {
      const rule = matchHost(new URL(String(url), doc.baseURI), rules);
      return rule && !granted(rule) ? rule : undefined;
    } catch {
      return undefined; // not a URL: nothing to hold
    }
  };

  /** Makes a script inert until released; its real type is kept in data-type for the copy that runs. */
  const holdScript = (script: HTMLScriptElement, rule: HostRule) => {
    if (own.has(script) || script.type === 'text/plain') return;
    script.setAttribute('data-type', script.type);
    script.type = 'text/plain';
    held.push({
      rule,
      release: () => {
        if (script.isConnected) run(script, rule);
        else script.type = script.getAttribute('data-type')!; // inserted later: it runs then
      },
    });
  };

  /** Redefines `target[key]`; `stop()` puts back exactly what was there (or nothing). */
  const patch = (target: object, key: string, descriptor: PropertyDescriptor) => {
    const original = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { ...original, ...descriptor, configurable: true });
    undo.push(() => (original ? Object.defineProperty(target, key, original) : delete (target as Record<string, unknown>)[key]));
  };
  const setterOf = (proto: object) => Object.getOwnPropertyDescriptor(proto, 'src')!.set!;

  const { HTMLScriptElement: Script, HTMLImageElement: Image, Element } = win;
  const setScriptSrc = setterOf(Script.prototype);
  const setImageSrc = setterOf(Image.prototype);
  const { setAttribute } = Element.prototype;
  patch(Script.prototype, 'src', {
    set(this: HTMLScriptElement, value: string) {
      const rule = blocked(value);
      if (rule) holdScript(this, rule);
      setScriptSrc.call(this, value);
    },
  });
  patch(Image.prototype, 'src', {
    set(this: HTMLImageElement, value: string) {
      const rule = blocked(value);
      if (rule) held.push({ rule, release: () => setImageSrc.call(this, value) });
      else setImageSrc.call(this, value);
    },
  });
  patch(Element.prototype, 'setAttribute', {
    value(this: Element, name: string, value: string) {
      if (String(name).toLowerCase() === 'src' && (this instanceof Script || this instanceof Image)) this.src = value;
      else setAttribute.call(this, name, value);
    },
  });
  const { sendBeacon } = nav;
  if (sendBeacon) {
    // On the navigator itself: dropped, not queued (SPEC §5), and reported as sent so the
    // caller does not retry another way.
    patch(nav, 'sendBeacon', { value: (url: string, data?: BodyInit) => (blocked(url) ? true : sendBeacon.call(nav, url, data)) });
  }

  return {
    check(script) {
      const rule = script.hasAttribute('src') && blocked(script.getAttribute('src'));
      if (rule && /^(|text\/javascript|module|application\/javascript)$/i.test(script.type)) holdScript(script, rule);
    },
    release() {
      const ready = held.filter(({ rule }) => granted(rule));
      held = held.filter((item) => !ready.includes(item));
      for (const item of ready) item.release();
    },
    stop() {
      for (const restore of undo.splice(0)) restore();
    },
  };
}
