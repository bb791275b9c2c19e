/**
 * Loads a chunk of the script-tag build (the banner, a language file): a `<script>` with the
 * page's nonce. The chunk hands its payload back in a window event, so it needs no global
 * of its own: `consentry:banner` carries the mount function, `consentry:texts` a language.
 */
import type { Env } from '../gate/env';
import { setScriptSrc } from '../gate/trusted-types';

export function loadScript<T>(
  { doc, win }: Env,
  src: string,
  nonce: string | undefined,
  eventName: string,
  accept: (detail: any) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onEvent = (event: Event) => {
      const payload = accept((event as CustomEvent).detail);
      if (payload === undefined) return;
      win.removeEventListener(eventName, onEvent);
      resolve(payload);
    };
    win.addEventListener(eventName, onEvent);
    const script = doc.createElement('script');
    setScriptSrc(script, src);
    if (nonce) script.nonce = nonce;
    script.onerror = () => {
      win.removeEventListener(eventName, onEvent);
      reject(Error(`${src} did not load`));
    };
    doc.head.appendChild(script);
  });
}
