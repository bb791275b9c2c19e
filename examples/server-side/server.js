// @ts-check
/**
 * The server-side example: pages rendered by a Node server that knows the visitor's choice
 * (page.js), through the Consentry middleware (node-middleware.js), with the built dist/
 * beside them. `npm run build`, then `node examples/server-side/server.js` serves it on
 * http://localhost:8090, with a stand-in third party on http://tracker.localhost:8091.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { consentry } from './node-middleware.js';
import { renderPage } from './page.js';
import { siteConfig } from './site-config.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The site's pages, by path. */
const PAGES = new Map([
  ['/', 'Roastery'],
  ['/other', 'Another page'],
  ['/privacy', 'Privacy'],
]);

/**
 * Starts the site. `thirdParty`: the origin the pages load analytics, a video and a pixel
 * from. `port: 0` picks a free port (tests).
 *
 * @param {{ port?: number, thirdParty: string }} options
 */
export async function startServerSideExample({ port = 8090, thirdParty }) {
  const config = siteConfig(thirdParty);
  const middleware = consentry(config);
  const server = createServer((req, res) =>
    middleware(req, res, async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/dist/')) return serveDist(path, res);
      if (path == '/favicon.ico') return void res.writeHead(204).end();
      const title = PAGES.get(path);
      if (!title) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      const consent = /** @type {import('./node-middleware.js').ConsentState} */ (/** @type {import('./node-middleware.js').Response} */ (res).locals?.consentry);
      // Personal: it carries the visitor's choice (and may carry their cookie), so no shared cache may keep it.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache' });
      res.end(renderPage({ config, consent, thirdParty, title }));
    }),
  );
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://localhost:${address.port}`,
    port: address.port,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}

/** Consentry's built files: the gate and the chunks it loads from its own folder. */
async function serveDist(/** @type {string} */ path, /** @type {import('node:http').ServerResponse} */ res) {
  const file = normalize(join(DIST, path.slice('/dist/'.length)));
  if (!file.startsWith(DIST) || !file.endsWith('.js')) return void res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' }).end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
}

/** A stand-in third party for running the example by hand: a script that says it ran, a video page, a pixel. */
function startThirdParty(/** @type {number} */ port) {
  const answers = /** @type {Record<string, [string, string]>} */ ({
    '/analytics.js': ['text/javascript', "(window.__ran = window.__ran || []).push('analytics'); console.info('analytics ran');"],
    '/video.html': ['text/html', '<!doctype html><title>Video</title><p>▶ A third-party video</p>'],
  });
  createServer((req, res) => {
    const [type, body] = answers[new URL(req.url ?? '/', 'http://x').pathname] ?? ['image/gif', ''];
    res.writeHead(200, { 'content-type': type }).end(body);
  }).listen(port, '127.0.0.1');
  return `http://tracker.localhost:${port}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = await startServerSideExample({ thirdParty: startThirdParty(8091) });
  console.log(`Server-side example on ${site.url} (third party on http://tracker.localhost:8091)`);
}
