// The ledger's pure parts: CSV cells that spreadsheets cannot run, the rate limit's bounded
// table, the chain's hash inputs, the loopback rule and log redaction. No database, no HTTP.
import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../server/ledger-server.js';
import { createRateLimit } from '../../server/http/rate-limit.js';
import { csvCell, toCsvRows } from '../../server/receipt/export-format.js';
import { createLogger } from '../../server/ops/log.js';
import { entryHash, GENESIS, recordDigest } from '../../server/store/chain.js';
import { redactUrl } from '../../server/store/redact-url.js';
import { receipt } from './harness';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a\nb', '"a\nb"'],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
    [true, 'true'],
    [3, '3'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('guards every column of a row, including those the validator would never pass', () => {
    const r = receipt();
    const forged = { ...r, url: '=cmd|calc', language: '@x', record: { ...r.record, method: '-x' as never } };
    const row = toCsvRows([{ site: '+site', seq: 1, receivedAt: '+now', receipt: forged }]);
    expect(row).toMatch(/^'\+site,1,'\+now,/);
    expect(row).toContain(",'-x,");
    expect(row).toContain(",'=cmd|calc,'@x,1q2b7nm\r\n");
  });
});

describe('createRateLimit', () => {
  it('allows a burst, then one request per refill interval', () => {
    let now = 0;
    const limit = createRateLimit({ perMinute: 60, burst: 2, now: () => now });
    expect([limit('a'), limit('a'), limit('a')]).toEqual([{ allowed: true }, { allowed: true }, { allowed: false, retryAfterSeconds: 1 }]);
    expect(limit('b')).toEqual({ allowed: true });
    now += 1000;
    expect(limit('a')).toEqual({ allowed: true });
    expect(limit('a')).toMatchObject({ allowed: false });
  });

  it('forgets the least recently seen client when its table is full, so memory stays bounded', () => {
    const now = 0;
    const limit = createRateLimit({ perMinute: 60, burst: 1, maxClients: 2, now: () => now });
    limit('a');
    limit('b');
    expect(limit('a')).toMatchObject({ allowed: false });
    // A third client pushes out "b", the oldest; "a" was seen last and stays limited.
    limit('c');
    expect(limit('a')).toMatchObject({ allowed: false });
    expect(limit('b')).toEqual({ allowed: true });
  });
});

describe('the chain', () => {
  const fields = { prevHash: GENESIS, site: 'https://example.com', seq: 1, kind: 'receipt' as const, at: '2026-06-01T12:00:00.000Z', contentDigest: 'a'.repeat(64) };

  it('changes the hash when any field changes', () => {
    const hash = entryHash(fields);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const [key, value] of Object.entries({ prevHash: '1'.repeat(64), site: 'https://example.org', seq: 2, kind: 'erasure', at: '2026-06-01T12:00:00.001Z', contentDigest: 'b'.repeat(64) })) {
      expect(entryHash({ ...fields, [key]: value })).not.toBe(hash);
    }
  });

  it('digests a record whatever the order of its keys', () => {
    const { record } = receipt();
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    expect(recordDigest(reordered)).toBe(recordDigest(record));
    expect(recordDigest({ ...record, gpc: true })).not.toBe(recordDigest(record));
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['[::1]', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.2', false],
    ['example.com', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});

describe('secrets stay out of logs', () => {
  it('hides the password and secret parameters of a database URL', () => {
    expect(redactUrl('postgres://ledger:s3cret-pw@db:5432/ledger?sslmode=require&sslpassword=x')).toBe('postgres://ledger:***@db:5432/ledger?sslmode=require&sslpassword=***');
    expect(redactUrl('not a url')).toBe('(a DATABASE_URL that is not a URL)');
  });

  it('replaces configured secrets in any line, whatever field carries them', () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line) => void lines.push(line), secrets: ['a-long-secret-token', 'short', undefined] });
    log.error('failed', { error: 'connect to postgres://u:a-long-secret-token@h failed', nested: { again: 'a-long-secret-token' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('a-long-secret-token');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', msg: 'failed', error: 'connect to postgres://u:***@h failed', nested: { again: '***' } });
  });
});
