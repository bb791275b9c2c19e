/**
 * Page actions by attribute: any element with `data-consentry="<action>"`, present at load
 * or added later, runs the action on click, or on Enter/Space when it is not a control that
 * turns those keys into a click itself. One delegated listener; no per-element work.
 */
import type { Env } from './env';
import { has } from './names';

export type Actions = Record<string, () => void>;

const NATIVE_CLICK = 'a[href],button,input,select,summary,textarea';

export function startActions(env: Env, actions: Actions): () => void {
  const { doc } = env;
  const actionOf = (event: Event) => {
    const target = event.target;
    const element = target instanceof env.win.Element ? target.closest('[data-consentry]') : null;
    const name = element?.getAttribute('data-consentry');
    return element && { element, run: has(actions, name) ? actions[name] : undefined };
  };
  const onClick = (event: MouseEvent) => {
    const found = actionOf(event);
    if (!found?.run) return;
    event.preventDefault();
    found.run();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const found = actionOf(event);
    if (!found?.run || found.element.matches(NATIVE_CLICK)) return;
    event.preventDefault();
    found.run();
  };
  doc.addEventListener('click', onClick);
  doc.addEventListener('keydown', onKey);
  return () => {
    doc.removeEventListener('click', onClick);
    doc.removeEventListener('keydown', onKey);
  };
}
