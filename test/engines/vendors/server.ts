// The fake vendors: one HTTP server that answers every vendor host (the local web routes
// them here) and logs each request it gets, with the time it arrived.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Web } from '../../helpers/engines';
import { PRELUDE, type Vendor } from './vendor';

export interface VendorServer {
  /** Every request: `host/path?query`, and when it arrived (ms since the epoch). */
  log: { url: string; at: number }[];
  close(): Promise<void>;
}

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The host of a `host/path` string. */
export const hostOf = (url: string) => url.slice(0, url.indexOf('/'));

export async function serveVendors(vendors: Vendor[], web: Web): Promise<VendorServer> {
  const files = Object.assign({}, ...vendors.map((vendor) => vendor.files)) as Vendor['files'];
  const log: VendorServer['log'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url!, `http://${req.headers.host}`);
    log.push({ url: url.hostname + url.pathname + url.search, at: Date.now() });
    // no-store: every load reaches this server, so the log sees every load.
    const common = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const file = files[url.hostname + url.pathname];
    req.resume();
    if (file && 'script' in file) res.writeHead(200, { ...common, 'content-type': 'text/javascript' }).end(`(function () {${PRELUDE}${file.script}\n})();`);
    else if (file) res.writeHead(200, { ...common, 'content-type': 'text/html; charset=utf-8' }).end(file.html);
    else if (req.method === 'GET') res.writeHead(200, { ...common, 'content-type': 'image/gif' }).end(PIXEL);
    else res.writeHead(204, common).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = new Set(vendors.flatMap((vendor) => [...Object.keys(vendor.files), ...vendor.works, ...(vendor.preloadable ?? [])].map(hostOf)));
  for (const host of hosts) web.route(host, port);
  return {
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The test page for `vendor`: Consentry configured with the vendor's presets only, then the snippet as pasted. */
export function vendorPage(vendor: Vendor): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${vendor.title}</title>
<script type="application/json" id="consentry-config">${JSON.stringify({ services: vendor.services })}</script>
<script src="/dist/consentry.js"></script>
${vendor.head}
</head>
<body>
<h1>${vendor.title}</h1>
${vendor.body ?? ''}
</body>
</html>`;
}
