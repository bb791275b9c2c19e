// @ts-check
/**
 * The demo (`npm start`): the examples and the built dist/ on http://localhost:8080, and a
 * fake third party on http://tracker.localhost:8081 that logs every request it gets, so a
 * person (and the example tests) can see what gating let through. `*.localhost` names
 * resolve to this machine in every current browser, so no hosts file is needed. With
 * `ledger: true` (as `npm start` runs it), a consent ledger on http://localhost:8082 takes
 * the marketing site's anonymous banner events, so its dashboard fills as you click.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/**
 * What the fake third party answers. The analytics script behaves like a real tag: it sets
 * a first-party cookie, sends a page-view pixel and a beacon.
 */
const analyticsScript = (/** @type {string} */ tracker) => `(() => {
  const id = Math.random().toString(36).slice(2);
  document.cookie = '_demo_ga=' + id + '; path=/; max-age=31536000';
  new Image().src = '${tracker}/collect?event=page_view&page=' + encodeURIComponent(location.pathname);
  addEventListener('pagehide', () => navigator.sendBeacon('${tracker}/collect?event=leave'));
  (window.demoAnalytics = window.demoAnalytics || []).push('ran');
})();`;

const videoPage = `<!doctype html><html lang="en"><title>Video</title>
<style>body{margin:0;display:grid;place-items:center;height:100vh;background:#111;color:#eee;font:16px system-ui}</style>
<p>▶ A third-party video player</p></html>`;

/**
 * Starts the demo. `port: 0` picks free ports (tests). Returns the site's URL, the tracker's
 * URL, the tracker's request log, and `close`.
 *
 * Each entry of the log carries `n`, its place among every request the tracker got since it
 * started (tests may empty `log`; `n` goes on). Every HTML page is served with the count so far
 * in place of `{{logFrom}}`, so its Network log can ask for exactly the requests that arrived
 * after the page was requested (`/__network-log?after=<n>`): those the page made before its
 * panel's script ran, and any the previous page sent as it closed. Nothing from a page can
 * reach the tracker before the page's HTML has been served, so nothing of its own is missed.
 */
export async function startDemo({ port = 8080, trackerPort = port ? port + 1 : 0, ledger = false } = /** @type {{ port?: number, trackerPort?: number, ledger?: boolean }} */ ({})) {
  /** @type {Awaited<ReturnType<typeof startDemoLedger>> | null} */
  let insights = null;
  /** @type {{ n: number, time: string, method: string, url: string, referer: string }[]} */
  const log = [];
  let received = 0;

  const tracker = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    log.push({ n: ++received, time: new Date().toISOString(), method: req.method ?? 'GET', url: url.href, referer: req.headers.referer ?? '' });
    const cors = { 'access-control-allow-origin': '*' };
    if (url.pathname === '/analytics.js') {
      res.writeHead(200, { 'content-type': TYPES['.js'], ...cors }).end(analyticsScript(`http://${req.headers.host}`));
    } else if (url.pathname.endsWith('.gif') || url.pathname === '/collect') {
      res.writeHead(200, { 'content-type': 'image/gif', ...cors }).end(PIXEL);
    } else if (url.pathname.startsWith('/embed/')) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(videoPage);
    } else {
      res.writeHead(204, cors).end();
    }
  });

  const site = createServer(async (req, res) => {
    const requested = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(requested.pathname);
    if (path === '/') return void res.writeHead(302, { location: '/marketing-site/' }).end();
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/__network-log') {
      const after = Number(requested.searchParams.get('after') ?? 0);
      return void res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end(JSON.stringify(log.filter((entry) => entry.n > after)));
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(ROOT, path.startsWith('/dist/') ? '' : 'examples', path));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      let body = await readFile(file, extname(file) === '.html' ? 'utf8' : undefined);
      /** @type {Record<string, string>} */
      const headers = { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (typeof body === 'string') {
        const nonce = randomBytes(16).toString('base64');
        body = body
          .replaceAll('{{logFrom}}', String(received))
          .replaceAll('{{tracker}}', trackerUrl)
          .replaceAll('{{video}}', trackerUrl.replace('tracker.', 'video.'))
          .replaceAll('{{nonce}}', nonce);
        if (path.startsWith('/strict-csp/')) headers['content-security-policy'] = strictPolicy(nonce, trackerUrl);
        if (insights && path.startsWith('/marketing-site/')) body = withEvents(body, `${insights.url}/events`);
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });

  const listen = (/** @type {import('node:http').Server} */ server, /** @type {number} */ wanted) =>
    new Promise((resolve) => server.listen(wanted, '127.0.0.1', () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port)));
  const trackerUrl = `http://tracker.localhost:${await listen(tracker, trackerPort)}`;
  const url = `http://localhost:${await listen(site, port)}`;
  if (ledger) insights = await startDemoLedger(port ? port + 2 : 0, url);
  const close = () =>
    Promise.all([
      ...[site, tracker].map((server) => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve)))),
      insights?.close(),
    ]);
  return { url, trackerUrl, log, ledger: insights && { url: insights.url, token: insights.token }, close };
}

