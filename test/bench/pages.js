// The pages the bench loads: one small marketing page, identical for every CMP, with the same
// third parties gated the way each CMP documents — an analytics script (analytical) that sets a
// first-party cookie, and a tracking pixel (other/marketing). Also the 1,000-element page.
import { readFileSync } from 'node:fs';

const version = (pkg) => JSON.parse(readFileSync(new URL(`../../${pkg}/package.json`, import.meta.url))).version;
const vendorVersion = (pkg) => version(`node_modules/${pkg}`);

/** The gated analytics script: records `analytics` in `window.__benchRan` and sets `_bench_ga`. */
export const ANALYTICS = '{{tracker}}/analytics.js?cookie=_bench_ga';
export const PIXEL = '{{tracker}}/pixel.gif';

const CONTENT = `
<header><strong>Example Ltd</strong> <nav><a href="#">Product</a> <a href="#">Pricing</a> <a href="#">About</a></nav></header>
<main>
  <h1>Plan your week in minutes</h1>
  <p>Example helps small teams plan, track and ship their work. It is fast, private and works offline.</p>
  <p>Bring your calendar, your notes and your tasks together, and see at a glance what matters today.</p>
  <h2>Why teams choose us</h2>
  <ul><li>Set up in five minutes</li><li>Your data stays in the EU</li><li>Plans from €0</li></ul>
  <p>Questions? Write to us and a person answers within a day.</p>
</main>
<footer><a href="/privacy">Privacy</a></footer>`;

const STYLE = `<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #222; }
  header, main, footer { max-width: 40rem; margin: 0 auto; padding: 1rem; }
</style>`;

