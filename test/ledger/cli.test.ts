// `consentry-ledger` commands as an operator runs them: export, purge, verify's exit status,
// and options that are refused rather than guessed at. On PostgreSQL, where a command may
// run beside the serving process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson, freshStorage, MINUTE, post, receipt, start, type Ledger } from './harness';
import { runCli } from './processes';

const DAY_MINUTES = 24 * 60;

describe('consentry-ledger commands', () => {
  let ledger: Ledger;
  let env: Record<string, string>;
  const id = crypto.randomUUID();

  beforeAll(async () => {
    const { options } = await freshStorage('postgresql');
    env = { DATABASE_URL: options.databaseUrl! };
    ledger = await start(options);
    await post(ledger, receipt(3 * DAY_MINUTES, id, 'https://cli.example'));
    await post(ledger, receipt(2 * DAY_MINUTES, id, 'https://cli.example'));
    await post(ledger, receipt(10, crypto.randomUUID(), 'https://cli.example'));
  });
  afterAll(async () => {
    await ledger?.close();
  });

  it('exports CSV between two dates to standard output', async () => {
    const from = new Date(Date.now() - 3 * DAY_MINUTES * MINUTE - MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const to = new Date(Date.now() - DAY_MINUTES * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const { code, stdout, stderr } = await runCli(['export', '--format', 'csv', '--from', from, '--to', to], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe('site,seq,receivedAt,id,revision,method,givenAt,updatedAt,expiresAt,categories,services,gpc,url,language,shown');
    expect(rows.slice(1, -1).map((row) => row.split(',')[1])).toEqual(['1', '2']);
    expect(rows.at(-1)).toBe('');
  });

  it('exports JSON like GET /export', async () => {
    const { code, stdout } = await runCli(['export', '--format', 'json', '--id', id], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(await exportJson(ledger, `&id=${id}`));
  });

  it.each([
    [['export', '--format', 'xml'], 'format: expected "json" or "csv", got "xml"'],
    [['export', '--from', '2026-01-01', '--from', '2026-02-01'], '--from: expected once, got it repeated'],
    [['verify', '--format', 'csv'], '--format: not an option of "verify"'],
    [['export', '--since', 'x'], "Unknown option '--since'"],
    [['serve', '--retain-days', 'ten'], '--retain-days: expected an integer from 1 to 36500, got "ten"'],
    [['backup'], 'command: expected one of serve, verify, heads, export, insights, purge, migrate, got "backup"'],
    [['purge'], 'purge: --retain-days N is required'],
  ])('refuses %j with a message and exit status 2', async (args, message) => {
    const { code, stderr } = await runCli(args, env);
    expect(stderr).toContain(message);
    expect(code).toBe(args[0] === 'serve' ? 1 : 2);
  });

  it('refuses a set but wrong environment variable, naming it', async () => {
    const { code, stderr } = await runCli(['verify'], { ...env, LEDGER_CLIENT_IP: 'clear' });
    expect(stderr.trim()).toBe('consentry-ledger: LEDGER_CLIENT_IP: expected "off" or "hash", got "clear"');
    expect(code).toBe(1);
  });

  it('purges by retention, and verify exits 0 on the result, 1 naming the entry once it is tampered with', async () => {
    const purged = await runCli(['purge', '--retain-days', '1'], env);
    expect(purged.stdout.trim()).toBe('consentry-ledger purge: 2 receipts of choices older than 1 day erased, and 0 insights counters of those days');
    expect(await exportJson(ledger, `&id=${id}`)).toEqual([]);
    const whole = await runCli(['verify'], env);
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/^consentry-ledger verify: 4 entries in 1 chains, all whole\n {2}https:\/\/cli\.example entry 4 [0-9a-f]{64}\n$/);

    await ledger.db.exec("ALTER TABLE ledger_chain DISABLE TRIGGER USER; UPDATE ledger_chain SET note = '{\"erased\":[1]}' WHERE seq = 4");
    const broken = await runCli(['verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim()).toBe('consentry-ledger verify: https://cli.example entry 4: its tombstone note does not match the digest sealed in the chain (3 entries checked before it)');
  });
});
