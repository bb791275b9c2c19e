// POST /records on both engines, over real HTTP: what the ledger accepts, what it refuses and
// why (the checks of the reference receiver it replaces, issue 5 part 4), and that each choice
// is stored exactly once across retries, concurrency and restarts.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../../server/store/verify.js';
import { exportJson, freshStorage, MINUTE, post, receipt, start, ENGINES, type Engine, type Ledger } from './harness';

describe.each(ENGINES)('POST /records (%s)', (engine: Engine) => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;
  const stored = async (id: string) => (await exportJson(ledger, `&id=${id}`)).length;

  beforeAll(async () => {
    storage = await freshStorage(engine);
    ledger = await start(storage.options);
  });
  afterAll(async () => {
    await ledger?.close();
    await storage?.drop();
  });

  it('stores a text/plain receipt (sendBeacon) and answers 204', async () => {
    const sent = receipt();
    const res = await post(ledger, sent);
    expect(res.status).toBe(204);
    const [entry, ...rest] = await exportJson(ledger, `&id=${sent.record.id}`);
    expect(rest).toEqual([]);
    expect(entry!.receipt).toEqual(sent);
    expect(entry!.site).toBe('https://example.com');
    expect(Math.abs(Date.parse(entry!.receivedAt) - Date.now())).toBeLessThan(MINUTE);
  });

  it('stores an application/json receipt', async () => {
    const sent = receipt();
    expect((await post(ledger, sent, { 'content-type': 'application/json' })).status).toBe(204);
    expect(await stored(sent.record.id)).toBe(1);
  });

  it('accepts a choice made up to 5 minutes ahead of the server clock', async () => {
    const ahead = receipt();
    ahead.record.updatedAt = ahead.record.givenAt = new Date(Date.now() + 4 * MINUTE).toISOString();
    expect((await post(ledger, ahead)).status).toBe(204);
  });

  it('stores a repeated receipt once and answers 204 each time', async () => {
    const sent = receipt();
    for (let i = 0; i < 3; i++) expect((await post(ledger, sent)).status).toBe(204);
    expect(await stored(sent.record.id)).toBe(1);
  });

  it('stores concurrent copies of one receipt once', async () => {
    const sent = receipt();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(ledger, sent)));
    expect(answers.map((res) => res.status)).toEqual(Array(8).fill(204));
    expect(await stored(sent.record.id)).toBe(1);
  });

  it('chains concurrent distinct receipts of one site one after another, and of two sites apart', async () => {
    const id = crypto.randomUUID();
    const sent = Array.from({ length: 20 }, (_, i) => receipt(i + 1, id, i % 2 ? 'https://a.example' : 'https://b.example'));
    const answers = await Promise.all(sent.map((r) => post(ledger, r)));
    expect(answers.map((res) => res.status)).toEqual(Array(20).fill(204));
    const entries = await exportJson(ledger, `&id=${id}`);
    expect(entries.map((e) => e.receipt.record.updatedAt).sort()).toEqual(sent.map((r) => r.record.updatedAt).sort());
    for (const site of ['https://a.example', 'https://b.example']) {
      expect(entries.filter((e) => e.site === site).map((e) => e.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
    expect(await verifyChains(ledger.db)).toMatchObject({ ok: true });
  });

  it('treats the same choice retried from another page as a duplicate', async () => {
    const first = receipt();
    await post(ledger, first);
    expect((await post(ledger, { ...first, url: 'https://example.com/next' })).status).toBe(204);
    expect((await exportJson(ledger, `&id=${first.record.id}`)).map((e) => e.receipt.url)).toEqual(['https://example.com/pricing']);
  });

  it('refuses another record under a stored id and updatedAt with 409', async () => {
    const first = receipt();
    await post(ledger, first);
    const changed = structuredClone(first);
    changed.record.categories.analytical = true;
    const res = await post(ledger, changed);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: 'record: another choice with this id and updatedAt is already stored; a new choice needs a new updatedAt',
    });
    expect(await stored(first.record.id)).toBe(1);
  });

  it('stores each new choice of one visitor as history, oldest first', async () => {
    const id = crypto.randomUUID();
    await post(ledger, receipt(30, id));
    await post(ledger, receipt(20, id));
    expect((await exportJson(ledger, `&id=${id}`)).map((e) => e.receipt.record.updatedAt)).toEqual([receipt(30, id).record.updatedAt, receipt(20, id).record.updatedAt]);
  });

  it('stores no client address by default, and no user agent', async () => {
    const sent = receipt();
    await post(ledger, sent, { 'user-agent': 'Secret/1.0', 'x-forwarded-for': '203.0.113.7' });
    const { rows } = await ledger.db.query('SELECT client, receipt FROM ledger_receipts WHERE consent_id = $1', [sent.record.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].client).toBeNull();
    const everything = JSON.stringify((await ledger.db.query('SELECT * FROM ledger_receipts r JOIN ledger_chain c USING (site, seq)')).rows);
    expect(everything).not.toMatch(/203\.0\.113\.7|127\.0\.0\.1|Secret/);
  });

  // Each case breaks one thing in a valid receipt; the sender learns exactly what and where.
  const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
  const NOW = Date.now();
  const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
  const cases: [string, (r: any) => unknown, string][] = [
    ['an unknown top-level key', (r) => (r.ip = '203.0.113.7'), 'ip: unknown key'],
    ['a missing top-level key', (r) => delete r.shown, 'shown: missing'],
    ['another receipt version', (r) => (r.v = 2), 'v: expected 1, got 2'],
    ['a record that is not an object', (r) => (r.record = 'yes'), 'record: expected an object, got "yes"'],
    ['an unknown record key', (r) => (r.record.userAgent = 'x'), 'record.userAgent: unknown key'],
    ['a missing record key', (r) => delete r.record.id, 'record.id: missing'],
    ['an id that is not a UUID v4', (r) => (r.record.id = '3b241101-e2bb-1255-8caf-4136c566a962'), 'record.id: expected a lowercase UUID v4, got "3b241101-e2bb-1255-8caf-4136c566a962"'],
    ['an uppercase id', (r) => (r.record.id = ID.toUpperCase()), `record.id: expected a lowercase UUID v4, got "${ID.toUpperCase()}"`],
    ['a negative record revision', (r) => (r.record.revision = -1), 'record.revision: expected an integer 0 or greater, got -1'],
    ['a fractional record revision', (r) => (r.record.revision = 1.5), 'record.revision: expected an integer 0 or greater, got 1.5'],
    ['a date that does not exist', (r) => (r.record.givenAt = '2026-02-30T00:00:00.000Z'), 'record.givenAt: expected an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z, got "2026-02-30T00:00:00.000Z"'],
    ['a time without milliseconds', (r) => (r.record.updatedAt = '2026-06-01T12:00:00Z'), 'record.updatedAt: expected an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z, got "2026-06-01T12:00:00Z"'],
    ['a time as a number', (r) => (r.record.expiresAt = 1780000000000), 'record.expiresAt: expected an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z, got 1780000000000'],
    ['an update before the first choice', (r) => (r.record.updatedAt = iso(NOW - 200_000 * MINUTE)), `record.updatedAt: expected a time not before record.givenAt, got "${iso(NOW - 200_000 * MINUTE)}"`],
    ['an expiry before the update', (r) => (r.record.expiresAt = iso(NOW - 30 * MINUTE)), `record.expiresAt: expected a time not before record.updatedAt, got "${iso(NOW - 30 * MINUTE)}"`],
    ['a choice from the future', (r) => (r.record.updatedAt = iso(NOW + 10 * MINUTE)), `record.updatedAt: expected a time no more than 5 minutes in the future, got "${iso(NOW + 10 * MINUTE)}"`],
    ['an unknown method', (r) => (r.record.method = 'scroll'), 'record.method: expected one of "accept-all", "reject-all", "custom", "gpc", "api", got "scroll"'],
    ['categories as a list', (r) => (r.record.categories = ['analytical']), 'record.categories: expected an object, got ["analytical"]'],
    ['a category name that is not a name', (r) => (r.record.categories['1st'] = false), 'record.categories: expected category names of a letter, then up to 31 letters, digits, _ or -, got "1st"'],
    ['a category named after an object built-in', (r) => (r.record.categories.constructor = true), 'record.categories: expected category names that are not built into JavaScript objects, got "constructor"'],
    ['a category state that is not a boolean', (r) => (r.record.categories.analytical = 'yes'), 'record.categories.analytical: expected true or false, got "yes"'],
    ['necessary refused', (r) => (r.record.categories.necessary = false), 'record.categories.necessary: expected true (necessary is always granted), got false'],
    ['a service state that is not a boolean', (r) => (r.record.services.youtube = 1), 'record.services.youtube: expected true or false, got 1'],
    ['a gpc flag that is not a boolean', (r) => (r.record.gpc = 'no'), 'record.gpc: expected true or false, got "no"'],
    ['method gpc without the signal', (r) => (r.record.method = 'gpc'), 'record.gpc: expected true when record.method is "gpc", got false'],
    ['a javascript: URL', (r) => (r.url = 'javascript:alert(1)'), 'url: expected an http: or https: URL without credentials, query or fragment, got "javascript:alert(1)"'],
    ['a URL with a query', (r) => (r.url = 'https://example.com/?q=secret'), 'url: expected an http: or https: URL without credentials, query or fragment, got "https://example.com/?q=secret"'],
    ['a URL with a fragment', (r) => (r.url = 'https://example.com/#token'), 'url: expected an http: or https: URL without credentials, query or fragment, got "https://example.com/#token"'],
    ['a URL with credentials', (r) => (r.url = 'https://user:pw@example.com/'), 'url: expected an http: or https: URL without credentials, query or fragment, got "https://user:pw@example.com/"'],
    ['a relative URL', (r) => (r.url = '/pricing'), 'url: expected an http: or https: URL without credentials, query or fragment, got "/pricing"'],
    ['a language that is not a code', (r) => (r.language = 'french!'), 'language: expected a language code such as "fr" or "pt-BR", got "french!"'],
    ['an uppercase hash', (r) => (r.shown = 'ABC'), 'shown: expected a base-36 hash of 1 to 16 characters (0-9, a-z), got "ABC"'],
    ['a hash longer than 16 characters', (r) => (r.shown = 'a'.repeat(17)), `shown: expected a base-36 hash of 1 to 16 characters (0-9, a-z), got "${'a'.repeat(17)}"`],
    ['a revision as a string', (r) => (r.revision = '3'), 'revision: expected an integer 0 or greater, got "3"'],
    ['a revision unlike the record’s', (r) => (r.revision = 4), 'revision: expected 3 (the value of record.revision), got 4'],
  ];

  it.each(cases)('refuses %s with 400 and a message naming the path', async (_, breakIt, message) => {
    const bad = receipt(10, ID) as any;
    breakIt(bad);
    const res = await post(ledger, bad);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ error: message });
    expect(await stored(ID)).toBe(0);
  });

  it.each([
    ['text that is not JSON', 'hello', 'body: expected JSON, got "hello"'],
    ['an empty body', '', 'body: expected JSON, got ""'],
    ['a JSON list', '[1]', 'body: expected an object, got [1]'],
    ['JSON null', 'null', 'body: expected an object, got null'],
  ])('refuses %s with 400', async (_, body, message) => {
    const res = await post(ledger, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: message });
  });

  it('refuses bytes that are not UTF-8 with 400', async () => {
    const res = await fetch(ledger.url + '/records', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'body: expected UTF-8 text, got invalid bytes' });
  });

  it('refuses other content types with 415', async () => {
    const res = await post(ledger, 'v=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'content-type: expected text/plain or application/json in UTF-8, got "application/x-www-form-urlencoded"' });
    expect((await post(ledger, receipt(), { 'content-type': 'text/plain; charset=latin1' })).status).toBe(415);
  });

  it('accepts a body of exactly 8 KB and refuses one byte more with 413', async () => {
    const fits = receipt();
    // JSON allows trailing white space, so a valid receipt can be padded to any size.
    expect((await post(ledger, JSON.stringify(fits).padEnd(8192))).status).toBe(204);
    const over = receipt();
    const res = await post(ledger, JSON.stringify(over).padEnd(8193));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'body: expected at most 8192 bytes' });
    expect(await stored(fits.record.id)).toBe(1);
    expect(await stored(over.record.id)).toBe(0);
  });

  it('refuses a streamed body without a length as soon as it passes 8 KB', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ port: ledger.port, host: '127.0.0.1', method: 'POST', path: '/records', headers: { 'content-type': 'text/plain' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      // The server closes the connection mid-upload; only the answer matters here.
      req.on('error', () => undefined);
      req.write(' '.repeat(6000));
      setTimeout(() => req.write(' '.repeat(6000)), 20);
      setTimeout(() => reject(new Error('no answer')), 5000);
    });
    expect(status).toBe(413);
  });

  it('stores a receipt that was retried after a restart once', async () => {
    const sent = receipt();
    await post(ledger, sent);
    await ledger.close();
    ledger = await start(storage.options);
    expect((await post(ledger, sent)).status).toBe(204);
    expect(await stored(sent.record.id)).toBe(1);
  });
});
