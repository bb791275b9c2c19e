/**
 * Keeps every tab of the site on the same choice: a BroadcastChannel message when this tab
 * changes it, and a re-read when a tab becomes visible again or comes back from the
 * back/forward cache (which also covers browsers without BroadcastChannel).
 * No `unload` handler: it would keep pages out of the back/forward cache.
 */
import type { Env } from '../env';

export interface Sync {
  /** Tells the other tabs to re-read the stored choice. */
  post(): void;
  stop(): void;
}

/** `onOutsideChange` runs when another tab or a restored page may see a new choice. */
export function startSync(env: Env, channelName: string, onOutsideChange: () => void): Sync {
  const { win, doc } = env;
  let channel: BroadcastChannel | undefined;
  const open = () => {
    if (!win.BroadcastChannel || channel) return;
    channel = new win.BroadcastChannel(channelName);
    channel.onmessage = onOutsideChange;
  };
  const close = () => {
    channel?.close();
    channel = undefined;
  };
  const onVisibility = () => doc.visibilityState === 'visible' && onOutsideChange();
  // An open channel can keep a page out of the back/forward cache: close it while hidden.
  const onPageHide = (event: PageTransitionEvent) => event.persisted && close();
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    open();
    onOutsideChange();
  };

  // Opening a channel costs a few milliseconds: not in the task that runs consentry.js.
  const timer = setTimeout(open);
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);

  return {
    post() {
      try {
        open(); // a choice made in the first moments, before the timer opened it
        channel?.postMessage(0);
      } catch {
        // A closed channel (page being hidden): the visibility re-read covers it.
      }
    },
    stop() {
      clearTimeout(timer);
      close();
      doc.removeEventListener('visibilitychange', onVisibility);
      win.removeEventListener('pagehide', onPageHide);
      win.removeEventListener('pageshow', onPageShow);
    },
  };
}
