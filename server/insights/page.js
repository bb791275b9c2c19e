// @ts-check
/**
 * The frame of the ledger's pages (the dashboard and its sign-in): the document, its
 * stylesheets and scripts from the ledger itself, and the policy that lets nothing else in.
 */
import { html } from './html.js';

/**
 * No inline script or style anywhere, nothing from another origin, no framing. Data reaches
 * the page's script as `<script type="application/json">`, which is never run.
 */
export const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': PAGE_POLICY,
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/**
 * @param {{ title: string, body: import('./html.js').Html, scripts?: boolean }} page
 */
export const document = ({ title, body, scripts = false }) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="icon" href="/insights/assets/favicon.svg">
<link rel="stylesheet" href="/insights/assets/dashboard.css">
${scripts && html`<link rel="stylesheet" href="/insights/assets/uPlot.min.css">
<script src="/insights/assets/uPlot.iife.min.js" defer></script>
<script src="/insights/assets/dashboard.js" defer></script>`}
</head>
<body>
${body}
</body>
</html>
`;

/**
 * The sign-in form: the token, sent to `/insights/login`, which signs the browser in.
 * @param {{ search: string, problem?: string }} options `search`: the dashboard's query, kept.
 */
export const signInPage = ({ search, problem }) =>
  document({
    title: 'Sign in — Consent insights',
    body: html`<main class="sign-in">
<h1>Consent insights</h1>
<p>How visitors answer the cookie banner, from anonymous daily counters.</p>
<form method="post" action="/insights/login${search}">
${problem && html`<p class="problem" id="problem" role="alert">${problem}</p>`}
<label for="token">Ledger token (<code>LEDGER_TOKEN</code>)</label>
<input id="token" name="token" type="password" autocomplete="current-password" required${problem ? html` aria-describedby="problem"` : ''}>
<button type="submit">Sign in</button>
</form>
</main>`,
  });
