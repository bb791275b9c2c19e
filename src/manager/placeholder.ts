/**
 * The stand-in for a blocked iframe: the same size, naming the service, with "Load once"
 * (this page view only) and "Always allow" (grants the service, or the category). Built
 * with createElement and textContent inside its own shadow root, so page CSS cannot break
 * it and no text is ever parsed as HTML; styled through CSSOM, which a strict CSP allows.
 * It loads nothing from the third party (no thumbnails before consent).
 */
import type { Texts } from '../types';

export type PlaceholderTexts = Pick<Texts, 'placeholderText' | 'placeholderLoadOnce' | 'placeholderAllow'>;

export const PLACEHOLDER_TEXTS: PlaceholderTexts = {
  placeholderText: 'This content from {service} is blocked because it may set cookies.',
  placeholderLoadOnce: 'Load once',
  placeholderAllow: 'Always allow',
};

const BOX = 'display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.75em;box-sizing:border-box;max-width:100%;padding:1em;background:#f4f4f5;color:#18181b;border:1px solid #a1a1aa;font:15px/1.4 system-ui,sans-serif;text-align:center;overflow:auto';
const BUTTON = 'font:inherit;min-height:2.25em;padding:.4em 1em;color:#18181b;background:#fff;border:1px solid #18181b;border-radius:4px;cursor:pointer';

export function createPlaceholder(
  iframe: HTMLIFrameElement,
  service: string,
  texts: PlaceholderTexts,
  onLoadOnce: () => void,
  onAllow: () => void,
): HTMLElement {
  const doc = iframe.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, css: string) => {
    const node = doc.createElement(tag);
    node.textContent = text;
    node.style.cssText = css;
    return node;
  };
  const host = doc.createElement('div');
  const { width, height } = iframe.getBoundingClientRect();
  const { display, margin, verticalAlign } = doc.defaultView!.getComputedStyle(iframe);
  const size = (measured: number, attribute: string | null, fallback: number) =>
    measured ? measured + 'px' : attribute && /^\d+$/.test(attribute) ? attribute + 'px' : attribute || fallback + 'px';
  // Laid out as the iframe is: an inline-block with overflow hidden sits on the baseline like a replaced element.
  host.style.cssText = `display:${display === 'inline' ? 'inline-block' : display};overflow:hidden;box-sizing:border-box;margin:${margin};vertical-align:${verticalAlign};width:${size(width, iframe.getAttribute('width'), 300)};height:${size(height, iframe.getAttribute('height'), 150)};max-width:100%`;
  host.setAttribute('data-consentry-placeholder', '');
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', service);
  const root = host.attachShadow({ mode: 'open' });
  const box = element('div', '', BOX + ';width:100%;height:100%');
  const buttons = element('div', '', 'display:flex;flex-wrap:wrap;gap:.5em;justify-content:center');
  const loadOnce = element('button', texts.placeholderLoadOnce, BUTTON);
  const allow = element('button', texts.placeholderAllow, BUTTON);
  loadOnce.type = allow.type = 'button';
  loadOnce.onclick = onLoadOnce;
  allow.onclick = onAllow;
  buttons.append(loadOnce, allow);
  box.append(element('p', texts.placeholderText.replace('{service}', service), 'margin:0'), buttons);
  root.append(box);
  return host;
}
