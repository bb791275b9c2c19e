/**
 * The stand-in for a blocked iframe: the same box, naming the service, with "Load once"
 * (this page view only) and "Always allow" (grants the service, or the category). Built
 * with createElement and textContent inside its own shadow root, so page CSS cannot break
 * it and no text is ever parsed as HTML; styled through CSSOM, which a strict CSP allows.
 * It looks like the banner: its buttons, its `--consentry-*` theme where the page sets one.
 * It loads nothing from the third party (no thumbnails before consent).
 */
import type { Texts } from '../types';

export type PlaceholderTexts = Pick<Texts, 'placeholderText' | 'placeholderLoadOnce' | 'placeholderAllow'>;

export const PLACEHOLDER_TEXTS: PlaceholderTexts = {
  placeholderText: 'This content from {service} is blocked because it may set cookies.',
  placeholderLoadOnce: 'Load once',
  placeholderAllow: 'Always allow',
};

/**
 * The banner's look (banner/styles.css: its surface, text and accent, 44 px buttons with half
 * its radius, a 3 px focus ring), read from the same `--consentry-*` properties, which reach
 * into this shadow root from the page. The box takes the frame's corners from the host.
 */
const CSS = `.b{box-sizing:border-box;width:100%;height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;padding:16px;overflow:auto;border:1px solid var(--consentry-line,#dadee5);border-radius:inherit;background:var(--consentry-surface,#f1f3f6);color:var(--consentry-fg,#171a21);font:15px/1.5 var(--consentry-font,system-ui,sans-serif);text-align:center}
p{margin:0}
.a{display:flex;flex-wrap:wrap;justify-content:center;gap:8px}
button{min-height:44px;padding:8px 18px;border:1px solid #0000;border-radius:calc(var(--consentry-radius,16px)/2);background:var(--consentry-accent,#2747c7);color:var(--consentry-on-accent,#fff);font:600 1em/1.2 var(--consentry-font,system-ui,sans-serif);cursor:pointer}
button:hover{background:color-mix(in srgb,var(--consentry-accent,#2747c7) 85%,var(--consentry-fg,#171a21))}
button:active{transform:translateY(1px)}
button:focus-visible{outline:3px solid var(--consentry-focus,var(--consentry-accent,#2747c7));outline-offset:2px}`;

export function createPlaceholder(
  iframe: HTMLIFrameElement,
  service: string,
  texts: PlaceholderTexts,
  onLoadOnce: () => void,
  onAllow: () => void,
): HTMLElement {
  const doc = iframe.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className = '') => {
    const node = doc.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const host = doc.createElement('div');
  const { width, height } = iframe.getBoundingClientRect();
  const { display, margin, verticalAlign, borderRadius } = doc.defaultView!.getComputedStyle(iframe);
  const size = (measured: number, attribute: string | null, fallback: number) =>
    measured ? measured + 'px' : attribute && /^\d+$/.test(attribute) ? attribute + 'px' : attribute || fallback + 'px';
  // Laid out as the iframe is: an inline-block with overflow hidden sits on the baseline like a replaced element.
  host.style.cssText = `display:${display === 'inline' ? 'inline-block' : display};overflow:hidden;box-sizing:border-box;margin:${margin};vertical-align:${verticalAlign};border-radius:${borderRadius};width:${size(width, iframe.getAttribute('width'), 300)};height:${size(height, iframe.getAttribute('height'), 150)};max-width:100%`;
  host.setAttribute('data-consentry-placeholder', '');
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', service);
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // No constructable stylesheets (before 2023): a <style>, which only a strict CSP refuses.
    root.append(element('style', CSS));
  }
  const box = element('div', '', 'b');
  const buttons = element('div', '', 'a');
  const loadOnce = element('button', texts.placeholderLoadOnce);
  const allow = element('button', texts.placeholderAllow);
  loadOnce.type = allow.type = 'button';
  loadOnce.onclick = onLoadOnce;
  allow.onclick = onAllow;
  buttons.append(loadOnce, allow);
  box.append(element('p', texts.placeholderText.replace('{service}', service)), buttons);
  root.append(box);
  return host;
}
