/**
 * Keeps every tab of the site on the same choice: after a write the gate tells the others on
 * a BroadcastChannel, and re-reads the stored choice when another tab says so, when the tab
 * becomes visible again, and when the page comes back from the back/forward cache (which
 * also covers browsers without BroadcastChannel). A tab never hears its own message: it
 * posts on the very channel object it listens on, which the browser never echoes.
 * No `unload` handler: it would keep pages out of the back/forward cache.
 */
import type { Env } from './env';

export interface Sync {
  /** Tells the other tabs to re-read the stored choice. */
  post(): void;
  stop(): void;
}

/** `reread` runs when another tab or a restored page may see a new choice. */
export function startSync({ win, doc }: Env, name: string, reread: () => void): Sync {
  let channel: BroadcastChannel | undefined;
  const open = () => {
    try {
      channel ??= new win.BroadcastChannel(name);
      channel.onmessage = reread;
    } catch {
      // No channel here: the other tabs re-read when they become visible.
    }
  };
  const close = () => {
    channel?.close();
    channel = undefined;
  };
  const onVisible = () => doc.visibilityState == 'visible' && reread();
  // An open channel can keep a page out of the back/forward cache: closed while hidden.
  const onHide = (event: PageTransitionEvent) => event.persisted && close();
  const onShow = (event: PageTransitionEvent) => event.persisted && (open(), reread());
  // Opening a channel costs a few milliseconds: not in the task that runs consentry.js.
  const timer = win.setTimeout(open);
  doc.addEventListener('visibilitychange', onVisible);
  win.addEventListener('pagehide', onHide);
  win.addEventListener('pageshow', onShow);
  return {
    post() {
      open();
      channel?.postMessage(0);
    },
    stop() {
      win.clearTimeout(timer);
      close();
      doc.removeEventListener('visibilitychange', onVisible);
      win.removeEventListener('pagehide', onHide);
      win.removeEventListener('pageshow', onShow);
    },
  };
}
