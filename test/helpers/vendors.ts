// Third-party vendors for the scanner's tests, on loopback: one HTTPS server answers for
// every vendor host name (Chromium maps them all to 127.0.0.1 and ignores the throwaway
// certificate), so HSTS-preloaded names work and third-party cookies can be Secure. Each
// vendor plants what the real one does: cookies from script and from headers, storage
// keys, and one request of every kind. Every request is logged.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Vendors {
  /** `https://VENDOR:<port>`: replace VENDOR with a host name. */
  base: string;
  port: number;
  log: { host: string; path: string }[];
  close(): Promise<void>;
}

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** A self-signed certificate for this test run only (openssl, then deleted). */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-vendors-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=vendors.test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What each vendor's script does, as the real one would (names and lifetimes as documented). */
function script(host: string, path: string, port: number): string | undefined {
  const origin = (name: string) => `https://${name}:${port}`;
  if (host === 'www.google-analytics.com' && path === '/analytics.js') {
    return `document.cookie = '_ga=GA1.1.1.1; max-age=63072000; path=/';
document.cookie = '_ga_TEST1=GS1.1.1; max-age=63072000; path=/';
navigator.sendBeacon('${origin('region1.google-analytics.com')}/g/collect?v=2&tid=G-TEST1', 'en=page_view');`;
  }
  if (host === 'connect.facebook.net' && path === '/en_US/fbevents.js') {
    return `document.cookie = '_fbp=fb.1.1.1; max-age=7776000; path=/';
new Image().src = '${origin('connect.facebook.net')}/tr?id=1&ev=PageView';`;
  }
  if (host === 'static.hotjar.com' && path === '/c/hotjar.js') {
    return `document.cookie = '_hjSession_1=x; path=/';
localStorage.setItem('_hjSessionUser_1', 'x');
new WebSocket('wss://ws.hotjar.com:${port}/socket');`;
  }
  if (host === 'cdn.unknown-tracker.test' && path === '/track.js') {
    return `document.cookie = 'unk_id=42; max-age=2592000; path=/';
fetch('${origin('cdn.unknown-tracker.test')}/collect', { method: 'POST', body: 'hit', mode: 'no-cors' });`;
  }
  return;
}

export async function serveVendors(): Promise<Vendors> {
  const log: Vendors['log'] = [];
  const server = createServer(certificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url!, 'https://x').pathname;
    log.push({ host, path: req.url! });
    const port = (server.address() as AddressInfo).port;
    const code = script(host, path, port);
    if (code) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    if (host === 'www.youtube-nocookie.com' && path.startsWith('/embed/')) {
      // The vendor's own cookie, on its own domain: third-party to the site.
      return void res
        .writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'VISITOR_INFO1_LIVE=x; Max-Age=15552000; Path=/; SameSite=None; Secure' })
        .end('<!doctype html><title>video</title><p>a video</p>');
    }
    if (/\/(collect|tr)$/.test(path) || path.endsWith('.gif')) return void res.writeHead(200, { 'content-type': 'image/gif', 'access-control-allow-origin': '*' }).end(PIXEL);
    res.writeHead(204).end();
  });
  server.on('upgrade', (req, socket) => {
    log.push({ host: (req.headers.host ?? '').replace(/:\d+$/, ''), path: req.url! });
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
    socket.end(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `https://VENDOR:${port}`,
    port,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