/**
 * The demo's consent ledger: a fresh embedded database in a temporary folder (gone when the
 * demo stops), a new token each time, and the demo's own site as its only allowed origin.
 * @param {number} port
 * @param {string} site
 */
async function startDemoLedger(port, site) {
  // By URL, so a bundle of this file (the screenshots) loads the ledger from server/, where
  // its dashboard's files are, rather than copying it in.
  const from = (/** @type {string} */ path) => import(new URL(path, import.meta.url).href);
  const { startLedger } = /** @type {typeof import('../server/ledger-server.js')} */ (await from('../server/ledger-server.js'));
  const { silentLogger } = /** @type {typeof import('../server/ops/log.js')} */ (await from('../server/ops/log.js'));
  const dataDir = await mkdtemp(join(tmpdir(), 'consentry-demo-ledger-'));
  const token = randomBytes(24).toString('hex');
  const ledger = await startLedger({ port, dataDir, token, allowedOrigins: [site], log: silentLogger });
  return {
    url: ledger.url.replace('127.0.0.1', 'localhost'),
    token,
    close: async () => {
      await ledger.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page whose config sends the banner's anonymous events to the demo's ledger: added as the
 * page is served, so the example pages stay what a site would copy, with or without a ledger.
 * @param {string} html
 * @param {string} events
 */
function withEvents(html, events) {
  return html.replace(/(<script type="application\/json" id="consentry-config">)([\s\S]*?)(<\/script>)/, (_, open, json, close) => {
    const config = { ...JSON.parse(json), record: { events } };
    return `${open}\n    ${JSON.stringify(config)}\n  ${close}`;
  });
}

/**
 * A strict policy: scripts only with this response's nonce (and what they load, through
 * 'strict-dynamic'), styles only from this origin or with the nonce, no inline handlers,
 * and Trusted Types for every script URL and text (Consentry's policy is allowed by name).
 */
function strictPolicy(/** @type {string} */ nonce, /** @type {string} */ tracker) {
  return [
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types consentry',
    "default-src 'self'",
    'img-src * data:',
    'frame-src *',
    // The analytics tag's beacons: a real site lists its vendors' endpoints here.
    `connect-src 'self' ${tracker}`,
  ].join('; ');
}

// Only when run as itself: bundled into another script (the screenshots), it only exports.
if (import.meta.url.endsWith('/examples/serve.js') && process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemo({ port: Number(process.env.PORT ?? 8080), ledger: true });
  console.log(`Consentry demo:     ${demo.url}/`);
  console.log(`  marketing site    ${demo.url}/marketing-site/`);
  console.log(`  single-page app   ${demo.url}/spa/`);
  console.log(`  strict CSP        ${demo.url}/strict-csp/`);
  console.log(`  fake third party  ${demo.trackerUrl}/ (every request it gets shows in the pages' network log)`);
  if (demo.ledger) {
    console.log(`  consent insights  ${demo.ledger.url}/insights (sign in with the token ${demo.ledger.token})`);
    console.log('                    the marketing site’s banner events fill it as you click; figures show from 5 events on');
  }
}
