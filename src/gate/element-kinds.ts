/**
 * The elements Consentry can hold, as a table: how each is released (`activate`), held
 * again (`block`), and what in its markup defeats the holding (`lint`). Adding `<object>`
 * is one row. Scripts are released by the script queue (scripts.ts), not here.
 *
 * Media (`iframe`, `img`, `source`, `video`, `audio`, `embed`, `link`): activating copies
 * `data-src`, `data-srcset` and `data-href` into the real attributes; blocking removes them
 * (and unloads what was playing). The `data-*` copies stay, so a gate can go back and forth.
 */

export interface ElementKind {
  activate(element: Element): void;
  block(element: Element): void;
  /** Why the element's markup loads before consent, if it does. */
  lint(element: Element): string | undefined;
  /** Frames: released in a task of their own while the parser runs. */
  frame?: boolean;
}

const URL_ATTRIBUTES = ['src', 'srcset', 'href'];

/** A `<video>`/`<audio>` reads its sources only on load(). */
function reloadParent(element: Element) {
  const media = element.tagName == 'SOURCE' ? element.parentElement : element;
  if (media && 'load' in media) (media as HTMLMediaElement).load();
}

const media = (frame?: boolean): ElementKind => ({
  frame,
  activate(element) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute('data-' + name);
      if (value !== null) element.setAttribute(name, value);
    }
    reloadParent(element);
  },
  block(element) {
    // Navigating an iframe away unloads the third party's page (and stops its video).
    if (element.tagName == 'IFRAME') (element as HTMLIFrameElement).src = 'about:blank';
    for (const name of URL_ATTRIBUTES) if (element.hasAttribute('data-' + name)) element.removeAttribute(name);
    if ('pause' in element) (element as HTMLMediaElement).pause();
    reloadParent(element);
  },
  lint: (element) => (element.hasAttribute('src') || element.hasAttribute('srcdoc') ? 'src and srcdoc load before consent; use data-src' : undefined),
});

const plain = media();
const frame = media(true);

const KINDS: Record<string, ElementKind> = {
  script: {
    activate() {},
    block() {},
    lint: (element) => ((element as HTMLScriptElement).type != 'text/plain' ? 'ran before consent; give it type="text/plain"' : undefined),
  },
  iframe: frame,
  embed: frame,
  img: plain,
  source: plain,
  video: plain,
  audio: plain,
  link: plain,
};

export const kindOf = (element: Element): ElementKind | undefined => (Object.prototype.hasOwnProperty.call(KINDS, element.localName) ? KINDS[element.localName] : undefined);
