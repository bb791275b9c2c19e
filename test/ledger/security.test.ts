// The ledger's guard rails: tokens, loopback, rate limit, slow and repeated input, what is kept
// of the client, what reaches the logs, metrics, graceful shutdown, and that tampering is named.
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLedger } from '../../server/ledger-server.js';
import { openDatabase } from '../../server/store/database.js';
import { migrate } from '../../server/store/migrations.js';
import { verifyChains } from '../../server/store/verify.js';
import { startCluster } from './postgres-cluster.js';
import { admin, captureLogs, exportJson, freshStorage, post, receipt, start, TOKEN, type Ledger } from './harness';

describe('the embedded ledger', () => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;
  const logs = captureLogs();

  beforeAll(async () => {
    storage = await freshStorage('embedded');
    ledger = await start(storage.options, { log: logs.log, bodyTimeoutMs: 300 });
  });
  afterAll(async () => {
    await ledger?.close();
    await storage?.drop();
  });

  it.each(['/export', '/metrics'])('answers %s 401 without the token or with a wrong one, 200 with it', async (path) => {
    const without = await fetch(ledger.url + path);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer realm="consentry-ledger"');
    expect(await without.json()).toEqual({ error: 'authorization: expected "Bearer <LEDGER_TOKEN>"' });
    for (const wrong of [TOKEN.slice(0, -1) + 'x', TOKEN + 'x', 'short']) {
      const res = await fetch(ledger.url + path, { headers: { authorization: `Bearer ${wrong}` } });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'authorization: wrong token' });
    }
    expect((await fetch(ledger.url + path, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
    expect((await admin(ledger, path)).status).toBe(200);
    // The scheme is case-insensitive (RFC 9110), the token is not.
    expect((await fetch(ledger.url + path, { headers: { authorization: `bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(ledger.url + path, { headers: { authorization: `Bearer ${TOKEN.toUpperCase()}` } })).status).toBe(401);
  });

  it('refuses a trickling body with 408 once the body timeout passes, storing nothing', async () => {
    const sent = receipt();
    const text = JSON.stringify(sent);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { port: ledger.port, host: '127.0.0.1', method: 'POST', path: '/records', headers: { 'content-type': 'text/plain', 'content-length': String(text.length) } },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', () => undefined);
      req.write(text.slice(0, 10));
      setTimeout(() => reject(new Error('no answer')), 5000);
    });
    expect(status).toBe(408);
    expect(await exportJson(ledger, `&id=${sent.record.id}`)).toEqual([]);
  });

  it('refuses query parameters where none are expected, repeated or not', async () => {
    const res = await post({ url: ledger.url + '' }, receipt(), {});
    expect(res.status).toBe(204);
    const withQuery = await fetch(ledger.url + '/records?a=1&a=2', { method: 'POST', body: JSON.stringify(receipt()), headers: { 'content-type': 'text/plain' } });
    expect(withQuery.status).toBe(400);
    expect(await withQuery.json()).toEqual({ error: 'a: unknown parameter; expected none' });
    expect((await fetch(ledger.url + '/health?verbose=1')).status).toBe(400);
  });

  it('answers 405 with Allow for a wrong method and 404 for an unknown path', async () => {
    const wrong = await fetch(ledger.url + '/records');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await wrong.json()).toEqual({ error: 'GET /records: method not allowed; expected POST or OPTIONS' });
    expect((await admin(ledger, '/export', { method: 'DELETE' })).status).toBe(405);
    const missing = await fetch(ledger.url + '/records/1');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: '"/records/1": not found; expected /records, /events, /subjects/:consentId, /export, /health, /metrics, /insights or /insights.json' });
  });

  it('reports health without counts, and Prometheus metrics with them behind the token', async () => {
    expect(await (await fetch(ledger.url + '/health')).json()).toEqual({ status: 'ok', engine: 'embedded' });
    const stored = async () => Number(/^consentry_ledger_stored_receipts\{engine="embedded"\} (\d+)$/m.exec(await (await admin(ledger, '/metrics')).text())?.[1]);
    const before = await stored();
    await post(ledger, receipt());
    expect(await stored()).toBe(before + 1);
    const res = await admin(ledger, '/metrics');
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^consentry_ledger_receipts_total\{result="stored"\} \d+$/m);
    expect(text).toMatch(/^consentry_ledger_http_requests_total\{route="\/records",method="POST",status="204"\} \d+$/m);
    expect(text).toMatch(/^consentry_ledger_http_request_duration_seconds_bucket\{le="\+Inf"\} \d+$/m);
  });

  it('logs JSON lines that name routes, never consent ids, addresses or the token', async () => {
    const sent = receipt();
    await post(ledger, sent);
    await fetch(`${ledger.url}/subjects/${sent.record.id}`);
    await admin(ledger, '/export');
    await fetch(ledger.url + '/export', { headers: { authorization: `Bearer ${TOKEN}x` } });
    const parsed = logs.lines.map((line) => JSON.parse(line) as { time: string; level: string; msg: string; route?: string });
    expect(parsed.every((line) => typeof line.time === 'string' && ['info', 'warn', 'error'].includes(line.level) && line.msg)).toBe(true);
    expect(parsed.filter((line) => line.msg === 'request').map((line) => line.route)).toContain('/subjects/:consentId');
    const all = logs.lines.join('');
    expect(all).not.toContain(sent.record.id);
    expect(all).not.toContain(TOKEN.slice(0, 20));
    expect(all).not.toContain('127.0.0.1",');
  });

  it('finishes a write in flight when asked to stop, then refuses new connections', async () => {
    await ledger.close();
    ledger = await start(storage.options, { log: logs.log });
    const sent = receipt();
    const text = JSON.stringify(sent);
    let answered = 0;
    let finishBody = () => {};
    const done = new Promise<void>((resolve, reject) => {
      const req = request(
        { port: ledger.port, host: '127.0.0.1', method: 'POST', path: '/records', headers: { 'content-type': 'text/plain', 'content-length': String(text.length) } },
        (res) => {
          answered = res.statusCode!;
          res.resume();
          res.on('end', resolve);
        },
      );
      req.on('error', reject);
      req.write(text.slice(0, 50));
      finishBody = () => req.end(text.slice(50));
    });
    // Wait until the ledger is reading that body: in flight are it and the metrics request itself.
    await expect
      .poll(async () => (await (await admin(ledger, '/metrics')).text()).match(/^consentry_ledger_in_flight_requests (\d+)$/m)?.[1], { timeout: 10_000 })
      .toBe('2');
    const closed = ledger.close();
    finishBody();
    await done;
    await closed;
    expect(answered).toBe(204);
    await expect(fetch(ledger.url + '/health')).rejects.toThrow();
    ledger = await start(storage.options, { log: logs.log, bodyTimeoutMs: 300 });
    expect((await exportJson(ledger, `&id=${sent.record.id}`)).length).toBe(1);
  });
});

describe('configuration that fails closed', () => {
  it('refuses to listen beyond loopback without a token', async () => {
    await expect(startLedger({ host: '0.0.0.0', port: 0, dataDir: '/nonexistent' })).rejects.toThrow(
      'consentry-ledger: HOST: refusing to listen on 0.0.0.0 without LEDGER_TOKEN; set one, or listen on 127.0.0.1 behind a proxy',
    );
  });

  it('refuses a token too short to be a secret', async () => {
    await expect(startLedger({ token: 'hunter2', port: 0, dataDir: '/nonexistent' })).rejects.toThrow(
      'consentry-ledger: LEDGER_TOKEN: expected at least 32 characters (e.g. openssl rand -hex 32), got 7',
    );
  });

  it('refuses an allowed origin that is not an origin', async () => {
    await expect(startLedger({ allowedOrigins: ['example.com'], port: 0, dataDir: '/nonexistent' })).rejects.toThrow(
      'consentry-ledger: ALLOWED_ORIGINS: expected origins such as https://example.com, got "example.com"',
    );
  });
});

describe('on PostgreSQL', () => {
  it('keeps admin endpoints closed when no token is configured', async () => {
    const { options } = await freshStorage('postgresql');
    const ledger = await start(options, { token: undefined });
    try {
      const res = await fetch(ledger.url + '/export', { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'authorization: this ledger has no LEDGER_TOKEN, so its admin endpoints are closed' });
    } finally {
      await ledger.close();
    }
  });

  it('limits each client’s rate with 429 and Retry-After', async () => {
    const { options } = await freshStorage('postgresql');
    const ledger = await start(options, { rateLimit: { perMinute: 60, burst: 3 } });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await post(ledger, receipt()));
      expect(answers.map((res) => res.status)).toEqual([204, 204, 204, 429]);
      expect(answers[3]!.headers.get('retry-after')).toBe('1');
      expect(await answers[3]!.json()).toEqual({ error: 'rate limit: expected at most 60 requests a minute from one client; try again in 1 s' });
      // The operator's scraper is not held to a client's rate.
      expect((await admin(ledger, '/metrics')).status).toBe(200);
    } finally {
      await ledger.close();
    }
  });

  it('keeps a keyed hash of the client address when asked, never the address', async () => {
    const { options } = await freshStorage('postgresql');
    const key = 'k'.repeat(40);
    const ledger = await start(options, { clientIp: { mode: 'hash', key } });
    try {
      const sent = receipt();
      await post(ledger, sent);
      const { rows } = await ledger.db.query('SELECT client FROM ledger_receipts WHERE consent_id = $1', [sent.record.id]);
      expect(rows[0].client).toBe(createHmac('sha256', key).update('127.0.0.1').digest('hex').slice(0, 32));
    } finally {
      await ledger.close();
    }
  });

  it('answers 503 with Retry-After when the database is gone, so the browser keeps the receipt', async () => {
    const cluster = await startCluster();
    const ledger = await start({ databaseUrl: await cluster.createDatabase('gone') });
    try {
      expect((await post(ledger, receipt())).status).toBe(204);
      await cluster.stop();
      const res = await post(ledger, receipt());
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('60');
      expect(await res.json()).toEqual({ error: 'storage: the receipt could not be written; try again later' });
      const health = await fetch(ledger.url + '/health');
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable', engine: 'postgresql' });
    } finally {
      await ledger.close();
    }
  });

  it('applies migrations once when two processes start at the same moment', async () => {
    const { options } = await freshStorage('postgresql');
    const [a, b] = await Promise.all([openDatabase({ databaseUrl: options.databaseUrl, dataDir: '' }), openDatabase({ databaseUrl: options.databaseUrl, dataDir: '' })]);
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      expect(applied.map((versions) => versions.length).sort()).toEqual([0, 2]);
      expect((await a.query('SELECT version FROM ledger_migrations ORDER BY version')).rows).toEqual([{ version: 1 }, { version: 2 }]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  describe('verify names the first broken entry', () => {
    /** A ledger with three receipts on one site, tampered by `tamper` with the triggers off. */
    async function tampered(tamper: string) {
      const { options } = await freshStorage('postgresql');
      const ledger = await start(options);
      try {
        for (const minutes of [30, 20, 10]) await post(ledger, receipt(minutes, crypto.randomUUID(), 'https://t.example'));
        expect(await verifyChains(ledger.db)).toMatchObject({ ok: true, entries: 3 });
        await ledger.db.exec(`ALTER TABLE ledger_chain DISABLE TRIGGER USER; ALTER TABLE ledger_receipts DISABLE TRIGGER USER; ${tamper}`);
        return await verifyChains(ledger.db);
      } finally {
        await ledger.close();
      }
    }

    it.each([
      ['a changed receipt', `UPDATE ledger_receipts SET receipt = replace(receipt, '"custom"', '"accept-all"') WHERE seq = 2`, 2, 1, 'its receipt does not match the digest sealed in the chain (the receipt was changed)'],
      // Only the end of the chain shows that no tombstone came: every entry was read.
      ['a receipt removed without a tombstone', 'DELETE FROM ledger_receipts WHERE seq = 2', 2, 3, 'its receipt was removed, but no erasure or retention tombstone names it'],
      ['a changed time', `UPDATE ledger_chain SET at = at + interval '1 second' WHERE seq = 1`, 1, 0, 'its hash does not match its fields (the entry was changed)'],
      ['an entry removed', 'DELETE FROM ledger_receipts WHERE seq = 2; DELETE FROM ledger_chain WHERE seq = 2', 2, 1, 'missing: the chain goes from entry 1 to entry 3'],
      ['a rewritten entry', `UPDATE ledger_chain SET hash = repeat('a', 64) WHERE seq = 2`, 2, 1, 'its hash does not match its fields (the entry was changed)'],
    ])('%s', async (_, tamper, seq, entries, problem) => {
      expect(await tampered(tamper)).toEqual({ ok: false, entries, site: 'https://t.example', seq, problem });
    });

    it('while the triggers refuse any change to the chain', async () => {
      const { options } = await freshStorage('postgresql');
      const ledger = await start(options);
      try {
        await post(ledger, receipt());
        await expect(ledger.db.query("UPDATE ledger_chain SET kind = 'receipt'")).rejects.toThrow('consentry-ledger: ledger_chain is append-only: UPDATE refused');
        await expect(ledger.db.query('DELETE FROM ledger_chain')).rejects.toThrow(/append-only: DELETE refused/);
        await expect(ledger.db.query("UPDATE ledger_receipts SET client = 'x'")).rejects.toThrow(/ledger_receipts is append-only/);
      } finally {
        await ledger.close();
      }
    });
  });
});
