// The bench's local web: one site origin serving the CMP pages, dist/ and the competitors'
// files, and one third-party "tracker" origin that logs every request it gets, so "blocked
// until consent" is judged by what reached the network. Test-only: nothing here enters dist/.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.gif': 'image/gif',
};
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The competitors' packages the site may serve from node_modules, and nothing else there. */
export const VENDORS = ['vanilla-cookieconsent', 'klaro', 'tarteaucitronjs'];

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

const closer = (server) => () =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * The third party: `/<name>.js` answers a script that records its run as `[id, performance.now()]`
 * in `window.__benchRan` (id from the `id` query parameter, else the file name) and, with
 * `cookie=<name>`, sets that first-party cookie as analytics scripts do. Images get a pixel,
 * anything else 204. `log` holds every request, in arrival order.
 */
export async function serveTracker(host = 'tracker.test') {
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    log.push({ at: Date.now(), path: url.pathname + url.search });
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (url.pathname.endsWith('.js')) {
      const id = JSON.stringify(url.searchParams.get('id') ?? url.pathname.slice(1, -3));
      const cookie = url.searchParams.get('cookie');
      const body =
        `(window.__benchRan = window.__benchRan || []).push([${id}, performance.now()]);` +
        (cookie ? `document.cookie = ${JSON.stringify(`${cookie}=1; path=/`)};` : '');
      res.writeHead(200, { 'content-type': TYPES['.js'], ...cors }).end(body);
    } else if (url.pathname.endsWith('.gif')) {
      res.writeHead(200, { 'content-type': TYPES['.gif'], ...cors }).end(PIXEL);
    } else {
      res.writeHead(204, cors).end();
    }
  });
  const port = await listen(server);
  return { url: `http://${host}:${port}`, log, close: closer(server) };
}

/**
 * The site: `/` is `pagesDir` (in `.html` and `.js` files `{{tracker}}` becomes the tracker's
 * URL), `/dist/` the build, `/vendor/<package>/` a competitor's package; `routes` maps a path
 * (with its extension) to a function returning the generated text (with the same substitution).
 */
export async function serveSite({ root, pagesDir, tracker, routes = {}, host = 'site.test' }) {
  const fill = (text) => text.replaceAll('{{tracker}}', tracker);
  const resolve = (path) => {
    const [, top, rest] = path.match(/^\/([^/]+)\/(.*)$/) ?? [];
    if (top === 'dist') return [join(root, 'dist'), rest];
    if (top === 'vendor') {
      const [pkg, ...file] = rest.split('/');
      if (VENDORS.includes(pkg)) return [join(root, 'node_modules', pkg), file.join('/')];
      return [];
    }
    return [pagesDir, path.slice(1)];
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = (file) => ({ 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    if (routes[path]) return void res.writeHead(200, headers(path)).end(fill(routes[path]()));
    const [base, rel] = resolve(path);
    const file = base && normalize(join(base, rel));
    if (!file || !file.startsWith(normalize(base) + '/')) return void res.writeHead(404).end();
    try {
      let body = await readFile(file);
      if (/\.(html|js)$/.test(file) && base === pagesDir) body = fill(body.toString());
      res.writeHead(200, headers(file)).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const port = await listen(server);
  return { url: `http://${host}:${port}`, close: closer(server) };
}
