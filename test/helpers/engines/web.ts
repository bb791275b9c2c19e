// A local web for real browsers: one HTTP proxy on 127.0.0.1 that every engine is told to
// use, so real host names (site.test, www.googletagmanager.com…) reach the test servers
// without editing /etc/hosts. HTTPS arrives as CONNECT and ends here, on a self-signed
// certificate (tls-*.pem, test-only) that the engines are told to accept.
import { readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface Web {
  /** The proxy every engine uses: `127.0.0.1:<port>`. */
  proxy: string;
  /** Sends requests for `host` (and, with a leading `.`, its subdomains) to 127.0.0.1:`port`. */
  route(host: string, port: number): void;
  /** Requests for hosts no server answers (browser noise, or a tag going somewhere unplanned). */
  unrouted: string[];
  close(): Promise<void>;
}

const here = new URL('.', import.meta.url);
const tls = { key: readFileSync(new URL('tls-key.pem', here)), cert: readFileSync(new URL('tls-cert.pem', here)) };

export async function startWeb(): Promise<Web> {
  const routes = new Map<string, number>();
  const unrouted: string[] = [];
  const sockets = new Set<Socket>();

  const portFor = (host: string, explicitPort: string): number | undefined => {
    const exact = routes.get(host);
    if (exact) return exact;
    for (const [pattern, port] of routes) if (pattern.startsWith('.') && host.endsWith(pattern)) return port;
    // `http://site.test:<port>/`: a test server on that port (serveSite, serveTracker).
    if (host.endsWith('.test') && explicitPort) return Number(explicitPort);
  };

  /** Forwards one request to the server for its host; `secure` says it came through CONNECT. */
  const forward = (req: IncomingMessage, res: ServerResponse, secure: boolean) => {
    const url = new URL(req.url!, `${secure ? 'https' : 'http'}://${req.headers.host}`);
    const port = portFor(url.hostname, secure ? '' : url.port);
    if (!port) {
      unrouted.push(url.href);
      return void res.writeHead(502, { 'content-type': 'text/plain' }).end(`no test server for ${url.hostname}`);
    }
    const upstream = request(
      { host: '127.0.0.1', port, method: req.method, path: url.pathname + url.search, headers: { ...req.headers, host: url.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.headersSent || res.writeHead(502).end());
    req.pipe(upstream);
  };

  const secure = createTlsServer(tls, (req, res) => forward(req, res, true));
  const server = createServer((req, res) => forward(req, res, false));
  const onConnect = (req: IncomingMessage, socket: Socket, head: Buffer) => {
    if (head.length) socket.unshift(head);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!portFor(host, '')) {
      unrouted.push(`https://${host}/`);
      return void socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => secure.emit('connection', socket));
  };
  server.on('connect', onConnect);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    proxy: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    route: (host, port) => void routes.set(host, port),
    unrouted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        secure.close();
        server.close(() => resolve());
      }),
  };
}
