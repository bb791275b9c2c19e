// The reference consent receiver (issue 5 part 4), over real HTTP on a free port with its log
// in a temporary directory: what it accepts, what it refuses and why, that each choice is
// stored exactly once across retries and restarts, and what a regulator's export contains.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../examples/consent-receiver/export.js';
import { startReceiver } from '../../examples/consent-receiver/receiver.js';
import type { ConsentRecord } from '../../src/types';

/** Receipts the tests edit: the public record type is read-only. */
type Writable<T> = { -readonly [K in keyof T]: T[K] extends object ? Writable<T[K]> : T[K] };
type Receipt = { v: 1; record: Writable<ConsentRecord>; url: string; language: string; shown: string; revision: number };
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const OTHER_ID = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();
const MINUTE = 60_000;
// One clock for the file, so receipt(30) is the same receipt in every call.
const NOW = Date.now();

/** A valid receipt, as the browser sends it, for a choice made `agoMinutes` ago. */
function receipt(agoMinutes = 10, id = ID): Receipt {
  return {
    v: 1,
    record: {
      id,
      revision: 3,
      givenAt: iso(NOW - 1000 * MINUTE),
      updatedAt: iso(NOW - agoMinutes * MINUTE),
      expiresAt: iso(NOW + 182 * 24 * 60 * MINUTE),
      method: 'custom',
      categories: { necessary: true, analytical: false, functional: true, other: false },
      services: { youtube: true },
      gpc: false,
    },
    url: 'https://example.com/pricing',
    language: 'fr',
    shown: '1q2b7nm',
    revision: 3,
  };
}

let dataDir: string;
let receiver: Receiver;
let warnings: string[];

const start = async (allowedOrigins: string[] = []) => {
  receiver = await startReceiver({ port: 0, dataDir, allowedOrigins, warn: (message) => void warnings.push(message) });
  return receiver;
};
const restart = async (allowedOrigins: string[] = []) => {
  await receiver.close();
  return start(allowedOrigins);
};
const logText = () => readFile(join(dataDir, 'receipts.jsonl'), 'utf8');

/** POST like `sendBeacon` does by default: a string body as text/plain. */
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(receiver.url + '/records', {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
  });
const exportJson = async (query = '') => (await (await fetch(`${receiver.url}/export?format=json${query}`)).json()) as { receivedAt: string; receipt: Receipt }[];
const stored = async () => ((await (await fetch(receiver.url + '/health')).json()) as { receipts: number }).receipts;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'consent-receiver-'));
  warnings = [];
  await start();
});

