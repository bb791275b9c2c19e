// SPEC §9 "Losing the database is not fatal": two ledger processes on one PostgreSQL, under
// load, while the database's backends are terminated and then the server is stopped the way a
// crash or a failover stops it. Requests in flight get 503, the pools reconnect, no process
// exits, and every receipt answered 2xx is stored exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from './postgres-cluster.js';
import { exportJson, post, receipt, terminateBackends } from './harness';
import { runCli, spawnLedger, type LedgerProcess } from './processes';

const SITES = ['https://a.example', 'https://b.example'];

describe('losing PostgreSQL under load', () => {
  let cluster: Cluster;
  let ledgers: LedgerProcess[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    cluster = await startCluster();
    env = { DATABASE_URL: await cluster.createDatabase('loss'), LEDGER_POOL_SIZE: '4' };
    ledgers = await Promise.all([spawnLedger(env), spawnLedger(env)]);
  });
  afterAll(async () => {
    for (const ledger of ledgers) if (ledger.child.exitCode === null) ledger.child.kill('SIGKILL');
    await cluster.stop();
  });

  it('answers 503 while it is gone, reconnects, loses no answered receipt and no process exits', async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let stop = false;
    let n = 0;
    const client = async (c: number) => {
      while (!stop) {
        const sent = receipt(1 + (n % 500), crypto.randomUUID(), SITES[n % SITES.length]);
        n++;
        const res = await post(ledgers[c % 2]!, sent).catch(() => null);
        const status = res?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 200 && status < 300) acknowledged.push(sent.record.id);
        else if (status === 0) throw new Error('a ledger stopped answering');
        else expect(status).toBe(503);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await pause(1000);
    expect(await terminateBackends(cluster.url, 'loss')).toBeGreaterThan(0);
    await pause(1000);
    expect(await terminateBackends(cluster.url, 'loss')).toBeGreaterThan(0);
    await pause(1000);
    await cluster.restart();
    const afterRestart = acknowledged.length;
    await expect.poll(() => acknowledged.length, { timeout: 15_000 }).toBeGreaterThan(afterRestart + 20);
    stop = true;
    await load;

    expect(ledgers.map((ledger) => ledger.child.exitCode)).toEqual([null, null]);
    expect(statuses.get(503)).toBeGreaterThan(0);
    for (const ledger of ledgers) expect((await fetch(ledger.url + '/health')).status).toBe(200);
    const ids = (await exportJson(ledgers[0]!)).map((entry) => entry.receipt.record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const stored = new Set(ids);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    const verdict = await runCli(['verify'], env);
    expect(verdict.code).toBe(0);
    for (const ledger of ledgers) ledger.child.kill('SIGTERM');
    expect(await Promise.all(ledgers.map((ledger) => ledger.exited))).toEqual([0, 0]);
  });
});
