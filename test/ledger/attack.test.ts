// SPEC §9 "Under attack": what an unauthenticated client can send a real ledger process, and
// what it must never achieve: stop it, starve others of connections, make /health expensive,
// or have the ledger store receipts for sites that are not its own.
import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLedger } from '../../server/ledger-server.js';
import { startCluster, type Cluster } from './postgres-cluster.js';
import { admin, ENGINES, exportJson, freshStorage, MINUTE, post, receipt, start, TOKEN, type Engine, type Ledger } from './harness';
import { envOf, rawRequest, runCli, spawnLedger, type LedgerProcess } from './processes';

const running: LedgerProcess[] = [];
afterAll(() => {
  for (const ledger of running) if (ledger.child.exitCode === null) ledger.child.kill('SIGKILL');
});

/** A GET from another loopback address: another client, as far as the ledger can tell. */
function getFrom(localAddress: string, url: string, headers: Record<string, string> = {}) {
  return new Promise<number>((resolve, reject) => {
    const req = request(url, { localAddress, headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error('no answer within 5 s')));
    req.end();
  });
}

describe.each(ENGINES)('no request stops it (%s)', (engine: Engine) => {
  let ledger: LedgerProcess;
  let storage: Awaited<ReturnType<typeof freshStorage>>;

  beforeAll(async () => {
    storage = await freshStorage(engine);
    ledger = await spawnLedger({ ...envOf(storage.options), ALLOWED_ORIGINS: 'https://example.com' });
    running.push(ledger);
  });
  afterAll(async () => {
    ledger.child.kill('SIGTERM');
    await ledger.exited;
    await storage.drop();
  });

  it.each([
    ['an absolute-form target with a port out of range', 'GET http://x:99999/health HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['an absolute-form target with an unclosed IPv6 host', 'POST http://[::1/records HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n{}'],
    ['an IPv6 host with a port out of range', 'GET http://[::1]:99999/subjects/x HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a target with credentials and no host', 'GET http://user@/health HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['an asterisk-form target', 'OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['CONNECT', 'CONNECT ledger:443 HTTP/1.1\r\nHost: ledger:443\r\n\r\n'],
    ['an Upgrade to WebSocket (served as plain HTTP/1.1)', 'GET /socket HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'],
    ['HTTP/9.9', 'GET /health HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['a Content-Length that is not a number', 'GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['both Transfer-Encoding and Content-Length', 'POST /records HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n'],
    ['a 20 KB header', `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
    ['control characters', '\u0000\u0001garbage\r\n\r\n'],
    ['a broken percent-encoding', 'GET /subjects/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n'],
  ])('answers %s with a 4xx and keeps serving', async (_, bytes) => {
    const answer = await rawRequest(ledger.port, bytes);
    expect(answer.status, answer.head).toBeGreaterThanOrEqual(400);
    expect(answer.status, answer.head).toBeLessThan(500);
    expect((await fetch(ledger.url + '/health')).status).toBe(200);
    expect(ledger.child.exitCode).toBeNull();
  });

  it('answers junk that follows a good request on a kept-alive connection with a 4xx too', async () => {
    const statuses = await new Promise<string[]>((resolve) => {
      const socket = connect(ledger.port, '127.0.0.1', () => socket.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n'));
      let received = '';
      let sent = false;
      socket.on('data', (chunk) => {
        received += chunk;
        // The first answer is complete (its last chunk): now the junk, on the same connection.
        if (!sent && received.endsWith('\r\n0\r\n\r\n')) {
          sent = true;
          socket.write('\u0000junk\r\n\r\n');
        }
      });
      socket.on('error', () => undefined);
      socket.on('close', () => resolve([...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((match) => match[1]!)));
      setTimeout(() => socket.destroy(), 5000);
    });
    expect(statuses).toEqual(['200', '400']);
  });

  it('answers any request line, headers and body with something other than a 5xx, and never stops', async () => {
    const token = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.constantFrom('/', '/health', '/records', '/subjects/', 'http://', '[::1', ':99999', '%', '?', '#', '..', '\r\n'));
    const requestBytes = fc.record({
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'DELETE', 'OPTIONS', 'PUT', 'HEAD', 'PATCH', 'TRACE'), fc.string({ unit: 'binary-ascii', maxLength: 8 })),
      target: fc.array(token, { maxLength: 5 }).map((parts) => parts.join('')),
      version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 x', ''),
      headers: fc.array(fc.tuple(fc.string({ unit: 'binary-ascii', maxLength: 12 }), fc.string({ unit: 'binary-ascii', maxLength: 30 })), { maxLength: 4 }),
      body: fc.string({ unit: 'binary', maxLength: 200 }),
    });
    await fc.assert(
      fc.asyncProperty(requestBytes, async ({ method, target, version, headers, body }) => {
        const head = `${method} ${target} ${version}\r\nHost: x\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
        const answer = await rawRequest(ledger.port, Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(body)]), { timeoutMs: 3000 });
        // Null: the parser closed the connection after an answer it could not finish, or waited for more.
        if (answer.status !== null) expect(answer.status, answer.head).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    expect((await fetch(ledger.url + '/health')).status).toBe(200);
    expect(ledger.child.exitCode).toBeNull();
  });

  it('sends CORS headers with errors answered before a handler runs', async () => {
    const origin = { origin: 'https://example.com' };
    const wrongMethod = await fetch(ledger.url + '/records', { headers: origin });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('access-control-allow-origin')).toBe('https://example.com');
    const badQuery = await fetch(ledger.url + '/records?x=1', { method: 'POST', body: '{}', headers: { ...origin, 'content-type': 'text/plain' } });
    expect(badQuery.status).toBe(400);
    expect(badQuery.headers.get('access-control-allow-origin')).toBe('https://example.com');
    const unknown = await fetch(ledger.url + '/nowhere', { headers: origin });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('access-control-allow-origin')).toBe('https://example.com');
    // The operator's endpoints are not for pages, whatever the answer.
    const exported = await fetch(ledger.url + '/export?x=1', { headers: { ...origin, authorization: `Bearer ${TOKEN}` } });
    expect(exported.status).toBe(400);
    expect(exported.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the last-resort handler', () => {
  it.each([
    ['an uncaught exception', 'throw'],
    ['an unhandled rejection', 'reject'],
  ])('logs %s as one JSON line, then exits 1 to be restarted', async (_, how) => {
    const storage = await freshStorage('postgresql');
    const fault = new URL('./fixtures/fault.js', import.meta.url).pathname;
    const ledger = await spawnLedger({ ...envOf(storage.options), LEDGER_TEST_FAULT: how }, (node, cli) => [node, ['--import', fault, cli]]);
    running.push(ledger);
    const code = await Promise.race([ledger.exited, new Promise((resolve) => setTimeout(() => resolve('still running after 15 s'), 15_000))]);
    expect(code).toBe(1);
    const lines = ledger.stdout().trim().split('\n').map((line) => JSON.parse(line) as { level: string; msg: string; error?: string });
    const fatal = lines.filter((line) => line.level === 'fatal');
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ msg: 'uncaught error; exiting to be restarted' });
    expect(fatal[0]!.error).toContain('injected fault');
    expect(ledger.stderr()).toBe('');
  });
});

describe('bounded per client', () => {
  let ledger: LedgerProcess;
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    storage = await freshStorage('postgresql');
    ledger = await spawnLedger(envOf(storage.options));
    running.push(ledger);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    ledger.child.kill('SIGTERM');
    await ledger.exited;
  });

  it('closes a socket that sends nothing and one that trickles headers within 15 s', async () => {
    // Closed by the ledger: its end of the connection arrives (read, so that it can).
    const closedAfter = (socket: Socket, started: number) =>
      Promise.race([
        new Promise<number>((resolve) => socket.resume().once('end', () => resolve(Date.now() - started))),
        new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 16_000)),
      ]);
    const started = Date.now();
    const idle = connect(ledger.port, '127.0.0.1');
    const trickling = connect(ledger.port, '127.0.0.1', () => trickling.write('GET /health HTTP/1.1\r\n'));
    const drip = setInterval(() => trickling.write('X-Slow: 1\r\n'), 1000);
    for (const socket of [idle, trickling]) socket.on('error', () => undefined);
    const [idleMs, tricklingMs] = await Promise.all([closedAfter(idle, started), closedAfter(trickling, started)]);
    clearInterval(drip);
    expect(idleMs).toBeLessThanOrEqual(15_000);
    expect(tricklingMs).toBeLessThanOrEqual(15_000);
  }, 30_000);

  it('keeps serving other clients while one holds thousands of connections', async () => {
    const opened = await Promise.all(
      Array.from(
        { length: 2100 },
        () =>
          new Promise<Socket>((resolve) => {
            const socket = connect(ledger.port, '127.0.0.1', () => resolve(socket));
            socket.on('error', () => resolve(socket));
            sockets.push(socket);
          }),
      ),
    );
    expect(opened).toHaveLength(2100);
    // Another address on the loopback network is another client.
    expect(await getFrom('127.0.0.2', ledger.url + '/health')).toBe(200);
    // The hog itself is refused past its share, not served from someone else's.
    const hog = await rawRequest(ledger.port, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(hog.status).toBe(429);
    for (const socket of sockets.splice(0)) socket.destroy();
    await expect.poll(async () => (await rawRequest(ledger.port, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n')).status, { timeout: 5000 }).toBe(200);
    expect(ledger.child.exitCode).toBeNull();
  });
});

describe('one client’s share, grouped by /64 for IPv6', () => {
  let ledger: Ledger;
  beforeAll(async () => {
    const { options } = await freshStorage('postgresql');
    ledger = await start(options, { trustProxy: true, rateLimit: { perMinute: 60, burst: 2 } });
  });
  afterAll(() => ledger?.close());

  it('counts every address of one IPv6 /64 as one client, and IPv4-mapped addresses as IPv4', async () => {
    const from = (address: string) => post(ledger, receipt(), { 'x-forwarded-for': address });
    expect((await from('2001:db8:1:2::1')).status).toBe(204);
    expect((await from('2001:db8:1:2:ffff:ffff:ffff:ffff')).status).toBe(204);
    expect((await from('2001:0db8:0001:0002:0000:0000:0000:0003')).status).toBe(429);
    expect((await from('2001:db8:1:3::1')).status).toBe(204);
    expect((await from('203.0.113.7')).status).toBe(204);
    expect((await from('::ffff:203.0.113.7')).status).toBe(204);
    expect((await from('::ffff:cb00:7107')).status).toBe(429);
  });
});

describe('a cheap /health', () => {
  it('answers without reading the ledger’s tables, and tells no counts', async () => {
    const { options } = await freshStorage('postgresql');
    const ledger = await start(options);
    const attacker = new pg.Client({ connectionString: options.databaseUrl });
    await attacker.connect();
    try {
      await post(ledger, receipt());
      const body = await (await fetch(ledger.url + '/health')).json();
      expect(body).toEqual({ status: 'ok', engine: 'postgresql' });
      // While another session holds the tables, any query on them would wait; /health must not.
      await attacker.query('BEGIN');
      await attacker.query('LOCK TABLE ledger_receipts, ledger_chain IN ACCESS EXCLUSIVE MODE');
      const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(ledger.url + '/health', { signal: AbortSignal.timeout(3000) }).then((res) => res.status)));
      expect(answers).toEqual(Array(50).fill(200));
      await attacker.query('ROLLBACK');
      // The count is for the operator, behind the token.
      expect(await (await admin(ledger, '/metrics')).text()).toMatch(/^consentry_ledger_stored_receipts\{engine="postgresql"\} 1$/m);
    } finally {
      await attacker.end();
      await ledger.close();
    }
  });

  it('is rate limited like any other path', async () => {
    const { options } = await freshStorage('postgresql');
    const ledger = await start(options, { rateLimit: { perMinute: 60, burst: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await fetch(ledger.url + '/health')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await ledger.close();
    }
  });
});

describe.each(ENGINES)('a consent id’s receipts, bounded (%s)', (engine: Engine) => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;
  beforeAll(async () => {
    storage = await freshStorage(engine);
    ledger = await start(storage.options, { maxReceiptsPerId: 230 });
  });
  afterAll(async () => {
    await ledger?.close();
    await storage?.drop();
  });

  it('answers GET /subjects/:consentId a page of at most 100 receipts at a time, oldest first', async () => {
    const id = crypto.randomUUID();
    const sent = Array.from({ length: 205 }, (_, i) => receipt(300 - i, id));
    for (let i = 0; i < sent.length; i += 20) {
      const answers = await Promise.all(sent.slice(i, i + 20).map((r) => post(ledger, r)));
      expect(answers.map((res) => res.status)).toEqual(Array(answers.length).fill(204));
    }
    type Page = { receipts: { receipt: { record: { updatedAt: string } } }[]; page: number; next: string | null };
    const pages: Page[] = [];
    for (let path: string | null = `/subjects/${id}`; path; path = pages.at(-1)!.next) {
      const res = await fetch(ledger.url + path);
      expect(res.status).toBe(200);
      pages.push((await res.json()) as Page);
    }
    expect(pages.map((p) => [p.page, p.receipts.length])).toEqual([
      [1, 100],
      [2, 100],
      [3, 5],
    ]);
    expect(pages.flatMap((p) => p.receipts.map((r) => r.receipt.record.updatedAt))).toEqual(sent.map((r) => r.record.updatedAt));
    for (const query of ['page=0', 'page=abc', 'page=1&page=2', 'page=99999999999999999999']) {
      const res = await fetch(`${ledger.url}/subjects/${id}?${query}`);
      expect(res.status, query).toBe(400);
    }
    expect((await fetch(`${ledger.url}/subjects/${id}?page=4`)).status).toBe(404);
  });

  it('refuses a receipt past the bound of one consent id with 409', async () => {
    const id = crypto.randomUUID();
    for (let i = 0; i < 230; i += 23) {
      const answers = await Promise.all(Array.from({ length: 23 }, (_, j) => post(ledger, receipt(400 - i - j, id))));
      expect(answers.map((res) => res.status)).toEqual(Array(23).fill(204));
    }
    const over = await post(ledger, receipt(1, id));
    expect(over.status).toBe(409);
    expect(await over.json()).toEqual({ error: 'record.id: expected at most 230 receipts per consent id; erase this id or use a new one' });
    // A retry of a stored one is still a duplicate, not a refusal.
    expect((await post(ledger, receipt(400, id))).status).toBe(204);
  });
});

describe.each(ENGINES)('only its own sites (%s)', (engine: Engine) => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;
  beforeAll(async () => {
    storage = await freshStorage(engine);
    ledger = await start(storage.options, { allowedOrigins: ['https://example.com', 'https://www.example.com'] });
  });
  afterAll(async () => {
    await ledger?.close();
    await storage?.drop();
  });

  it('refuses with 403 a receipt whose url is not on an allowed origin, whatever Origin says', async () => {
    for (const headers of [{}, { origin: 'https://example.com' }] as Record<string, string>[]) {
      const foreign = receipt(10, crypto.randomUUID(), 'https://evil.example');
      const res = await post(ledger, foreign, headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'url: expected a page on https://example.com or https://www.example.com, got "https://evil.example/pricing"' });
      expect(await exportJson(ledger, `&id=${foreign.record.id}`)).toEqual([]);
    }
    expect((await post(ledger, receipt(10, crypto.randomUUID(), 'https://www.example.com'))).status).toBe(204);
  });

  it('refuses a choice made more than 30 days ago', async () => {
    const old = receipt();
    old.record.givenAt = old.record.updatedAt = '2020-01-01T00:00:00.000Z';
    const res = await post(ledger, old);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'record.updatedAt: expected a time at most 30 days in the past, got "2020-01-01T00:00:00.000Z"' });
    const month = receipt(31 * 24 * 60);
    expect((await post(ledger, month)).status).toBe(400);
    expect((await post(ledger, receipt(29 * 24 * 60))).status).toBe(204);
  });

  it('refuses a receipt whose givenAt contradicts the consent id’s stored history', async () => {
    const id = crypto.randomUUID();
    const first = receipt(20, id);
    expect((await post(ledger, first)).status).toBe(204);
    const forged = receipt(10, id);
    forged.record.givenAt = new Date(Date.parse(first.record.givenAt) - MINUTE).toISOString();
    const res = await post(ledger, forged);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: `record.givenAt: expected ${first.record.givenAt}, when this consent id was first given, got "${forged.record.givenAt}"` });
    expect((await exportJson(ledger, `&id=${id}`)).length).toBe(1);
    expect((await post(ledger, receipt(10, id))).status).toBe(204);
  });
});

