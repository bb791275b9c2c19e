// SPEC §9 "`verify` checks everything the database answers with": forgeries that keep every
// hash whole (a receipt grafted onto a tombstone, moved to another id, columns that disagree
// with the receipt they index), a chain cut or re-hashed (caught against heads recorded
// earlier), and that verify reads only: an empty database or a mistyped folder is an error.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS, receiptDigest, recordDigest } from '../../server/store/chain.js';
import { admin, freshStorage, post, receipt, start, type Ledger } from './harness';
import { runCli } from './processes';

const SITE = 'https://v.example';
/** verify's message without its closing "(N entries checked before it)". */
const withoutCount = (stderr: string) => stderr.trim().replace(/ \(\d+ entries checked before it\)$/, '');

describe('verify against forgeries that keep every hash whole', () => {
  let ledger: Ledger;
  let env: Record<string, string>;
  let ids: string[];

  beforeEach(async () => {
    const { options } = await freshStorage('postgresql');
    env = { DATABASE_URL: options.databaseUrl! };
    ledger = await start(options);
    ids = [crypto.randomUUID(), crypto.randomUUID()];
    // Entry 1 and 2 are receipts; 3 is the erasure of entry 1.
    for (const [i, id] of ids.entries()) expect((await post(ledger, receipt(30 - i, id, SITE))).status).toBe(204);
    expect((await admin(ledger, `/subjects/${ids[0]}`, { method: 'DELETE' })).status).toBe(200);
    expect((await runCli(['verify'], env)).code).toBe(0);
    // What someone with the serving role's rights, or an owner who turned the triggers off, can do.
    await ledger.db.exec('ALTER TABLE ledger_chain DISABLE TRIGGER USER; ALTER TABLE ledger_receipts DISABLE TRIGGER USER');
  });
  afterAll(async () => {
    await ledger?.close();
  });

  const broken = async (seq: number, problem: string) => {
    await ledger.close();
    const { code, stderr } = await runCli(['verify'], env);
    expect(withoutCount(stderr)).toBe(`consentry-ledger verify: ${SITE} entry ${seq}: ${problem}`);
    expect(code).toBe(1);
  };

  it('names a receipt row attached to an erasure tombstone', async () => {
    // An "accept all" for the erased visitor, sealed with a fresh salt: no digest covers it.
    const forged = receipt(30, ids[0], SITE);
    forged.record.method = 'accept-all';
    const text = JSON.stringify(forged);
    await ledger.db.query(
      `INSERT INTO ledger_receipts (site, seq, consent_id, updated_at, record_digest, receipt, salt) VALUES ($1, 3, $2, $3, 'x', $4, 'salt')`,
      [SITE, ids[0], forged.record.updatedAt, text],
    );
    const served = await fetch(`${ledger.url}/subjects/${ids[0]}`);
    expect(served.status).toBe(404);
    await broken(3, 'a receipt row is attached to this erasure entry (a receipt forged onto a tombstone)');
  });

  it('names a receipt moved to another consent id', async () => {
    const other = crypto.randomUUID();
    await ledger.db.query('UPDATE ledger_receipts SET consent_id = $1 WHERE seq = 2', [other]);
    await broken(2, `its consent_id column is not its receipt's record.id (the receipt was moved to another consent id)`);
  });

  it('names a receipt whose updated_at column disagrees with it', async () => {
    await ledger.db.query("UPDATE ledger_receipts SET updated_at = updated_at - interval '1 day' WHERE seq = 2");
    await broken(2, `its updated_at column is not its receipt's record.updatedAt`);
  });

  it('names a receipt whose record digest column disagrees with it', async () => {
    await ledger.db.query("UPDATE ledger_receipts SET record_digest = repeat('0', 64) WHERE seq = 2");
    await broken(2, `its record_digest column is not the digest of its receipt's record`);
  });

  it('names a receipt row that no chain entry seals', async () => {
    const ghost = receipt(5, crypto.randomUUID(), SITE);
    await ledger.db.exec('ALTER TABLE ledger_receipts DISABLE TRIGGER ALL');
    await ledger.db.query(`INSERT INTO ledger_receipts (site, seq, consent_id, updated_at, record_digest, receipt, salt) VALUES ($1, 9, $2, $3, 'x', $4, 'salt')`, [
      SITE,
      ghost.record.id,
      ghost.record.updatedAt,
      JSON.stringify(ghost),
    ]);
    await broken(9, 'a receipt row with no chain entry of its own');
  });
});

