// Durability and sharing, with real processes: `kill -9` during concurrent posts loses no
// answered receipt and doubles none; two ledgers on one PostgreSQL make one chain per site.
import { afterAll, describe, expect, it } from 'vitest';
import { admin, ENGINES, exportJson, freshStorage, post, receipt, type Engine, type Receipt } from './harness';
import { envOf, runCli, spawnLedger, type LedgerProcess } from './processes';

const SITES = ['https://a.example', 'https://b.example', 'https://c.example'];
const running: LedgerProcess[] = [];
afterAll(async () => {
  for (const ledger of running) if (ledger.child.exitCode === null) ledger.child.kill('SIGKILL');
});

/**
 * `clients` loops, each posting fresh receipts to its target until `stop()` is true, keeping
 * the ids the ledger answered 2xx. A failed request (the ledger died) ends that loop.
 */
async function load(targets: { url: string }[], clients: number, stop: (acknowledged: number) => boolean) {
  const acknowledged: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (!stop(acknowledged.length)) {
        const n = next++;
        const sent: Receipt = receipt(1 + (n % 100), crypto.randomUUID(), SITES[n % SITES.length]);
        try {
          const res = await post(targets[(client + n) % targets.length]!, sent);
          if (res.status >= 200 && res.status < 300) acknowledged.push(sent.record.id);
          else throw new Error(`unexpected ${res.status}: ${await res.text()}`);
        } catch (error) {
          if (String(error).includes('unexpected')) throw error;
          return;
        }
      }
    }),
  );
  return acknowledged;
}

/** Every receipt id stored, in export order. */
const storedIds = async (ledger: { url: string }) => (await exportJson(ledger)).map((entry) => entry.receipt.record.id);

describe.each(ENGINES)('kill -9 during concurrent posts (%s)', (engine: Engine) => {
  it('keeps every answered receipt exactly once, and the chain verifies', async () => {
    const storage = await freshStorage(engine);
    const env = envOf(storage.options);
    const first = await spawnLedger(env);
    running.push(first);
    let killed = false;
    const acknowledged = await load([first], 8, (count) => {
      if (count >= 150 && !killed) {
        killed = true;
        first.child.kill('SIGKILL');
      }
      return killed;
    });
    expect(await first.exited).toBeNull();
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);

    const second = await spawnLedger(env);
    running.push(second);
    const ids = await storedIds(second);
    expect(new Set(ids).size).toBe(ids.length);
    const stored = new Set(ids);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // The restarted ledger goes on extending the chains it recovered.
    expect((await post(second, receipt(1, crypto.randomUUID(), SITES[0]))).status).toBe(204);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const verdict = await runCli(['verify'], env);
    expect(verdict.stderr).toBe('');
    expect(verdict.code).toBe(0);
    expect(verdict.stdout).toMatch(new RegExp(`^consentry-ledger verify: ${ids.length + 1} entries in 3 chains, all whole`));
    await storage.drop();
  });
});

describe('two ledger processes on one PostgreSQL', () => {
  it('lose nothing, double nothing, and keep one valid chain per site', async () => {
    const storage = await freshStorage('postgresql');
    const env = envOf(storage.options);
    const ledgers = await Promise.all([spawnLedger(env), spawnLedger(env)]);
    running.push(...ledgers);
    const acknowledged = await load(ledgers, 12, (count) => count >= 300);
    // The same retried receipt reaching both processes at once is stored once.
    const retried = receipt(1, crypto.randomUUID(), SITES[1]);
    const answers = await Promise.all([...ledgers, ...ledgers].map((ledger) => post(ledger, retried)));
    expect(answers.map((res) => res.status)).toEqual([204, 204, 204, 204]);

    const entries = await exportJson(ledgers[0]!);
    const ids = entries.map((entry) => entry.receipt.record.id);
    expect(ids.length).toBe(acknowledged.length + 1);
    expect(new Set(ids)).toEqual(new Set([...acknowledged, retried.record.id]));
    for (const site of SITES) {
      const seqs = entries.filter((entry) => entry.site === site).map((entry) => entry.seq).sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    }
    expect(await (await admin(ledgers[1]!, '/metrics')).text()).toContain(`consentry_ledger_stored_receipts{engine="postgresql"} ${ids.length}\n`);

    const verdict = await runCli(['verify'], env);
    expect(verdict.code).toBe(0);
    expect(verdict.stdout).toContain(`${ids.length} entries in 3 chains, all whole`);
    for (const ledger of ledgers) ledger.child.kill('SIGTERM');
    expect(await Promise.all(ledgers.map((ledger) => ledger.exited))).toEqual([0, 0]);
  });
});
