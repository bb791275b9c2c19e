// The least-privilege PostgreSQL setup that docs/ledger.md gives, run as written: `migrate`
// as the owner, the server and `verify` as a role that may only read, append and erase, and
// which can neither rewrite history nor turn the triggers off.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { admin, exportJson, post, receipt } from './harness';
import { runCli, spawnLedger, type LedgerProcess } from './processes';

/** The ```sql blocks of docs/ledger.md's "Least privilege" part, in order. */
async function documentedSql() {
  const docs = await readFile(new URL('../../docs/ledger.md', import.meta.url), 'utf8');
  const part = docs.slice(docs.indexOf('**Least privilege.**'));
  return [...part.matchAll(/```sql\n([\s\S]*?)```/g)].slice(0, 2).map((match) => match[1]!.replaceAll("'…'", "'test'"));
}

const urlAs = (role: string, database: string) => inject('postgresUrl').replace('postgres://postgres@', `postgres://${role}@`).replace(/\/postgres$/, `/${database}`);

describe('the documented least-privilege roles', () => {
  let ledger: LedgerProcess | undefined;
  let grants: string;

  beforeAll(async () => {
    const [roles, grantsSql] = await documentedSql();
    expect(roles).toContain('CREATE ROLE ledger_app');
    grants = grantsSql!;
    const superuser = new pg.Client({ connectionString: inject('postgresUrl') });
    await superuser.connect();
    for (const statement of roles!.split(';').map((s) => s.replace(/--.*$/gm, '').trim()).filter(Boolean)) await superuser.query(statement);
    // A second database of the same owner, left without a schema.
    await superuser.query('CREATE DATABASE ledger_unmigrated OWNER ledger_owner');
    await superuser.end();
  });
  afterAll(async () => {
    if (ledger?.child.exitCode === null) ledger.child.kill('SIGKILL');
  });

  it('migrates as the owner, then serves, erases, exports and verifies as the serving role', async () => {
    const migrated = await runCli(['migrate'], { DATABASE_URL: urlAs('ledger_owner', 'ledger') });
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    const owner = new pg.Client({ connectionString: urlAs('ledger_owner', 'ledger') });
    await owner.connect();
    await owner.query(grants);
    await owner.end();

    const env = { DATABASE_URL: urlAs('ledger_app', 'ledger') };
    ledger = await spawnLedger(env);
    const kept = receipt();
    const erased = receipt();
    expect((await post(ledger, kept)).status).toBe(204);
    expect((await post(ledger, erased)).status).toBe(204);
    expect((await fetch(`${ledger.url}/subjects/${kept.record.id}`)).status).toBe(200);
    expect((await admin(ledger, `/subjects/${erased.record.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await exportJson(ledger)).map((entry) => entry.receipt.record.id)).toEqual([kept.record.id]);
    expect((await admin(ledger, '/metrics')).status).toBe(200);
    // The insights counters: counted, read and purged as the serving role.
    const event = { v: 1, event: 'shown', url: 'https://example.com/', revision: 1, language: 'en', mode: 'opt-in', gpc: false, device: 'desktop' };
    expect((await fetch(`${ledger.url}/events`, { method: 'POST', body: JSON.stringify(event), headers: { 'content-type': 'text/plain' } })).status).toBe(204);
    expect((await admin(ledger, '/insights.json')).status).toBe(200);
    const purged = await runCli(['purge', '--retain-days', '30'], env);
    expect(purged.stderr).toBe('');
    expect(purged.stdout).toContain('and 0 insights counters of those days');
    const verified = await runCli(['verify'], env);
    expect(verified.stderr).toBe('');
    expect(verified.stdout).toContain('3 entries in 1 chains, all whole');
    expect(verified.code).toBe(0);
    ledger.child.kill('SIGTERM');
    expect(await ledger.exited).toBe(0);
  });

  it('cannot rewrite history or turn the triggers off as the serving role', async () => {
    const app = new pg.Client({ connectionString: urlAs('ledger_app', 'ledger') });
    await app.connect();
    try {
      await expect(app.query("UPDATE ledger_chain SET kind = 'receipt'")).rejects.toThrow('permission denied for table ledger_chain');
      await expect(app.query('DELETE FROM ledger_chain')).rejects.toThrow('permission denied for table ledger_chain');
      await expect(app.query('ALTER TABLE ledger_chain DISABLE TRIGGER USER')).rejects.toThrow('must be owner of table ledger_chain');
      await expect(app.query('CREATE TABLE ledger_extra (x int)')).rejects.toThrow('permission denied for schema public');
    } finally {
      await app.end();
    }
  });

  it('refuses to start as the serving role on a database not migrated yet, saying who must migrate it', async () => {
    const { code, stderr } = await runCli([], { DATABASE_URL: urlAs('ledger_app', 'ledger_unmigrated') });
    expect(stderr.trim()).toBe(
      'consentry-ledger: the database needs the ledger schema (version 2), and this role may not create it (permission denied for schema public): run "consentry-ledger migrate" as the database\'s owner',
    );
    expect(code).toBe(1);
  });
});