describe('verify --expect-heads and heads', () => {
  let ledger: Ledger;
  let env: Record<string, string>;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'consentry-heads-'));
  });
  beforeEach(async () => {
    const { options } = await freshStorage('postgresql');
    env = { DATABASE_URL: options.databaseUrl! };
    ledger = await start(options);
    for (const minutes of [30, 20, 10]) expect((await post(ledger, receipt(minutes, crypto.randomUUID(), SITE))).status).toBe(204);
    expect((await post(ledger, receipt(10, crypto.randomUUID(), 'https://w.example'))).status).toBe(204);
  });
  afterAll(async () => {
    await ledger?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Records the heads now, as an operator would each day. */
  async function recordHeads() {
    const file = join(dir, `${crypto.randomUUID()}.json`);
    const { code, stdout, stderr } = await runCli(['heads', '--output', file], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(`consentry-ledger heads: 2 chains, all whole; heads written to ${file}`);
    return file;
  }

  it('writes each chain’s head, and verify passes while the chains only grow', async () => {
    const file = await recordHeads();
    const heads = JSON.parse(await readFile(file, 'utf8')) as { heads: { site: string; seq: number; hash: string }[] };
    expect(heads.heads.map(({ site, seq }) => [site, seq])).toEqual([
      [SITE, 3],
      ['https://w.example', 1],
    ]);
    expect(heads.heads.every(({ hash }) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect((await post(ledger, receipt(5, crypto.randomUUID(), SITE))).status).toBe(204);
    const { code, stdout } = await runCli(['verify', '--expect-heads', file], env);
    expect(code).toBe(0);
    expect(stdout).toContain('5 entries in 2 chains, all whole; every recorded head is in its chain');
  });

  it('names a chain whose tail was cut since the heads were recorded', async () => {
    const file = await recordHeads();
    await ledger.db.exec(`ALTER TABLE ledger_chain DISABLE TRIGGER USER; DELETE FROM ledger_receipts WHERE seq = 3 AND site = '${SITE}'; DELETE FROM ledger_chain WHERE seq = 3 AND site = '${SITE}'`);
    expect((await runCli(['verify'], env)).code).toBe(0);
    const { code, stderr } = await runCli(['verify', '--expect-heads', file], env);
    expect(withoutCount(stderr)).toBe(`consentry-ledger verify: ${SITE} entry 3: recorded as a head in ${file}, but the chain ends at entry 2 (its tail was cut)`);
    expect(code).toBe(1);
  });

  it('names a chain re-hashed after a receipt was changed', async () => {
    const file = await recordHeads();
    await ledger.db.exec(`ALTER TABLE ledger_chain DISABLE TRIGGER USER; ALTER TABLE ledger_receipts DISABLE TRIGGER USER;
      UPDATE ledger_receipts SET receipt = replace(receipt, '"custom"', '"accept-all"') WHERE seq = 2 AND site = '${SITE}'`);
    // Rewrite every digest and hash from the changed receipt on, as a careful forger would.
    const { rows } = await ledger.db.query(
      `SELECT c.seq, c.kind, to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, r.receipt, r.salt
       FROM ledger_chain c JOIN ledger_receipts r USING (site, seq) WHERE c.site = $1 ORDER BY c.seq`,
      [SITE],
    );
    let prevHash = GENESIS;
    for (const row of rows) {
      const contentDigest = receiptDigest(row.salt, row.receipt);
      const hash = entryHash({ prevHash, site: SITE, seq: row.seq, kind: row.kind, at: row.at, contentDigest });
      await ledger.db.query('UPDATE ledger_chain SET content_digest = $1, prev_hash = $2, hash = $3 WHERE site = $4 AND seq = $5', [contentDigest, prevHash, hash, SITE, row.seq]);
      await ledger.db.query('UPDATE ledger_receipts SET record_digest = $1 WHERE site = $2 AND seq = $3', [recordDigest(JSON.parse(row.receipt).record), SITE, row.seq]);
      prevHash = hash;
    }
    expect((await runCli(['verify'], env)).code).toBe(0);
    const { code, stderr } = await runCli(['verify', '--expect-heads', file], env);
    expect(withoutCount(stderr)).toBe(`consentry-ledger verify: ${SITE} entry 3: its hash is not the one recorded in ${file} (the chain was rewritten)`);
    expect(code).toBe(1);
  });

  it('names a chain that is gone, and refuses a heads file it cannot read', async () => {
    const file = await recordHeads();
    await ledger.db.exec(`ALTER TABLE ledger_chain DISABLE TRIGGER USER; DELETE FROM ledger_receipts WHERE site = 'https://w.example'; DELETE FROM ledger_chain WHERE site = 'https://w.example'`);
    const gone = await runCli(['verify', '--expect-heads', file], env);
    expect(withoutCount(gone.stderr)).toBe(`consentry-ledger verify: https://w.example entry 1: recorded as a head in ${file}, but the chain is gone`);
    expect(gone.code).toBe(1);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"heads":[{"site":1}]}');
    const refused = await runCli(['verify', '--expect-heads', bad], env);
    expect(refused.stderr.trim()).toBe(`consentry-ledger verify: --expect-heads: expected a file written by "consentry-ledger heads", got ${bad} with heads[0].site: expected a string`);
    expect(refused.code).toBe(1);
  });
});

describe('verify reads only', () => {
  it('refuses an empty PostgreSQL database and creates nothing in it', async () => {
    const { options } = await freshStorage('postgresql');
    const { code, stderr } = await runCli(['verify'], { DATABASE_URL: options.databaseUrl! });
    expect(stderr.trim()).toMatch(/^consentry-ledger: DATABASE_URL: no ledger in postgres:\/\/postgres@127\.0\.0\.1:\d+\/ledger_\w+ \(no ledger_migrations table\): a wrong or empty database; "consentry-ledger migrate" creates one$/);
    expect(code).toBe(1);
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    await client.end();
    expect(rows[0].n).toBe(0);
  });

  it('refuses a folder that holds no embedded ledger and creates nothing there', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'consentry-typo-'));
    const typo = join(parent, 'ledger-dta');
    try {
      const { code, stderr } = await runCli(['verify'], { DATA_DIR: typo });
      expect(stderr.trim()).toBe(`consentry-ledger: DATA_DIR: no embedded ledger in ${typo}: a mistyped folder? Only the server creates one`);
      expect(code).toBe(1);
      expect(existsSync(typo)).toBe(false);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
