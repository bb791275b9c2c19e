// @ts-check
/**
 * From summed counters to the figures a person reads: banner views, preference centre
 * openings, choices and their share of views, each method's share of choices, and each
 * category's opt-in rate. Small numbers are not shown: a count below 5, or a share of which
 * either side is below 5, is the text "< 5" (SPEC 12), the same in the page, the JSON and
 * the terminal, since all three read these figures. Pure.
 */
import { METHODS } from './event.js';

/** Fewer events than this are never shown as a number. */
export const MIN_EVENTS = 5;
export const SMALL = '< 5';
/** @typedef {number | typeof SMALL} Figure */

/**
 * The raw sums of one group, before the small-number rule.
 * @typedef {object} Raw
 * @property {number} shown
 * @property {number} preferences
 * @property {number} choices
 * @property {Record<string, number>} methods
 * @property {Record<string, { granted: number, refused: number }>} categories
 */

/**
 * @typedef {object} Figures
 * @property {Figure} shown Banner views: page views on which the first layer showed.
 * @property {Figure} preferences Times the preference centre opened.
 * @property {Figure} choices Choices made in the banner or the preference centre.
 * @property {Figure} choiceRate Choices per 100 banner views.
 * @property {Record<string, { count: Figure, share: Figure }>} methods Each method's count and share of choices (%).
 * @property {Record<string, { granted: Figure, refused: Figure, rate: Figure }>} categories Each category's states and opt-in rate (%).
 */

/** @returns {Raw} */
export const emptyRaw = () => ({ shown: 0, preferences: 0, choices: 0, methods: {}, categories: {} });

/**
 * Sums the counters of each group.
 * @param {import('../store/counters.js').Tally[]} tallies
 * @returns {Map<string, Raw>}
 */
export function fold(tallies) {
  /** @type {Map<string, Raw>} */
  const groups = new Map();
  for (const { key, event, method, category, granted, count } of tallies) {
    let raw = groups.get(key);
    if (!raw) groups.set(key, (raw = emptyRaw()));
    if (category) {
      const states = (raw.categories[category] ??= { granted: 0, refused: 0 });
      states[granted ? 'granted' : 'refused'] += count;
    } else if (event === 'choice') {
      raw.choices += count;
      raw.methods[method] = (raw.methods[method] ?? 0) + count;
    } else if (event === 'shown' || event === 'preferences') raw[event] += count;
  }
  return groups;
}

/** A count, or "< 5". @param {number} n @returns {Figure} */
export const count = (n) => (n >= MIN_EVENTS ? n : SMALL);

/**
 * A whole percentage, or "< 5" when what it counts or what it counts against is below 5.
 * @param {number} part
 * @param {number} whole
 * @returns {Figure}
 */
export const percent = (part, whole) => (part >= MIN_EVENTS && whole >= MIN_EVENTS ? Math.round((100 * part) / whole) : SMALL);

/**
 * @param {Raw} raw
 * @param {readonly string[]} categories Every category to report, so groups share their columns.
 * @returns {Figures}
 */
export function figuresOf(raw, categories) {
  /** @type {Figures['methods']} */
  const methods = {};
  for (const method of METHODS) {
    const n = raw.methods[method] ?? 0;
    methods[method] = { count: count(n), share: percent(n, raw.choices) };
  }
  /** @type {Figures['categories']} */
  const states = {};
  for (const name of categories) {
    const { granted, refused } = raw.categories[name] ?? { granted: 0, refused: 0 };
    states[name] = { granted: count(granted), refused: count(refused), rate: percent(granted, granted + refused) };
  }
  return { shown: count(raw.shown), preferences: count(raw.preferences), choices: count(raw.choices), choiceRate: percent(raw.choices, raw.shown), methods, categories: states };
}

/**
 * "41 %", or "< 5".
 * @param {Figure} figure
 */
export const asPercent = (figure) => (figure === SMALL ? SMALL : `${figure} %`);
