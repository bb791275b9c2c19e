// @ts-check
/**
 * The HTTP server around the router: what every connection is held to (timeouts, a share per
 * client, answers to what the router never sees: parser errors, CONNECT), what every
 * request is counted and logged as, and a close that stops taking requests and lets the ones
 * in flight finish.
 */
import { createServer, STATUS_CODES } from 'node:http';
import { createConnectionCap } from './connection-cap.js';
import { sendError } from './reply.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('node:net').Socket} Socket */
/** @typedef {import('node:stream').Duplex} Duplex */

/**
 * An answer written straight to a socket no request object owns.
 * @param {Duplex} socket
 * @param {number} status
 * @param {string} error
 */
function refuse(socket, status, error) {
  const body = JSON.stringify({ error });
  const head = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, 'connection: close', 'content-type: application/json; charset=utf-8', `content-length: ${Buffer.byteLength(body)}`];
  // Closed on our side once the answer is out, whether or not the client reads it.
  socket.end([...head, '', body].join('\r\n'), () => socket.destroy());
}

/**
 * @param {object} options
 * @param {(req: IncomingMessage, res: ServerResponse) => Promise<string | null>} options.route
 * @param {boolean} options.capPerClient Off behind a proxy, where every connection is the proxy's.
 * @param {import('../ops/metrics.js').Metrics} options.metrics
 * @param {import('../ops/log.js').Logger} options.log
 */
export function createListener({ route, capPerClient, metrics, log }) {
  /** @type {Set<Promise<unknown>>} */
  const inFlight = new Set();
  /** Sockets with an answer being written: a parser error there must not write another. */
  const answering = new WeakSet();
  let closing = false;

  const server = createServer(
    {
      // A receipt is a few hundred bytes: headers still arriving after 8 s, or a request
      // after 15 s, are not a browser. Node checks these every connectionsCheckingInterval,
      // 30 s unless told: a socket that sends nothing, or trickles headers, lived 40 s and
      // more. 8 s, not 10: a busy event loop (PGlite runs in it) adds seconds, and SPEC §9
      // promises such sockets are gone within 15.
      headersTimeout: 8_000,
      requestTimeout: 15_000,
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      const started = process.hrtime.bigint();
      metrics.inFlight(1);
      answering.add(req.socket);
      res.once('close', () => answering.delete(req.socket));
      // Keep-alive connections end once a shutdown has begun.
      if (closing) res.setHeader('connection', 'close');
      const work = route(req, res)
        .catch((error) => {
          log.error('request failed', { method: req.method, error: String(error?.stack ?? error) });
          if (!res.headersSent) sendError(res, 500, 'internal error');
          else res.destroy();
          return null;
        })
        .then((known) => {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.inFlight(-1);
          // The route, never the path: a consent id in a log line would be personal data.
          metrics.request(known ?? 'unknown', req.method ?? '', res.statusCode, seconds);
          log.info('request', { method: req.method, route: known ?? 'unknown', status: res.statusCode, ms: Math.round(seconds * 1000) });
        })
        .finally(() => inFlight.delete(work));
      inFlight.add(work);
    },
  );
  server.keepAliveTimeout = 5_000;
  // Each connection holds at most one 8 KB body: this bounds the memory requests can take.
  server.maxConnections = 2_048;
  if (capPerClient) server.on('connection', createConnectionCap());
  // Without a listener Node drops a CONNECT unanswered; every request gets an answer. (An
  // Upgrade needs none: with no 'upgrade' listener Node serves it as plain HTTP/1.1.)
  server.on('connect', (_req, socket) => refuse(socket, 405, 'CONNECT: method not allowed; this is not a proxy'));
  server.on('clientError', (error, duplex) => {
    const socket = /** @type {Socket} */ (duplex);
    // As Node's own default, with a JSON body: only where no other answer is being written.
    if (!socket.writable || answering.has(socket) || /** @type {NodeJS.ErrnoException} */ (error).code === 'ECONNRESET') return void socket.destroy();
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'HPE_HEADER_OVERFLOW') refuse(socket, 431, 'headers: expected at most 16 KB');
    else if (code === 'ERR_HTTP_REQUEST_TIMEOUT') refuse(socket, 408, 'request: expected the whole request within 15 s');
    else refuse(socket, 400, 'request: expected HTTP/1.1');
  });

  return {
    server,
    closing: () => closing,
    /** @param {number} port @param {string} host */
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(/** @type {import('node:net').AddressInfo} */ (server.address())));
      }),
    /**
     * Stops taking requests and waits for those in flight, at most `drainMs`.
     * @param {number} drainMs
     */
    async close(drainMs) {
      closing = true;
      const stopped = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      const timedOut = new Promise((resolve) => setTimeout(resolve, drainMs).unref());
      await Promise.race([Promise.allSettled([...inFlight]), timedOut]);
      server.closeAllConnections();
      await stopped;
    },
  };
}
