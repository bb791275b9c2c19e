// @ts-check
/**
 * A page rendered by a server that knows the visitor's choice. What the stored record grants
 * is rendered already released (a plain `<script src>`, an `<iframe src>`, an `<img src>`);
 * the rest as gates (`type="text/plain"`, `data-src`) for Consentry to release if the
 * visitor agrees later. The gate on the page reads the same cookie: it shows no banner and
 * finds nothing left to release, so nothing runs twice. Without a record everything is a
 * gate: the mode in force (opt-in, opt-out) is the gate's to apply.
 *
 * Every value that reaches the HTML is escaped; text is never markup.
 */

/** @typedef {import('./node-middleware.js').ConsentState} ConsentState */

/**
 * @param {{ config: object, consent: ConsentState, thirdParty: string, nonce?: string, title?: string }} options
 *   `thirdParty`: where the analytics, video and pixel come from
 */
export function renderPage({ config, consent, thirdParty, nonce, title = 'Roastery' }) {
  const { record, region } = consent;
  const granted = (/** @type {string} */ category) => record?.categories[category] === true;
  const attrs = (/** @type {Record<string, string | undefined>} */ map) =>
    Object.entries(map)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => ` ${name}="${escapeHtml(/** @type {string} */ (value))}"`)
      .join('');
  /** The element as it loads (granted), or as a gate Consentry releases on consent. */
  const embed = (/** @type {string} */ tag, /** @type {string} */ category, /** @type {Record<string, string | undefined>} */ loads, /** @type {Record<string, string | undefined>} */ gate) =>
    `<${tag}${attrs(granted(category) ? loads : { 'data-consent': category, ...gate })}>${tag == 'img' ? '' : `</${tag}>`}`;
  const analytics = `${thirdParty}/analytics.js?name=analytics`;
  const video = `${thirdParty}/video.html`;
  const pixel = `${thirdParty}/pixel.gif`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}</title>
  <script type="application/json" id="consentry-config"${attrs({ nonce })}>${jsonInHtml(config)}</script>
  <script${attrs({ src: '/dist/consentry.js', 'data-region': region, nonce })}></script>
</head>
<body>
  <h1>${escapeHtml(title)}</h1>
  ${embed('script', 'analytical', { src: analytics, nonce }, { type: 'text/plain', 'data-src': analytics, nonce })}
  ${embed('iframe', 'functional', { src: video, title: 'Video' }, { 'data-src': video, title: 'Video' })}
  ${embed('img', 'other', { src: pixel, alt: '' }, { 'data-src': pixel, alt: '' })}
  <p><a href="/other">Another page</a></p>
  <footer><a href="/privacy" data-consentry="preferences">Cookie preferences</a></footer>
</body>
</html>
`;
}

/** Text or an attribute value as HTML. */
export const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** JSON inside `<script type="application/json">`: only `<` could end the element early (`</script>`, `<!--`). */
const jsonInHtml = (/** @type {unknown} */ value) => JSON.stringify(value).replace(/</g, '\\u003c');
