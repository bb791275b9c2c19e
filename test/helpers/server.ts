// A local web: the site (the repository's files) and a third-party "tracker" origin that
// logs every request it gets, so tests judge privacy by what reached the network.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.gif': 'image/gif',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface Tracker extends Served {
  /** Every request the tracker received: host name, method and path with query. */
  log: { host: string; method: string; path: string }[];
}

async function listen(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const closer = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * Serves files under `root`. In HTML files, `{{name}}` becomes `vars[name]` (the tracker's
 * URL, a nonce). `headers(path)` adds response headers (a CSP, say); `routes` answers paths
 * itself.
 */
export async function serveSite(
  root: string,
  options: {
    host?: string;
    vars?: Record<string, string>;
    headers?: (path: string) => Record<string, string>;
    routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
  } = {},
): Promise<Served> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const route = options.routes?.[path];
    if (route) return route(req, res);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      if (file.endsWith('.html')) body = body.toString().replace(/\{\{(\w+)\}\}/g, (_, name: string) => options.vars?.[name] ?? '');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...options.headers?.(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const port = await listen(server);
  return { url: `http://${options.host ?? 'site.test'}:${port}`, port, close: closer(server) };
}

/**
 * A third party: `/…js` answers a script that records its run in `window.__ran` (named by
 * the `name` query parameter, or the path) and, with `cookie=<name>`, sets that first-party
 * cookie as analytics scripts do; with `pagehide=<path>`, it sends a beacon to that path of its
 * own origin when the page is left (`pagehide`), as analytics scripts do; `delay=<ms>` holds
 * the answer back. Images get a pixel, `.html` a small page, anything else 204.
 */
export async function serveTracker(host = 'tracker.test'): Promise<Tracker> {
  const log: Tracker['log'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    log.push({ host: (req.headers.host ?? '').replace(/:\d+$/, ''), method: req.method!, path: url.pathname + url.search });
    const cors = { 'access-control-allow-origin': '*' };
    if (url.pathname.endsWith('.js')) {
      const name = JSON.stringify(url.searchParams.get('name') ?? url.pathname);
      const cookie = url.searchParams.get('cookie');
      const beacon = url.searchParams.get('pagehide');
      const body =
        `(window.__ran = window.__ran || []).push(${name});` +
        (cookie ? `document.cookie = ${JSON.stringify(cookie + '=1; path=/')};` : '') +
        (beacon ? `addEventListener('pagehide', () => navigator.sendBeacon(${JSON.stringify(`http://${req.headers.host}${beacon}`)}, 'left'));` : '');
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript', ...cors }).end(body), Number(url.searchParams.get('delay') ?? 0));
    } else if (/\.(gif|png)$/.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/gif', ...cors }).end(PIXEL);
    } else if (url.pathname.endsWith('.html')) {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>embed</title><p>third-party embed</p>');
    } else {
      res.writeHead(204, cors).end();
    }
  });
  const port = await listen(server);
  return { url: `http://${host}:${port}`, port, log, close: closer(server) };
}

/** The paths (with the host when it is not `tracker.test`) the tracker saw, for readable assertions. */
export function seen(tracker: Tracker): string[] {
  return tracker.log.map(({ host, path }) => (host === 'tracker.test' ? path : `${host}${path}`));
}
