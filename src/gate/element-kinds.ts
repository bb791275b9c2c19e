/**
 * The elements Consentry can hold, and how each kind is released and held again. Scripts
 * are released once, by the script queue (scripts.ts). Media (`iframe`, `img`, `source`,
 * `video`, `audio`, `embed`, `link`) go back and forth: releasing copies `data-src`,
 * `data-srcset` and `data-href` into the real attributes, holding removes those (and unloads
 * what was playing); the `data-*` copies stay. Frames are released in a task of their own
 * while the parser runs (a frame given its address in the parser's task may never navigate).
 */

export const MEDIA = /^(iframe|embed|img|source|video|audio|link)$/;
export const FRAME = /^(iframe|embed)$/;

const URL_ATTRIBUTES = ['src', 'srcset', 'href'];

/** A `<video>`/`<audio>` reads its sources only on load(). */
function reload(element: Element) {
  const media = element.localName == 'source' ? element.parentElement : element;
  if (media && 'load' in media) (media as HTMLMediaElement).load();
}

export function releaseMedia(element: Element) {
  for (const name of URL_ATTRIBUTES) {
    const value = element.getAttribute('data-' + name);
    if (value != null) element.setAttribute(name, value);
  }
  reload(element);
}

export function holdMedia(element: Element) {
  // Navigating an iframe away unloads the third party's page (and stops its video).
  if (element.localName == 'iframe') (element as HTMLIFrameElement).src = 'about:blank';
  for (const name of URL_ATTRIBUTES) if (element.hasAttribute('data-' + name)) element.removeAttribute(name);
  if ('pause' in element) (element as HTMLMediaElement).pause();
  reload(element);
}