afterEach(async () => {
  await receiver.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('POST /records', () => {
  it('stores a text/plain receipt (sendBeacon) and answers 204', async () => {
    const sent = receipt();
    const res = await post(sent);
    expect(res.status).toBe(204);
    const [entry, ...rest] = await exportJson();
    expect(rest).toEqual([]);
    expect(entry!.receipt).toEqual(sent);
    expect(Math.abs(Date.parse(entry!.receivedAt) - Date.now())).toBeLessThan(MINUTE);
  });

  it('stores an application/json receipt (fetch from a server or a preflighted page)', async () => {
    const res = await post(receipt(), { 'content-type': 'application/json' });
    expect(res.status).toBe(204);
    expect(await stored()).toBe(1);
  });

  it('accepts a choice made up to 5 minutes ahead of the server clock', async () => {
    const ahead = receipt();
    ahead.record.updatedAt = ahead.record.givenAt = new Date(Date.now() + 4 * MINUTE).toISOString();
    expect((await post(ahead)).status).toBe(204);
  });

  it('stores no IP address and no user agent, only the time received and the receipt', async () => {
    await post(receipt(), { 'user-agent': 'Secret/1.0', 'x-forwarded-for': '203.0.113.7' });
    const line = await logText();
    expect(Object.keys(JSON.parse(line))).toEqual(['receivedAt', 'receipt']);
    expect(line).not.toMatch(/203\.0\.113\.7|127\.0\.0\.1|Secret/);
  });

  it('stores a repeated receipt once and answers 204 each time', async () => {
    const sent = receipt();
    for (let i = 0; i < 3; i++) expect((await post(sent)).status).toBe(204);
    expect(await stored()).toBe(1);
    expect((await logText()).trim().split('\n')).toHaveLength(1);
  });

  it('stores concurrent copies of one receipt once', async () => {
    const sent = receipt();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(sent)));
    expect(answers.map((res) => res.status)).toEqual(Array(8).fill(204));
    expect((await logText()).trim().split('\n')).toHaveLength(1);
  });

  it('writes concurrent distinct receipts as whole lines, one each', async () => {
    const sent = Array.from({ length: 20 }, (_, i) => receipt(i + 1));
    await Promise.all(sent.map((r) => post(r)));
    const lines = (await logText()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line).receipt.record.updatedAt).sort()).toEqual(sent.map((r) => r.record.updatedAt).sort());
  });

  it('treats the same choice retried from another page as a duplicate', async () => {
    const first = receipt();
    await post(first);
    expect((await post({ ...first, url: 'https://example.com/next' })).status).toBe(204);
    expect((await exportJson()).map((e) => e.receipt.url)).toEqual(['https://example.com/pricing']);
  });

  it('refuses another record under a stored id and updatedAt with 409', async () => {
    const first = receipt();
    await post(first);
    const changed = receipt();
    changed.record.categories.analytical = true;
    const res = await post(changed);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: 'record: another choice with this id and updatedAt is already stored; a new choice needs a new updatedAt',
    });
    expect(await stored()).toBe(1);
  });

  it('stores each new choice of one visitor as history', async () => {
    await post(receipt(30));
    await post(receipt(20));
    expect((await exportJson()).map((e) => e.receipt.record.updatedAt)).toEqual([receipt(30).record.updatedAt, receipt(20).record.updatedAt]);
  });

  // Each case breaks one thing in a valid receipt; the sender learns exactly what and where.
  const cases: [string, (r: any) => unknown, string][] = [
    ['an unknown top-level key', (r) => (r.ip = '203.0.113.7'), 'ip: unknown key'],
    ['a missing top-level key', (r) => delete r.shown, 'shown: missing'],
    ['another receipt version', (r) => (r.v = 2), 'v: expected 1, got 2'],
    ['a record that is not an object', (r) => (r.record = 'yes'), 'record: expected an object, got "yes"'],
    ['an unknown record key', (r) => (r.record.userAgent = 'x'), 'record.userAgent: unknown key'],
    ['a missing record key', (r) => delete r.record.id, 'record.id: missing'],
    [
      'an id that is not a UUID v4',
      (r) => (r.record.id = '3b241101-e2bb-1255-8caf-4136c566a962'),
      'record.id: expected a lowercase UUID v4, got "3b241101-e2bb-1255-8caf-4136c566a962"',
    ],
    ['an uppercase id', (r) => (r.record.id = ID.toUpperCase()), `record.id: expected a lowercase UUID v4, got "${ID.toUpperCase()}"`],
    ['a negative record revision', (r) => (r.record.revision = -1), 'record.revision: expected an integer 0 or greater, got -1'],
    ['a fractional record revision', (r) => (r.record.revision = 1.5), 'record.revision: expected an integer 0 or greater, got 1.5'],
    [
      'a date that does not exist',
      (r) => (r.record.givenAt = '2026-02-30T00:00:00.000Z'),
      'record.givenAt: expected an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z, got "2026-02-30T00:00:00.000Z"',
    ],
    [
      'a time without milliseconds',
      (r) => (r.record.updatedAt = '2026-06-01T12:00:00Z'),
      'record.updatedAt: expected an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z, got "2026-06-01T12:00:00Z"',
    ],
    [
      'a time as a number',
      (r) => (r.record.expiresAt = 1780000000000),
      'record.expiresAt: expected an ISO 8601 UTC time such as 2026-06-01T12:00:00.000Z, got 1780000000000',
    ],
    [
      'an update before the first choice',
      (r) => (r.record.updatedAt = iso(NOW - 2000 * MINUTE)),
      `record.updatedAt: expected a time not before record.givenAt, got "${iso(NOW - 2000 * MINUTE)}"`,
    ],
    [
      'an expiry before the update',
      (r) => (r.record.expiresAt = iso(NOW - 30 * MINUTE)),
      `record.expiresAt: expected a time not before record.updatedAt, got "${iso(NOW - 30 * MINUTE)}"`,
    ],
    [
      'a choice from the future',
      (r) => (r.record.updatedAt = iso(NOW + 10 * MINUTE)),
      `record.updatedAt: expected a time no more than 5 minutes in the future, got "${iso(NOW + 10 * MINUTE)}"`,
    ],
    [
      'an unknown method',
      (r) => (r.record.method = 'scroll'),
      'record.method: expected one of "accept-all", "reject-all", "custom", "gpc", "api", got "scroll"',
    ],
    ['categories as a list', (r) => (r.record.categories = ['analytical']), 'record.categories: expected an object, got ["analytical"]'],
    [
      'a category name that is not a name',
      (r) => (r.record.categories['1st'] = false),
      'record.categories: expected category names of a letter, then up to 31 letters, digits, _ or -, got "1st"',
    ],
    [
      'a category named after an object built-in',
      (r) => (r.record.categories.constructor = true),
      'record.categories: expected category names that are not built into JavaScript objects, got "constructor"',
    ],
    ['a category state that is not a boolean', (r) => (r.record.categories.analytical = 'yes'), 'record.categories.analytical: expected true or false, got "yes"'],
    [
      'necessary refused',
      (r) => (r.record.categories.necessary = false),
      'record.categories.necessary: expected true (necessary is always granted), got false',
    ],
    ['a service state that is not a boolean', (r) => (r.record.services.youtube = 1), 'record.services.youtube: expected true or false, got 1'],
    ['a gpc flag that is not a boolean', (r) => (r.record.gpc = 'no'), 'record.gpc: expected true or false, got "no"'],
    ['method gpc without the signal', (r) => (r.record.method = 'gpc'), 'record.gpc: expected true when record.method is "gpc", got false'],
    [
      'a javascript: URL',
      (r) => (r.url = 'javascript:alert(1)'),
      'url: expected an http: or https: URL without credentials, query or fragment, got "javascript:alert(1)"',
    ],
    [
      'a URL with a query',
      (r) => (r.url = 'https://example.com/?q=secret'),
      'url: expected an http: or https: URL without credentials, query or fragment, got "https://example.com/?q=secret"',
    ],
    [
      'a URL with a fragment',
      (r) => (r.url = 'https://example.com/#token'),
      'url: expected an http: or https: URL without credentials, query or fragment, got "https://example.com/#token"',
    ],
    [
      'a URL with credentials',
      (r) => (r.url = 'https://user:pw@example.com/'),
      'url: expected an http: or https: URL without credentials, query or fragment, got "https://user:pw@example.com/"',
    ],
    ['a relative URL', (r) => (r.url = '/pricing'), 'url: expected an http: or https: URL without credentials, query or fragment, got "/pricing"'],
    ['a language that is not a code', (r) => (r.language = 'french!'), 'language: expected a language code such as "fr" or "pt-BR", got "french!"'],
    ['an uppercase hash', (r) => (r.shown = 'ABC'), 'shown: expected a base-36 hash of 1 to 16 characters (0-9, a-z), got "ABC"'],
    [
      'a hash longer than 16 characters',
      (r) => (r.shown = 'a'.repeat(17)),
      `shown: expected a base-36 hash of 1 to 16 characters (0-9, a-z), got "${'a'.repeat(17)}"`,
    ],
    ['a revision as a string', (r) => (r.revision = '3'), 'revision: expected an integer 0 or greater, got "3"'],
    ['a revision unlike the record’s', (r) => (r.revision = 4), 'revision: expected 3 (the value of record.revision), got 4'],
  ];

  it.each(cases)('refuses %s with 400 and a message naming the path', async (_, breakIt, message) => {
    const bad = structuredClone(receipt()) as any;
    breakIt(bad);
    const res = await post(bad);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ error: message });
    expect(await stored()).toBe(0);
  });

  it.each([
    ['text that is not JSON', 'hello', 'body: expected JSON, got "hello"'],
    ['an empty body', '', 'body: expected JSON, got ""'],
    ['a JSON list', '[1]', 'body: expected an object, got [1]'],
    ['JSON null', 'null', 'body: expected an object, got null'],
  ])('refuses %s with 400', async (_, body, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: message });
  });

  it('refuses bytes that are not UTF-8 with 400', async () => {
    const res = await fetch(receiver.url + '/records', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'body: expected UTF-8 text, got invalid bytes' });
  });

  it('refuses other content types with 415', async () => {
    const res = await post('v=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'content-type: expected text/plain or application/json in UTF-8, got "application/x-www-form-urlencoded"' });
    expect((await post(receipt(), { 'content-type': 'text/plain; charset=latin1' })).status).toBe(415);
  });

  it('accepts a body of exactly 8 KB and refuses one byte more with 413', async () => {
    const json = JSON.stringify(receipt());
    // JSON allows trailing white space, so a valid receipt can be padded to any size.
    expect((await post(json.padEnd(8192))).status).toBe(204);
    const res = await post(JSON.stringify(receipt(5)).padEnd(8193));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'body: expected at most 8192 bytes' });
    expect(await stored()).toBe(1);
  });

  it('refuses a streamed body without a length as soon as it passes 8 KB', async () => {
    const { port } = receiver;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ port, host: '127.0.0.1', method: 'POST', path: '/records', headers: { 'content-type': 'text/plain' } }, (res) => {
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
});

