// SPEC §9 "One writer per embedded folder": a lock the operating system releases when its
// holder dies, so a second ledger is refused wherever it runs (another PID namespace, as in
// another container on the same volume) and a `kill -9`'d holder never blocks the restart,
// even while nobody has reaped it (a container whose PID 1 does not reap).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { exportJson, freshStorage, post, receipt } from './harness';
import { runCli, spawnLedger, type LedgerProcess } from './processes';

const running: LedgerProcess[] = [];
const leftovers: (() => void)[] = [];
afterAll(() => {
  for (const ledger of running) if (ledger.child.exitCode === null) ledger.child.kill('SIGKILL');
  for (const cleanup of leftovers) cleanup();
});

/** Runs the CLI in a PID namespace of its own, where it is process 1, killed with unshare. */
const inOwnPidNamespace = (node: string, cli: string): [string, string[]] => ['unshare', ['--pid', '--fork', '--kill-child', node, cli]];

describe('one writer per embedded folder', () => {
  let storage: Awaited<ReturnType<typeof freshStorage>>;
  let env: Record<string, string>;

  beforeEach(async () => {
    storage = await freshStorage('embedded');
    env = { DATA_DIR: storage.options.dataDir! };
  });

  it('refuses a second ledger on the folder, in this PID namespace or another, and the first keeps every receipt', async () => {
    const first = await spawnLedger(env);
    running.push(first);
    const sent = receipt();
    expect((await post(first, sent)).status).toBe(204);
    for (const launch of [undefined, inOwnPidNamespace]) {
      const second = spawnLedger(env, launch);
      await expect(second).rejects.toThrow(`consentry-ledger: DATA_DIR: ${env.DATA_DIR} is in use by another process; the embedded database serves one process (set DATABASE_URL to share PostgreSQL)`);
    }
    const verify = await runCli(['verify'], env);
    expect(verify.stderr).toContain('is in use by another process');
    expect(verify.code).toBe(1);
    expect((await post(first, receipt())).status).toBe(204);
    expect((await exportJson(first, `&id=${sent.record.id}`)).length).toBe(1);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await storage.drop();
  });

  it('lets a ledger in another PID namespace hold the folder against this one', async () => {
    const first = await spawnLedger(env, inOwnPidNamespace);
    running.push(first);
    await expect(spawnLedger(env)).rejects.toThrow('is in use by another process');
    // unshare ignores SIGTERM while it waits; killing it kills the ledger (--kill-child).
    first.child.kill('SIGKILL');
    await first.exited;
    await storage.drop();
  });

  it('restarts within seconds after its holder was killed with -9, even before anyone reaps it', async () => {
    // `exec sleep` makes the ledger the child of a process that never waits for it: once
    // killed, it stays a zombie, as under a container PID 1 that does not reap.
    const first = await spawnLedger(env, (node, cli) => ['sh', ['-c', `"${node}" "${cli}" & exec sleep 600`]]);
    running.push(first);
    leftovers.push(() => first.child.kill('SIGKILL'));
    const sent = receipt();
    expect((await post(first, sent)).status).toBe(204);
    const pid = Number((await readFile(join(env.DATA_DIR!, 'ledger.lock'), 'utf8')).trim());
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGKILL');
    await expect.poll(async () => (await readFile(`/proc/${pid}/stat`, 'utf8')).split(' ')[2], { timeout: 5000 }).toBe('Z');
    const started = Date.now();
    const second = await spawnLedger(env);
    running.push(second);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await exportJson(second, `&id=${sent.record.id}`)).length).toBe(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await storage.drop();
  });
});
