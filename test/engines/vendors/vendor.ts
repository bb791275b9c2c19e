// What a vendor test needs to know: the snippet a site owner pastes (as the vendor publishes
// it), the presets it is configured with, what the fake vendor servers answer, and what
// proves the tag works once allowed.

export interface Vendor {
  /** Names the test page and the cases. */
  id: string;
  title: string;
  /** The whole Consentry config: only `services` presets (SPEC §2). */
  services: Record<string, string>;
  /** Markup for <head> and <body>, pasted as the vendor's documentation gives it. */
  head: string;
  body?: string;
  /** What the fake vendor servers answer: `host/path` (no query) → a script, or an HTML page. */
  files: Record<string, { script: string } | { html: string }>;
  /** Requests (`host/path?query` prefixes) that prove the tag ran and reported, after Accept all. */
  works: string[];
  /** Markers the fake library pushes to `window.__vendors` when it runs (handlers included). */
  ran: string[];
  /** First-party cookies the library sets, all declared by its preset. */
  cookies: string[];
  /**
   * Markup `<script src>` the browser's preload scanner may fetch before any script runs, or a
   * markup `<iframe src>` whose navigation starts as the parser inserts it
   * (SPEC §5: such tags must be tagged). Fetching is allowed; running never is.
   */
  preloadable?: string[];
  /**
   * The tag runs in a cross-origin frame, in a process of its own: the page can blank it,
   * not stop it in the same instant, so its pings get a short grace after withdrawal.
   */
  framed?: boolean;
}

/**
 * Shared by every fake library: markers, cookies, and the ongoing traffic real tags keep
 * sending while the page is open (engagement pings, recordings, SPA tracking), so a tag that
 * goes on after withdrawal shows up in the server's log.
 */
export const PRELUDE = `
var mark = function (event) { (window.__vendors = window.__vendors || []).push(event); };
var setCookie = function (name) { document.cookie = name + '=1; path=/; max-age=3600'; };
var keepSending = function (ping) { ping(); setInterval(ping, 200); };
// The page's clock when a ping left (t=…, last in the query), so the test can tell a ping
// sent after withdrawal from one that was on its way.
var stamp = function (url) { return url + (url.indexOf('?') < 0 ? '?' : '&') + 't=' + Date.now(); };
// fetch as the vendors' libraries call it: a refused request is no error to the page.
var send = function (url, init) { return fetch(url, init).catch(function () {}); };
`;
