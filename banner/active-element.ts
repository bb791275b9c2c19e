/**
 * Where focus is, looking inside open shadow roots (ours included): the mount records it
 * when the preference centre opens, to give focus back on closing. A file of its own so
 * that the banner does not carry the focus trap, which belongs to the preference centre.
 */
export function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}
