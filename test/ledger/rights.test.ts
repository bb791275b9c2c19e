// The visitor's rights and the regulator's view, on both engines: access with the chain proof
// (checked here with node:crypto, independently of the ledger's code), erasure and retention
// that leave a chain that still verifies, and the export.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChains } from '../../server/store/verify.js';
import { admin, ENGINES, exportJson, freshStorage, post, receipt, start, type Engine, type Ledger, type Receipt } from './harness';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const DAY_MINUTES = 24 * 60;
/** The ledger's own sites: with ALLOWED_ORIGINS set, receipts of any other are refused. */
const SITES = ['https://example.com', 'https://shop.example', 'https://erase.example', 'https://retain.example', 'https://export.example'];

type Subject = {
  consentId: string;
  receipts: { site: string; seq: number; receivedAt: string; receipt: Receipt; proof: { salt: string; contentDigest: string; prevHash: string; hash: string } }[];
  heads: { site: string; seq: number; hash: string }[];
};

describe.each(ENGINES)('rights and export (%s)', (engine: Engine) => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let ledger: Ledger;

  beforeAll(async () => {
    storage = await freshStorage(engine);
    ledger = await start(storage.options, { allowedOrigins: SITES });
  });
  afterAll(async () => {
    await ledger?.close();
    await storage?.drop();
  });

  describe('GET /subjects/:consentId', () => {
    it('returns every receipt of the id with a proof that recomputes to the chain', async () => {
      const id = crypto.randomUUID();
      await post(ledger, receipt(30, id, 'https://shop.example'));
      await post(ledger, receipt(20, id, 'https://shop.example'));
      const res = await fetch(`${ledger.url}/subjects/${id}`);
      expect(res.status).toBe(200);
      const subject = (await res.json()) as Subject;
      expect(subject.receipts.map((r) => r.receipt)).toEqual([receipt(30, id, 'https://shop.example'), receipt(20, id, 'https://shop.example')]);
      const [first, second] = subject.receipts;
      for (const entry of subject.receipts) {
        const { salt, contentDigest, prevHash, hash } = entry.proof;
        expect(sha256(`${salt}\n${JSON.stringify(entry.receipt)}`)).toBe(contentDigest);
        expect(sha256(['consentry-ledger/1', prevHash, entry.site, String(entry.seq), 'receipt', entry.receivedAt, contentDigest].join('\n'))).toBe(hash);
      }
      expect(first!.proof.prevHash).toBe('0'.repeat(64));
      expect(second!.proof.prevHash).toBe(first!.proof.hash);
      expect(subject.heads).toEqual([{ site: 'https://shop.example', seq: 2, hash: second!.proof.hash }]);
    });

    it('is readable by an allowed page and refused to others', async () => {
      const sent = receipt();
      await post(ledger, sent);
      const allowed = await fetch(`${ledger.url}/subjects/${sent.record.id}`, { headers: { origin: 'https://example.com' } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://example.com');
      const refused = await fetch(`${ledger.url}/subjects/${sent.record.id}`, { headers: { origin: 'https://evil.example' } });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers 404 for an id with no receipts and 400 for a malformed one', async () => {
      const unknown = crypto.randomUUID();
      const missing = await fetch(`${ledger.url}/subjects/${unknown}`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ error: `consentId: no receipts stored for ${unknown}` });
      const bad = await fetch(`${ledger.url}/subjects/not-a-uuid`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: 'consentId: expected a lowercase UUID v4, got "not-a-uuid"' });
    });
  });

  describe('DELETE /subjects/:consentId', () => {
    it('removes the receipts, appends a tombstone without personal data, and the chain still verifies', async () => {
      const id = crypto.randomUUID();
      const other = receipt(5, crypto.randomUUID(), 'https://erase.example');
      await post(ledger, receipt(30, id, 'https://erase.example'));
      await post(ledger, other);
      await post(ledger, receipt(20, id, 'https://erase.example'));
      const res = await admin(ledger, `/subjects/${id}`, { method: 'DELETE' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ erased: 2 });

      expect((await fetch(`${ledger.url}/subjects/${id}`)).status).toBe(404);
      expect(await exportJson(ledger, `&id=${id}`)).toEqual([]);
      expect((await exportJson(ledger, `&id=${other.record.id}`)).map((e) => e.seq)).toEqual([2]);
      const { rows } = await ledger.db.query("SELECT kind, note FROM ledger_chain WHERE site = 'https://erase.example' ORDER BY seq");
      expect(rows).toEqual([
        { kind: 'receipt', note: null },
        { kind: 'receipt', note: null },
        { kind: 'receipt', note: null },
        { kind: 'erasure', note: '{"erased":[1,3]}' },
      ]);
      const everything = JSON.stringify((await ledger.db.query('SELECT * FROM ledger_chain')).rows) + JSON.stringify((await ledger.db.query('SELECT * FROM ledger_receipts')).rows);
      expect(everything).not.toContain(id);
      expect(await verifyChains(ledger.db)).toMatchObject({ ok: true });
    });

    it('answers 404 for an unknown id and needs the token', async () => {
      const unknown = crypto.randomUUID();
      const missing = await admin(ledger, `/subjects/${unknown}`, { method: 'DELETE' });
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ error: `consentId: no receipts stored for ${unknown}` });
      const sent = receipt();
      await post(ledger, sent);
      const anonymous = await fetch(`${ledger.url}/subjects/${sent.record.id}`, { method: 'DELETE' });
      expect(anonymous.status).toBe(401);
      expect((await exportJson(ledger, `&id=${sent.record.id}`)).length).toBe(1);
    });
  });

  describe('retention', () => {
    it('purges receipts of choices older than the retention with tombstones, keeping newer ones', async () => {
      const old = receipt(40 * DAY_MINUTES, crypto.randomUUID(), 'https://retain.example');
      const recent = receipt(10, crypto.randomUUID(), 'https://retain.example');
      // Stored directly, as it was when it arrived fresh: POST refuses choices over 30 days old.
      expect(await ledger.store.append(old as never, null)).toBe('stored');
      await post(ledger, recent);
      await ledger.close();
      ledger = await start(storage.options, { allowedOrigins: SITES, retainDays: 30 });
      expect(await exportJson(ledger, `&id=${old.record.id}`)).toEqual([]);
      expect((await exportJson(ledger, `&id=${recent.record.id}`)).length).toBe(1);
      const { rows } = await ledger.db.query("SELECT kind, note FROM ledger_chain WHERE site = 'https://retain.example' AND kind <> 'receipt'");
      expect(rows).toEqual([{ kind: 'retention', note: '{"erased":[1]}' }]);
      expect(await verifyChains(ledger.db)).toMatchObject({ ok: true });
    });
  });

  describe('GET /export', () => {
    const id = crypto.randomUUID();
    const otherId = crypto.randomUUID();
    beforeAll(async () => {
      await post(ledger, receipt(300, id, 'https://export.example'));
      await post(ledger, receipt(200, id, 'https://export.example'));
      await post(ledger, receipt(100, otherId, 'https://export.example'));
    });

    it('returns the receipts as JSON in arrival order, as a download', async () => {
      const res = await admin(ledger, '/export');
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="consent-receipts.json"');
      const mine = ((await res.json()) as { site: string; receipt: Receipt }[]).filter((e) => e.site === 'https://export.example');
      expect(mine.map((e) => e.receipt)).toEqual([receipt(300, id, 'https://export.example'), receipt(200, id, 'https://export.example'), receipt(100, otherId, 'https://export.example')]);
    });

    it('filters by the time of the choice: from inclusive, to exclusive', async () => {
      const at = (minutes: number) => receipt(minutes).record.updatedAt;
      const times = async (query: string) => (await exportJson(ledger, query)).filter((e) => e.site === 'https://export.example').map((e) => e.receipt.record.updatedAt);
      expect(await times(`&from=${at(200)}&to=${at(99)}`)).toEqual([at(200), at(100)]);
      expect(await times(`&from=${at(301)}&to=${at(200)}`)).toEqual([at(300)]);
      expect(await times('&from=2000-01-01&to=2000-01-02')).toEqual([]);
    });

    it('returns CSV with a header and one row per receipt', async () => {
      const res = await admin(ledger, `/export?format=csv&id=${otherId}`);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      const [entry] = await exportJson(ledger, `&id=${otherId}`);
      const r = receipt(100, otherId).record;
      expect(await res.text()).toBe(
        'site,seq,receivedAt,id,revision,method,givenAt,updatedAt,expiresAt,categories,services,gpc,url,language,shown\r\n' +
          `https://export.example,${entry!.seq},${entry!.receivedAt},${otherId},3,custom,${r.givenAt},${r.updatedAt},${r.expiresAt},` +
          'necessary=true;analytical=false;functional=true;other=false,youtube=true,false,https://export.example/pricing,fr,1q2b7nm\r\n',
      );
    });

    it.each([
      ['format=xml', 'format: expected "json" or "csv", got "xml"'],
      ['from=2026-02-30', 'from: expected a UTC date or time such as 2026-06-01 or 2026-06-01T12:00:00Z, got "2026-02-30"'],
      ['to=yesterday', 'to: expected a UTC date or time such as 2026-06-01 or 2026-06-01T12:00:00Z, got "yesterday"'],
      ['id=42', 'id: expected a lowercase UUID v4, got "42"'],
      ['formt=csv', 'formt: unknown parameter; expected format, from, to or id'],
      ['format=json&format=csv', 'format: expected once, got it repeated'],
      ['from=2026-01-01&from=2000-01-01', 'from: expected once, got it repeated'],
    ])('refuses ?%s with 400', async (query, message) => {
      const res = await admin(ledger, `/export?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: message });
    });

    it('does not offer the export to other origins’ pages', async () => {
      const res = await admin(ledger, '/export', { headers: { origin: 'https://example.com' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