/** A whole page: `head` right after the charset (CMPs go first), `body` after the content. */
const page = ({ title, head = '', body = '' }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
${STYLE}
</head>
<body>${CONTENT}
${body}
</body>
</html>
`;

/**
 * The CMPs, each set up as its own documentation recommends. `owns(path)` says which
 * responses are the CMP's (their bytes are counted); `banner` is the source of an in-page
 * function returning the banner element; `accept` a Playwright selector for its
 * "accept all" button.
 */
export const CMPS = [
  {
    id: 'consentry',
    label: 'Consentry',
    version: version('.'),
    path: '/consentry.html',
    html: () =>
      page({
        title: 'Consentry',
        head: `<script type="application/json" id="consentry-config">{ "policyUrl": "/privacy", "categories": { "analytical": { "cookies": [{ "name": "_bench_ga" }] }, "functional": {}, "other": {} } }</script>
<script src="/dist/consentry.js"></script>
<script type="text/plain" data-consent="analytical" data-src="${ANALYTICS}"></script>`,
        body: `<img data-consent="other" data-src="${PIXEL}" width="1" height="1" alt="">`,
      }),
    owns: (path) => path.startsWith('/dist/'),
    banner: `() => document.getElementById('consentry-root')?.shadowRoot?.querySelector('[part="banner"]')`,
    accept: '#consentry-root [part="banner"] button[data-action="accept-all"]',
    // Only to store a choice for the returning visit while there is no banner to click.
    acceptByApi: () => window.Consentry?.acceptAll(),
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent',
    version: vendorVersion('vanilla-cookieconsent'),
    path: '/vanilla-cookieconsent.html',
    // Docs (Getting started, HTML): deferred CSS in the head, the script and an init file
    // deferred at the end of the body; scripts blocked with type="text/plain" data-category.
    // It gates scripts only, so the pixel is an inline gated script that creates the image.
    html: () =>
      page({
        title: 'vanilla-cookieconsent',
        head: `<link rel="stylesheet" href="/vendor/vanilla-cookieconsent/dist/cookieconsent.css" media="print" onload="this.media='all'">
<script type="text/plain" data-category="analytics" data-src="${ANALYTICS}"></script>`,
        body: `<script type="text/plain" data-category="marketing">new Image().src = '${PIXEL}';</script>
<script defer src="/vendor/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>
<script defer src="/vanilla-cookieconsent-init.js"></script>`,
      }),
    owns: (path) => path.startsWith('/vendor/vanilla-cookieconsent/'),
    banner: `() => document.querySelector('#cc-main .cm')`,
    accept: '#cc-main .cm button[data-role="all"]',
  },
  {
    id: 'klaro',
    label: 'Klaro',
    version: vendorVersion('klaro'),
    path: '/klaro.html',
    // README: the config, then klaro.js (styles and translations included), both deferred;
    // elements blocked with type="text/plain" data-type data-name data-src (images: data-src).
    html: () =>
      page({
        title: 'Klaro',
        head: `<script defer src="/klaro-config.js"></script>
<script defer src="/vendor/klaro/dist/klaro.js"></script>
<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="${ANALYTICS}"></script>`,
        body: `<img data-name="pixel" data-src="${PIXEL}" width="1" height="1" alt="">`,
      }),
    owns: (path) => path.startsWith('/vendor/klaro/'),
    banner: `() => document.querySelector('#klaro .cookie-notice')`,
    accept: '#klaro .cookie-notice button.cm-btn-success',
  },
  {
    id: 'tarteaucitron',
    label: 'tarteaucitron',
    version: vendorVersion('tarteaucitronjs'),
    path: '/tarteaucitron.html',
    // README: tarteaucitron.js then tarteaucitron.init() in the head; it loads its CSS, its
    // services file and a language file itself. The minified build (what its CDN serves) is
    // used; third parties are custom services (see tarteaucitron-init.js).
    html: () =>
      page({
        title: 'tarteaucitron',
        head: `<script src="/vendor/tarteaucitronjs/tarteaucitron.min.js"></script>
<script src="/tarteaucitron-init.js"></script>`,
      }),
    owns: (path) => path.startsWith('/vendor/tarteaucitronjs/'),
    banner: `() => document.getElementById('tarteaucitronAlertBig')`,
    accept: '#tarteaucitronPersonalize2',
  },
];

/**
 * The same page without any CMP and with the third parties not gated: what the page itself
 * costs (part of every CMP's figures), and a control that the tracker sees what is not blocked.
 */
export const BASELINE = {
  id: 'none',
  label: 'no CMP',
  path: '/none.html',
  html: () => page({ title: 'No CMP', head: `<script async src="${ANALYTICS}"></script>`, body: `<img src="${PIXEL}" width="1" height="1" alt="">` }),
  owns: () => false,
};

/** How the 1,000-element page is made up; `scripts` is what must run after acceptAll(). */
export const GATED_PAGE = { path: '/consentry-1000.html', elements: 1000, scripts: 750 };

/**
 * Consentry with 1,000 gated elements in document order: every fourth an external script on
 * the tracker, every fourth an image on the tracker, the rest inline scripts. Each script
 * records `[index, performance.now()]` in `window.__benchRan`. The banner is not shown
 * (`autoShow: false`): the figure is the gating's, from `Consentry.acceptAll()`.
 */
export function gatedPage() {
  const elements = [];
  for (let i = 0; i < GATED_PAGE.elements; i++) {
    if (i % 4 === 0) elements.push(`<script type="text/plain" data-consent="analytical" data-src="{{tracker}}/g.js?id=${i}"></script>`);
    else if (i % 4 === 3) elements.push(`<img data-consent="other" data-src="{{tracker}}/p.gif?id=${i}" width="1" height="1" alt="">`);
    else elements.push(`<script type="text/plain" data-consent="analytical">(window.__benchRan = window.__benchRan || []).push([${i}, performance.now()]);</script>`);
  }
  return page({
    title: 'Consentry, 1,000 gated elements',
    head: `<script type="application/json" id="consentry-config">{ "autoShow": false }</script>
<script src="/dist/consentry.js"></script>`,
    body: elements.join('\n'),
  });
}

/**
 * The same 1,000 elements untagged, with no CMP: what the scripts cost on their own (the
 * parser runs them). The first inline script marks the start in `window.__benchStart`.
 */
export const UNTAGGED_PAGE = { path: '/untagged-1000.html' };
export function untaggedPage() {
  const body = gatedPage()
    .replace(/<script type="text\/plain" data-consent="analytical" data-src=/g, '<script src=')
    .replace(/<script type="text\/plain" data-consent="analytical">/g, '<script>')
    .replace(/<img data-consent="other" data-src=/g, '<img src=')
    .replace(/<script type="application\/json" id="consentry-config">.*?<\/script>\s*<script src="\/dist\/consentry.js"><\/script>/s, '')
    .replace('<body>', '<body><script>window.__benchStart = performance.now();</script>');
  return body.replace('Consentry, 1,000 gated elements', 'No CMP, the same 1,000 elements untagged');
}
