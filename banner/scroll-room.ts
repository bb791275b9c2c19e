/**
 * WCAG 2.4.11 (focus not obscured): while the banner shows, the page's root gets a scroll
 * padding as tall as the banner, so an element that takes focus behind it is scrolled clear
 * of it. Inline style through the CSSOM, which a strict CSP allows; the page's own inline
 * value comes back when the banner goes.
 */
export function reserveRoom(banner: HTMLElement, top: boolean): () => void {
  const style = banner.ownerDocument.documentElement.style;
  const side = top ? 'scrollPaddingTop' : 'scrollPaddingBottom';
  const before = style[side];
  // Layout boxes, not transforms: the slide-in animation must not change the room.
  const update = () =>
    (style[side] = (top ? banner.offsetTop + banner.offsetHeight : banner.ownerDocument.documentElement.clientHeight - banner.offsetTop) + 'px');
  const observer = typeof ResizeObserver == 'function' ? new ResizeObserver(update) : undefined;
  observer?.observe(banner);
  update();
  return () => {
    observer?.disconnect();
    style[side] = before;
  };
}
