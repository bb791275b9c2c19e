/**
 * Media gates (`iframe`, `img`, `source`, `video`, `audio`, `embed`, `link`): activating one
 * copies `data-src`, `data-srcset` and `data-href` into the real attributes; blocking it
 * again removes them (and unloads what was playing). The `data-*` copies stay, so a gate
 * can go back and forth.
 */

export const MEDIA_TAGS = ['IFRAME', 'IMG', 'SOURCE', 'VIDEO', 'AUDIO', 'EMBED', 'LINK'];
const URL_ATTRIBUTES = ['src', 'srcset', 'href'];

export function activateMedia(gate: Element): void {
  for (const name of URL_ATTRIBUTES) {
    const value = gate.getAttribute('data-' + name);
    if (value !== null) gate.setAttribute(name, value);
  }
  reloadParent(gate);
}

export function blockMedia(gate: Element): void {
  // Navigating an iframe away unloads the third party's page (and stops its video).
  if (gate.tagName === 'IFRAME') (gate as HTMLIFrameElement).src = 'about:blank';
  for (const name of URL_ATTRIBUTES) if (gate.hasAttribute('data-' + name)) gate.removeAttribute(name);
  if ('pause' in gate) (gate as HTMLMediaElement).pause();
  reloadParent(gate);
}

/** A `<video>`/`<audio>` reads its sources only on load(). */
function reloadParent(gate: Element) {
  const media = gate.tagName === 'SOURCE' ? gate.parentElement : gate;
  if (media && 'load' in media) (media as HTMLMediaElement).load();
}
