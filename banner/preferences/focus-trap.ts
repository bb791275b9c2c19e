/**
 * A small focus trap for the preference centre, after focus-trap's contract: focus moves to
 * the first tabbable element, Tab and Shift+Tab wrap inside the container, Escape asks to
 * close. Returning focus to the opener is the mount's job: the opener may be a banner button
 * that is re-rendered by the time the dialog closes. No dependency, no global listener.
 */

// Controls that take focus in our markup (nothing tabbable sits inside a closed <details>).
const TABBABLE = 'a[href],button:not(:disabled),input:not(:disabled),summary,[tabindex="0"]';

/**
 * Starts trapping focus in `container` and focuses `start` (the dialog's title, so that a
 * screen reader announces the dialog by its name), else the first tabbable element;
 * returns the function that stops it.
 */
export function trapFocus(container: HTMLElement, onEscape: () => void, start?: HTMLElement | null): () => void {
  // Every element, then a filter: document order whatever the selector engine (jsdom's groups by selector).
  const tabbable = () => [...container.querySelectorAll<HTMLElement>('*')].filter((element) => element.matches(TABBABLE));
  const onKey = (event: KeyboardEvent) => {
    if (event.key == 'Escape') {
      event.preventDefault();
      onEscape();
    } else if (event.key == 'Tab') {
      const list = tabbable();
      const active = (container.getRootNode() as ShadowRoot | Document).activeElement as HTMLElement | null;
      const at = list.indexOf(active!);
      // Wrap at either end; from the title (not in the list) Shift+Tab wraps too.
      const wrap = !container.contains(active) || (event.shiftKey ? at <= 0 : at == list.length - 1);
      if (wrap) {
        event.preventDefault();
        (event.shiftKey ? list[list.length - 1] : list[0])?.focus();
      }
    }
  };
  container.addEventListener('keydown', onKey);
  const first = start ?? tabbable()[0];
  // The element itself goes to the console, where developer tools show which one it is.
  if (!first) console.error('consentry: focus trap: nothing to focus in', container);
  (first ?? container).focus();
  return () => container.removeEventListener('keydown', onKey);
}

// The mount's helper, kept beside the trap it pairs with (and its tests).
export { deepActiveElement } from '../active-element';
