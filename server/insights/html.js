// @ts-check
/**
 * HTML built from templates that escape every value: `html\`<td>${text}</td>\`` writes
 * `text` as text, whatever it holds (a site, a language code, a category name from an
 * event). Only another `html` result goes in as markup. The one way the ledger writes HTML.
 */

const ESCAPES = /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

/** Markup made by `html`, and only by it. */
class Markup {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

/** @param {unknown} value @returns {string} */
function render(value) {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return String(value).replace(/[&<>"']/g, (c) => /** @type {string} */ (ESCAPES[c]));
}

/**
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 */
export function html(strings, ...values) {
  let out = strings[0] ?? '';
  values.forEach((value, i) => (out += render(value) + strings[i + 1]));
  return new Markup(out);
}

/**
 * JSON to put inside `<script type="application/json">`: nothing in it can close the
 * element or open a comment, whatever the strings hold.
 * @param {unknown} value
 */
export const jsonInScript = (value) =>
  new Markup(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );

/** @typedef {Markup} Html */