describe('a failed erasure', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster();
  });
  // The test stops the cluster itself; this is for when it fails before that.
  afterAll(() => cluster.stop().catch(() => undefined));

  it('answers 503 with Retry-After, not 500, and so does a failed read', async () => {
    const ledger = await start({ databaseUrl: await cluster.createDatabase('erasure') });
    try {
      const sent = receipt();
      expect((await post(ledger, sent)).status).toBe(204);
      await cluster.stop();
      const erased = await admin(ledger, `/subjects/${sent.record.id}`, { method: 'DELETE' });
      expect(erased.status).toBe(503);
      expect(erased.headers.get('retry-after')).toBe('60');
      expect(await erased.json()).toEqual({ error: 'storage: the database did not answer; try again later' });
      const read = await fetch(`${ledger.url}/subjects/${sent.record.id}`);
      expect(read.status).toBe(503);
    } finally {
      await ledger.close();
    }
  });
});

describe('tokens that could never match', () => {
  it.each([
    ['a space', `${TOKEN.slice(0, 20)} ${TOKEN.slice(21)}`, 'a space'],
    ['a non-ASCII character', `${TOKEN.slice(0, 20)}é${TOKEN.slice(21)}`, 'a character other than printable ASCII'],
  ])('refuses a token with %s at start', async (_, token, what) => {
    const message = `consentry-ledger: LEDGER_TOKEN: expected printable ASCII without spaces, as a bearer token must be, got ${what}`;
    await expect(startLedger({ token, port: 0, dataDir: '/nonexistent' })).rejects.toThrow(message);
    const { code, stderr } = await runCli([], { DATABASE_URL: 'postgres://127.0.0.1:1/none', LEDGER_TOKEN: token });
    expect(stderr.trim()).toBe(message);
    expect(code).toBe(1);
  });
});
