// @ts-check
/**
 * Which responses re-issue the consent cookie: those to a page navigation, and only those.
 *
 * Re-issuing is idempotent (the same value, the same expiry), so every page load may carry
 * it; what must never happen is a response written from an older request putting an older
 * choice back after the visitor changed it in the page. A navigation is sent after any change
 * made in its own tab; a fetch, a prefetch or a subresource may have left before the change
 * and arrive after it. Both recipes (Node and Next.js) ask this one function.
 */

/**
 * `true` for a top-level page load: GET, `Sec-Fetch-Dest: document`, not a prefetch or a
 * prerender. Browsers without Fetch Metadata (Safari before 16.4) are judged by `Accept`,
 * which only a page load sends with `text/html`.
 *
 * @param {string | undefined} method
 * @param {(name: string) => string | null | undefined} header the request's header by lower-case name
 */
export function isPageNavigation(method, header) {
  if (method !== 'GET') return false;
  if (/prefetch|prerender/i.test(`${header('sec-purpose') ?? ''} ${header('purpose') ?? ''}`)) return false;
  const destination = header('sec-fetch-dest');
  return destination ? destination === 'document' : /\btext\/html\b/.test(header('accept') ?? '');
}
