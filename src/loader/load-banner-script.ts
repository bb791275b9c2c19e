/**
 * Loads the banner chunk for the script tag build: a `<script>` with the page's nonce. The
 * chunk hands its mount function back in a `consentry:banner` window event, so it needs no
 * global of its own.
 */
import type { MountUI } from '../consentry';
import type { Env } from '../env';

export const BANNER_EVENT = 'consentry:banner';

export function loadBannerScript(env: Env, src: string, nonce: string | undefined): Promise<MountUI> {
  const { doc, win } = env;
  return new Promise((resolve, reject) => {
    const onMount = (event: Event) => resolve((event as CustomEvent<MountUI>).detail);
    win.addEventListener(BANNER_EVENT, onMount, { once: true });
    const script = doc.createElement('script');
    script.src = src;
    if (nonce) script.nonce = nonce;
    script.onerror = () => {
      win.removeEventListener(BANNER_EVENT, onMount);
      reject(new Error(`${src} did not load`));
    };
    doc.head.appendChild(script);
  });
}
