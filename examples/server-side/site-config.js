// @ts-check
/**
 * The example site's Consentry config, one object for the server (reading the choice) and
 * the pages (the JSON block the gate reads): the two must agree on the cookie, the revision
 * and the categories. Opt-in by default (the EU), opt-out in California, chosen per request
 * by the region the edge's geo headers give (`data-region` on the loader tag).
 *
 * `autoblock` names what the page embeds, by category, so that the gate knows about the
 * scripts the server renders already released: it counts them as run (withdrawing their
 * category reloads the page), and it holds them if it ever disagrees with the server.
 *
 * @param {string} thirdParty where the page's analytics, video and pixel come from
 * @returns {import('consentry/server').Config}
 */
export const siteConfig = (thirdParty) => ({
  revision: 1,
  mode: { default: 'opt-in', 'US-CA': 'opt-out' },
  policyUrl: '/privacy',
  autoblock: { analytical: [`${thirdParty}/analytics.js`], functional: [`${thirdParty}/video.html`], other: [`${thirdParty}/pixel.gif`] },
});
