// @ts-check
/**
 * Checks one anonymous banner event (SPEC 12) exactly: the fields the banner sends and nothing
 * else, so no sender can slip an identifier, a time or an address into the counters. Pure;
 * it neither counts nor stores anything.
 */
import { describeValue, fail, Invalid, isObject, LANGUAGE, pageUrl, revision, states } from '../receipt/validate.js';

/**
 * What the banner sends: `shown` (the first layer displayed on a page view), `preferences`
 * (the preference centre opened) and `choice` (with its method and each category's state).
 * @typedef {object} BannerEvent
 * @property {1} v
 * @property {'shown' | 'preferences' | 'choice'} event
 * @property {string} url Origin and path of the page.
 * @property {number} revision
 * @property {string} language
 * @property {'opt-in' | 'opt-out' | 'notice'} mode
 * @property {string} [region]
 * @property {boolean} gpc
 * @property {'mobile' | 'tablet' | 'desktop'} device
 * @property {'accept-all' | 'reject-all' | 'custom'} [method] Choices only.
 * @property {Record<string, boolean>} [categories] Choices only: the state of each category the visitor could choose.
 */

export const EVENTS = ['shown', 'preferences', 'choice'];
export const MODES = ['opt-in', 'opt-out', 'notice'];
export const DEVICES = ['mobile', 'tablet', 'desktop'];
/** The choices a visitor makes in the banner or the preference centre (never `gpc` or `api`). */
export const METHODS = ['accept-all', 'reject-all', 'custom'];
/** The region codes Consentry's config accepts (src/manager/validate.ts). */
const REGION = /^[a-z\d-]{1,16}$/i;
/** A site has a handful of categories; more than this is not a banner. */
const MAX_CATEGORIES = 32;
const REQUIRED = ['v', 'event', 'url', 'revision', 'language', 'mode', 'gpc', 'device'];
const OPTIONAL = ['region', 'method', 'categories'];

/** @typedef {{ event: BannerEvent } | { error: string }} CheckedEvent */

/**
 * Validates a parsed request body as a banner event: the event, or the first problem as
 * `path: expected …, got …`.
 * @param {unknown} value
 * @returns {CheckedEvent}
 */
export function validateEvent(value) {
  try {
    return { event: checkEvent(value) };
  } catch (error) {
    if (error instanceof Invalid) return { error: error.message };
    throw error;
  }
}

/**
 * @param {unknown} value
 * @param {string} path
 * @param {readonly string[]} options
 */
function oneOf(value, path, options) {
  if (!options.includes(/** @type {string} */ (value))) fail(path, 'one of ' + options.map((o) => JSON.stringify(o)).join(', '), value);
}

/** @param {unknown} value */
function checkEvent(value) {
  if (!isObject(value)) fail('body', 'an object', value);
  for (const key of Object.keys(value)) if (!REQUIRED.includes(key) && !OPTIONAL.includes(key)) throw new Invalid(`${key.slice(0, 40)}: unknown key`);
  for (const key of REQUIRED) if (!Object.hasOwn(value, key)) throw new Invalid(`${key}: missing`);
  if (value.v !== 1) fail('v', '1', value.v);
  oneOf(value.event, 'event', EVENTS);
  pageUrl(value.url);
  if (revision(value.revision, 'revision') >= 2 ** 31) fail('revision', 'a whole number below 2147483648', value.revision);
  if (typeof value.language !== 'string' || !LANGUAGE.test(value.language)) fail('language', 'a language code such as "fr" or "pt-BR"', value.language);
  oneOf(value.mode, 'mode', MODES);
  if (Object.hasOwn(value, 'region') && (typeof value.region !== 'string' || !REGION.test(value.region))) fail('region', 'a region code such as "US-CA" or "EU"', value.region);
  if (typeof value.gpc !== 'boolean') fail('gpc', 'true or false', value.gpc);
  oneOf(value.device, 'device', DEVICES);
  // A choice says how and what; the other events say neither.
  for (const key of ['method', 'categories']) {
    if (value.event === 'choice' && !Object.hasOwn(value, key)) throw new Invalid(`${key}: missing (a "choice" event carries it)`);
    if (value.event !== 'choice' && Object.hasOwn(value, key)) throw new Invalid(`${key}: only a "choice" event carries it, got it on ${describeValue(value.event)}`);
  }
  if (value.event === 'choice') {
    oneOf(value.method, 'method', METHODS);
    const categories = states(value.categories, 'categories', 'category');
    if (Object.keys(categories).length > MAX_CATEGORIES) fail('categories', `at most ${MAX_CATEGORIES} categories`, `${Object.keys(categories).length} categories`);
  }
  return /** @type {BannerEvent} */ (/** @type {unknown} */ (value));
}
