/**
 * WCAG 2.4.11 (focus not obscured): while the banner shows, the page's root gets a scroll
 * padding as tall as the banner, so an element that takes focus behind it is scrolled clear
 * of it; under a bottom banner the root also gets as much padding at its end, so that even
 * the page's last link can scroll clear. Neither moves anything already laid out. Inline
 * style through the CSSOM, which a strict CSP allows; the page's own inline values come back
 * when the banner goes.
 */
export function reserveRoom(banner: HTMLElement, top: boolean): () => void {
  const root = banner.ownerDocument.documentElement;
  const style = root.style;
  const sides = top ? (['scrollPaddingTop'] as const) : (['scrollPaddingBottom', 'paddingBottom'] as const);
  const before = sides.map((side) => style[side]);
  // Layout boxes, not transforms: the slide-in animation must not change the room.
  const update = () => {
    const room = (top ? banner.offsetTop + banner.offsetHeight : root.clientHeight - banner.offsetTop) + 'px';
    for (const side of sides) style[side] = room;
  };
  // The observer measures after the browser's own layout; measuring now would force one.
  const observer = typeof ResizeObserver == 'function' ? new ResizeObserver(update) : undefined;
  if (observer) observer.observe(banner);
  else update();
  return () => {
    observer?.disconnect();
    sides.forEach((side, i) => (style[side] = before[i]!));
  };
}
