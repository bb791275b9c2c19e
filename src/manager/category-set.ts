/**
 * The set of categories a config declares. `categories` replaces the default set, so a
 * config can leave the visitor nothing to consent to while the banner still asks, or drop a
 * default category that the site's markup still names (`data-consent="functional"`), which
 * then no choice can release (issue 24). Pure: it reports through `say` and tells the
 * caller whether to keep the default categories beside the declared ones.
 */
import { has, isObject } from '../gate/names';

/** The default categories a visitor can grant; `necessary` is always there. */
const OPTIONAL_DEFAULTS = ['analytical', 'functional', 'other'];

/**
 * Returns `true` when the declared (shape-checked) `categories` leave nothing to consent to
 * while a mode, in any region, asks for consent: an error, and the caller keeps the default
 * categories beside the declared ones, so markup that uses them can still be granted. Warns
 * when the set is one default category alone: the trace of "declared cookies for one
 * category" rather than of a set designed on purpose (markup that names a dropped category
 * is named by the gate, element by element, where it is).
 */
export function checkCategorySet(
  categories: Record<string, { readOnly?: boolean }>,
  modes: unknown,
  say: (path: string, text: string, level?: 'error' | 'warning') => void,
): boolean {
  const optional = Object.keys(categories).filter((name) => name !== 'necessary' && !categories[name]!.readOnly);
  const asking = (isObject(modes) ? Object.values(modes) : [modes ?? 'opt-in']).find((mode) => mode !== 'notice');
  if (!optional[0] && asking) {
    say('config.categories', `nothing to consent to, yet mode "${asking}" asks: the default categories are kept. Declare the ones your markup uses, or use mode "notice"`);
    return true;
  }
  const dropped = OPTIONAL_DEFAULTS.filter((name) => !has(categories, name));
  if (optional.length == 1 && OPTIONAL_DEFAULTS.includes(optional[0]!)) {
    say('config.categories', `replaces the default set, without "${dropped.join('", "')}": markup tagged with these never runs. Add these if your pages use them`, 'warning');
  }
  return false;
}
