/**
 * Keeps every tab of the site on the same choice. The gate listens: a BroadcastChannel
 * message from another tab, a tab becoming visible again, a page coming back from the
 * back/forward cache (which also covers browsers without BroadcastChannel) each re-read the
 * stored choice. The manager posts (`postSync`) after each write.
 * No `unload` handler: it would keep pages out of the back/forward cache.
 */
import type { Env } from '../env';

/** `onOutsideChange` runs when another tab or a restored page may see a new choice; returns the stop. */
export function startSync(env: Env, channelName: string, onOutsideChange: () => void): () => void {
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
  return () => {
    clearTimeout(timer);
    close();
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
  };
}

/** Tells the other tabs to re-read the stored choice. */
export function postSync({ win }: Env, channelName: string): void {
  try {
    if (!win.BroadcastChannel) return;
    const channel = new win.BroadcastChannel(channelName);
    channel.postMessage(0);
    channel.close();
  } catch {
    // No channel here: the other tabs re-read when they become visible.
  }
}
