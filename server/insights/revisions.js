// @ts-check
/**
 * What a new revision changed: the newest revision counted in the range against the one
 * before it, as figures and as sentences ("Since revision 4, acceptance of analytical
 * cookies went from 41 % to 47 %."). A change is told only where both figures show
 * (five events or more on each side). Pure.
 */
import { figuresOf, SMALL } from './figures.js';

/**
 * @typedef {object} RevisionChange
 * @property {string} measure `accept-all`, `reject-all`, `custom` (shares of choices), or a category (its opt-in rate).
 * @property {import('./figures.js').Figure} before
 * @property {import('./figures.js').Figure} after
 */

/**
 * @typedef {object} RevisionComparison
 * @property {number} current
 * @property {number} previous
 * @property {RevisionChange[]} changes
 * @property {string[]} sentences
 */

/** "went from 41 % to 47 %", or "stayed at 41 %". @param {unknown} before @param {unknown} after */
const went = (before, after) => (before === after ? `stayed at ${after} %` : `went from ${before} % to ${after} %`);

const METHOD_NAMES = { 'accept-all': '"Accept all"', 'reject-all': '"Reject all"', custom: 'custom choices' };

/**
 * @param {Map<string, import('./figures.js').Raw>} byRevision
 * @param {readonly string[]} categories
 * @returns {RevisionComparison | null} null with fewer than two revisions in the range.
 */
export function compareRevisions(byRevision, categories) {
  const numbers = [...byRevision.keys()].map(Number).sort((a, b) => a - b);
  if (numbers.length < 2) return null;
  const current = /** @type {number} */ (numbers[numbers.length - 1]);
  const previous = /** @type {number} */ (numbers[numbers.length - 2]);
  const before = figuresOf(/** @type {import('./figures.js').Raw} */ (byRevision.get(String(previous))), categories);
  const after = figuresOf(/** @type {import('./figures.js').Raw} */ (byRevision.get(String(current))), categories);
  /** @type {RevisionChange[]} */
  const changes = [];
  /** @type {string[]} */
  const sentences = [];
  const since = `Since revision ${current}`;
  const shown = (/** @type {import('./figures.js').Figure} */ a, /** @type {import('./figures.js').Figure} */ b) => a !== SMALL && b !== SMALL;
  for (const name of categories) {
    const change = { measure: name, before: before.categories[name]?.rate ?? SMALL, after: after.categories[name]?.rate ?? SMALL };
    changes.push(change);
    if (shown(change.before, change.after)) sentences.push(`${since}, acceptance of ${name} cookies ${went(change.before, change.after)}.`);
  }
  for (const method of /** @type {const} */ (['accept-all', 'reject-all', 'custom'])) {
    const change = { measure: method, before: before.methods[method]?.share ?? SMALL, after: after.methods[method]?.share ?? SMALL };
    changes.push(change);
    if (shown(change.before, change.after)) sentences.push(`${since}, ${METHOD_NAMES[method]} ${went(change.before, change.after)} of choices.`);
  }
  return { current, previous, changes, sentences };
}
