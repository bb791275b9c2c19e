// @ts-check
/**
 * Which daily counters one event adds to: one per dimension (everything, language, region,
 * revision, device, mode, GPC), never one per combination of them, and for a choice one per
 * category state beside it. Pure; the order of the keys is fixed, so two writers that touch
 * the same counters always lock them in the same order and never wait on each other in a circle.
 */

/** @typedef {import('./event.js').BannerEvent} BannerEvent */

/** The breakdowns the counters keep; `all` is the site as a whole (its value is ''). */
export const DIMENSIONS = /** @type {const} */ (['all', 'language', 'region', 'revision', 'device', 'mode', 'gpc']);
/** @typedef {(typeof DIMENSIONS)[number]} Dimension */

/**
 * One counter's key within a site and a day: `category` is '' for the event itself, a
 * category's name for that category's state (`granted`) in a choice.
 * @typedef {{ dimension: Dimension, value: string, category: string, granted: boolean }} CounterKey
 */

/**
 * The value an event has in a dimension: '' where it has none (no region set).
 * @param {BannerEvent} event
 * @param {Dimension} dimension
 */
export function valueIn(event, dimension) {
  if (dimension === 'all') return '';
  if (dimension === 'revision') return String(event.revision);
  if (dimension === 'gpc') return event.gpc ? 'on' : 'off';
  return event[dimension] ?? '';
}

/**
 * @param {BannerEvent} event
 * @returns {CounterKey[]} Sorted by dimension, value, category, state.
 */
export function counterKeys(event) {
  const states = Object.entries(event.categories ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  /** @type {CounterKey[]} */
  const keys = [];
  for (const dimension of [...DIMENSIONS].sort()) {
    const value = valueIn(event, dimension);
    keys.push({ dimension, value, category: '', granted: false });
    for (const [category, granted] of states) keys.push({ dimension, value, category, granted });
  }
  return keys;
}