describe('routes', () => {
  it('answers 405 with Allow for a wrong method and 404 for an unknown path', async () => {
    const wrong = await fetch(receiver.url + '/records');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST, OPTIONS');
    expect(await wrong.json()).toEqual({ error: 'GET /records: method not allowed; expected POST or OPTIONS' });
    expect((await fetch(receiver.url + '/export', { method: 'DELETE' })).status).toBe(405);
    const missing = await fetch(receiver.url + '/records/1');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: '"/records/1": not found; expected /records, /export or /health' });
  });

  it('GET /health reports the number of stored receipts', async () => {
    await post(receipt());
    const res = await fetch(receiver.url + '/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', receipts: 1 });
  });
});

describe('the log across restarts', () => {
  it('rebuilds the duplicate index from the log, so a retry after a restart is stored once', async () => {
    const sent = receipt();
    await post(sent);
    await restart();
    expect(await stored()).toBe(1);
    expect((await post(sent)).status).toBe(204);
    expect(await stored()).toBe(1);
    expect((await logText()).trim().split('\n')).toHaveLength(1);
  });

  it('only ever appends: earlier bytes stay as they were', async () => {
    await post(receipt(30));
    const before = await logText();
    await restart();
    await post(receipt(20));
    expect((await logText()).startsWith(before)).toBe(true);
  });

  it('ignores a truncated last line with a warning and keeps new lines apart from it', async () => {
    const whole = JSON.stringify({ receivedAt: new Date().toISOString(), receipt: receipt(30) });
    await receiver.close();
    await writeFile(join(dataDir, 'receipts.jsonl'), whole + '\n' + whole.slice(0, 50));
    await start();
    expect(await stored()).toBe(1);
    expect(warnings).toEqual([`consent-receiver: ${join(dataDir, 'receipts.jsonl')}:2: incomplete last line (a crash during a write?), ignored`]);

    expect((await post(receipt(20))).status).toBe(204);
    warnings = [];
    await restart();
    // The fragment is now a line of its own in the middle; the new receipt survived intact.
    expect((await exportJson()).map((e) => e.receipt.record.updatedAt)).toEqual([receipt(30).record.updatedAt, receipt(20).record.updatedAt]);
    expect(warnings).toEqual([`consent-receiver: ${join(dataDir, 'receipts.jsonl')}:2: not a receipt line, ignored`]);
  });

  it('indexes a last line that is complete but lacks its newline', async () => {
    const sent = receipt(30);
    await receiver.close();
    await writeFile(join(dataDir, 'receipts.jsonl'), JSON.stringify({ receivedAt: new Date().toISOString(), receipt: sent }));
    await start();
    expect((await post(sent)).status).toBe(204);
    await post(receipt(20));
    expect((await logText()).split('\n').filter(Boolean)).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('starts on a log that has a blank line and ignores it', async () => {
    await post(receipt(30));
    await receiver.close();
    await appendFile(join(dataDir, 'receipts.jsonl'), '\n');
    await start();
    expect(await stored()).toBe(1);
    expect(warnings).toEqual([]);
  });
});

describe('GET /export', () => {
  beforeEach(async () => {
    await post(receipt(300));
    await post(receipt(200));
    await post(receipt(100, OTHER_ID));
  });

  it('returns every receipt as JSON, in arrival order, as a download', async () => {
    const res = await fetch(receiver.url + '/export');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="consent-receipts.json"');
    const entries = (await res.json()) as { receipt: Receipt }[];
    expect(entries.map((e) => e.receipt)).toEqual([receipt(300), receipt(200), receipt(100, OTHER_ID)]);
  });

  it('filters by the time of the choice: from inclusive, to exclusive', async () => {
    const at = (minutes: number) => receipt(minutes).record.updatedAt;
    const times = async (query: string) => (await exportJson(query)).map((e) => e.receipt.record.updatedAt);
    expect(await times(`&from=${at(200)}`)).toEqual([at(200), at(100)]);
    expect(await times(`&to=${at(200)}`)).toEqual([at(300)]);
    expect(await times(`&from=${at(250)}&to=${at(150)}`)).toEqual([at(200)]);
    expect(await times('&from=2000-01-01&to=2000-01-02')).toEqual([]);
  });

  it('returns one visitor’s history by id', async () => {
    expect((await exportJson(`&id=${ID}`)).map((e) => e.receipt.record.id)).toEqual([ID, ID]);
    expect((await exportJson(`&id=${OTHER_ID}`)).map((e) => e.receipt.record.id)).toEqual([OTHER_ID]);
  });

  it.each([
    ['format=xml', 'format: expected "json" or "csv", got "xml"'],
    ['from=2026-02-30', 'from: expected a UTC date or time such as 2026-06-01 or 2026-06-01T12:00:00Z, got "2026-02-30"'],
    ['to=yesterday', 'to: expected a UTC date or time such as 2026-06-01 or 2026-06-01T12:00:00Z, got "yesterday"'],
    ['id=42', 'id: expected a lowercase UUID v4, got "42"'],
    ['formt=csv', 'formt: unknown parameter; expected format, from, to or id'],
  ])('refuses ?%s with 400', async (query, message) => {
    const res = await fetch(`${receiver.url}/export?${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: message });
  });

  it('returns CSV with a header and one row per receipt', async () => {
    const res = await fetch(receiver.url + '/export?format=csv&id=' + OTHER_ID);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    const r = receipt(100, OTHER_ID).record;
    const [entry] = await exportJson(`&id=${OTHER_ID}`);
    expect(await res.text()).toBe(
      'receivedAt,id,revision,method,givenAt,updatedAt,expiresAt,categories,services,gpc,url,language,shown\r\n' +
        `${entry!.receivedAt},${OTHER_ID},3,custom,${r.givenAt},${r.updatedAt},${r.expiresAt},` +
        'necessary=true;analytical=false;functional=true;other=false,youtube=true,false,https://example.com/pricing,fr,1q2b7nm\r\n',
    );
  });

  it('quotes CSV cells with commas and quotes', async () => {
    const odd = receipt(50);
    odd.url = 'https://example.com/a,b/"c"';
    await post(odd);
    const text = await (await fetch(receiver.url + '/export?format=csv&from=' + odd.record.updatedAt)).text();
    expect(text.split('\r\n')[1]).toContain(',"https://example.com/a,b/""c""",fr,');
  });

  it('does not offer the export to other origins’ pages', async () => {
    const res = await fetch(receiver.url + '/export', { headers: { origin: 'https://example.com' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a\nb', '"a\nb"'],
    ['plain', 'plain'],
    [true, 'true'],
    [3, '3'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('guards every column of a row, including those the validator would never pass', () => {
    const r = receipt();
    const forged = { ...r, url: '=cmd|calc', language: '@x', record: { ...r.record, method: '-x' as never } };
    const row = toCsv([{ receivedAt: '+now', receipt: forged }]).split('\r\n')[1];
    expect(row).toMatch(/^'\+now,/);
    expect(row).toContain(",'-x,");
    expect(row).toContain(",'=cmd|calc,'@x,1q2b7nm");
  });
});

describe('CORS', () => {
  it('allows every origin with * when none is configured, preflight included', async () => {
    expect((await post(receipt(), { origin: 'https://shop.example' })).headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(receiver.url + '/records', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries([...preflight.headers].filter(([name]) => name.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400',
    });
  });

  it('echoes a configured origin and refuses others with 403, storing nothing from them', async () => {
    await restart(['https://example.com', 'https://www.example.com/']);
    const allowed = await post(receipt(), { origin: 'https://www.example.com' });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.com');
    expect(allowed.headers.get('vary')).toBe('Origin');

    const refused = await post(receipt(5), { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(await refused.json()).toEqual({ error: 'origin: expected one of https://example.com, https://www.example.com, got "https://evil.example"' });
    const preflight = await fetch(receiver.url + '/records', { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(preflight.status).toBe(403);
    expect(await stored()).toBe(1);
  });

  it('accepts a request without Origin (a server or curl) when origins are configured', async () => {
    await restart(['https://example.com']);
    const res = await post(receipt());
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses to start with an allowed origin that is not an origin', async () => {
    await expect(startReceiver({ port: 0, dataDir, allowedOrigins: ['example.com'] })).rejects.toThrow(
      'consent-receiver: ALLOWED_ORIGINS: expected origins such as https://example.com, got "example.com"',
    );
    await expect(startReceiver({ port: 0, dataDir, allowedOrigins: ['https://example.com/path'] })).rejects.toThrow(/got "https:\/\/example.com\/path"/);
  });
});
