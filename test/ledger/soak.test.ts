// A bounded soak of real ledger processes (SPEC §9 all at once): receipts, replays, subject
// reads, erasures, junk requests and idle sockets together, and on PostgreSQL two processes
// whose database backends are terminated twice. It ends with every receipt answered 2xx
// stored exactly once (erased ones gone), `verify` whole, no process exited, and memory
// bounded. LEDGER_SOAK_SECONDS sets its length (docs/ledger.md quotes a 2-minute run).
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { admin, ENGINES, exportJson, freshStorage, post, receipt, terminateBackends, type Engine, type Receipt } from './harness';
import { envOf, rawRequest, residentMb, runCli, spawnLedger, type LedgerProcess } from './processes';

const SECONDS = Number(process.env.LEDGER_SOAK_SECONDS ?? 20);
/** Resident memory a ledger process may reach: PGlite's WebAssembly heap, or the HTTP side alone. */
const MAX_RSS_MB: Record<Engine, number> = { embedded: 900, postgresql: 250 };
const SITES = ['https://a.example', 'https://b.example', 'https://c.example'];
const JUNK = [
  'GET http://x:99999/health HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST http://[::1/records HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
  'GET /subjects/%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n',
  '\u0000\u0001\u0002 garbage\r\n\r\n',
  'POST /records HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\n{"v":',
  'DELETE /subjects/3b241101-e2bb-4255-8caf-4136c566a962 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n\r\n',
];

const running: LedgerProcess[] = [];
afterAll(() => {
  for (const ledger of running) if (ledger.child.exitCode === null) ledger.child.kill('SIGKILL');
});

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(ENGINES)('a bounded soak (%s)', (engine: Engine) => {
  it(`keeps every answered receipt once, verifies whole, never exits and stays bounded over ${SECONDS} s`, async () => {
    const storage = await freshStorage(engine);
    const env = envOf(storage.options);
    const ledgers = await Promise.all(Array.from({ length: engine === 'postgresql' ? 2 : 1 }, () => spawnLedger(env)));
    running.push(...ledgers);
    // A 503 is the answer while PostgreSQL's backends are being replaced; nothing else may fail.
    const transient = engine === 'postgresql' ? [503] : [];
    const deadline = Date.now() + SECONDS * 1000;
    const unexpected: string[] = [];
    const expectStatus = (what: string, status: number, allowed: number[]) => {
      if (status === 503) sent.unavailable++;
      if (!allowed.includes(status) && !transient.includes(status)) unexpected.push(`${what}: ${status}`);
    };

    /** Receipts answered 2xx that are never erased, replayed as browsers retry. */
    const kept: Receipt[] = [];
    /** Receipts answered 2xx that erasures take from. */
    const erasable: Receipt[] = [];
    const erased = new Set<string>();
    /** Answered 503: the write may or may not have committed before the connection went. */
    const uncertain = new Set<string>();
    let posted = 0;
    /** What was sent besides fresh receipts, for the closing line. */
    const sent = { replays: 0, reads: 0, junk: 0, idle: 0, unavailable: 0 };
    let maxRss = 0;
    const idleLifetimes: number[] = [];
    const idleOpen = new Set<Promise<void>>();

    const loop = (every: number, work: () => Promise<void>) =>
      (async () => {
        while (Date.now() < deadline) {
          await work();
          if (every) await pause(every);
        }
      })();
    const poster = () =>
      loop(0, async () => {
        const sent = receipt(1 + (posted % 2000), crypto.randomUUID(), SITES[posted % SITES.length]);
        posted++;
        const res = await post(pick(ledgers), sent);
        expectStatus('POST /records', res.status, [204]);
        if (res.status === 204) (posted % 2 ? kept : erasable).push(sent);
        else uncertain.add(sent.record.id);
      });
    const workers = [
      poster(),
      poster(),
      poster(),
      loop(20, async () => {
        if (!kept.length) return;
        const res = await post(pick(ledgers), pick(kept));
        sent.replays++;
        expectStatus('a replayed receipt', res.status, [204]);
      }),
      loop(50, async () => {
        if (!kept.length) return;
        const res = await fetch(`${pick(ledgers).url}/subjects/${pick(kept).record.id}`);
        sent.reads++;
        expectStatus('GET /subjects/:consentId', res.status, [200]);
        await res.arrayBuffer();
      }),
      loop(500, async () => {
        const victim = erasable.shift();
        if (!victim) return;
        const res = await admin(pick(ledgers), `/subjects/${victim.record.id}`, { method: 'DELETE' });
        expectStatus('DELETE /subjects/:consentId', res.status, [200]);
        if (res.status === 200) erased.add(victim.record.id);
        else uncertain.add(victim.record.id);
      }),
      loop(30, async () => {
        const answer = await rawRequest(pick(ledgers).port, pick(JUNK), { timeoutMs: 12_000 });
        sent.junk++;
        if (answer.status !== null && (answer.status < 400 || answer.status >= 500)) unexpected.push(`junk: ${answer.status}`);
      }),
      loop(2000, async () => {
        for (let i = 0; i < 3; i++) {
          const opened = Date.now();
          sent.idle++;
          const socket = connect(pick(ledgers).port, '127.0.0.1');
          socket.on('error', () => undefined);
          // Closed by the ledger: its end of the connection arrives (read, so that it can).
          const closed = new Promise<void>((resolve) => socket.resume().once('end', () => (idleLifetimes.push(Date.now() - opened), resolve())));
          idleOpen.add(closed);
          void closed.then(() => idleOpen.delete(closed));
        }
      }),
      loop(1000, async () => {
        for (const ledger of ledgers) maxRss = Math.max(maxRss, await residentMb(ledger.child.pid!));
      }),
    ];
    if (engine === 'postgresql') {
      const database = new URL(env.DATABASE_URL!).pathname.slice(1);
      workers.push(
        (async () => {
          for (const at of [1 / 3, 2 / 3]) {
            await pause(Math.max(0, deadline - (1 - at) * SECONDS * 1000 - Date.now()));
            expect(await terminateBackends(storage.options.databaseUrl!.replace(/\/[^/]+$/, '/postgres'), database)).toBeGreaterThan(0);
          }
        })(),
      );
    }
    await Promise.all(workers);
    await Promise.race([Promise.all(idleOpen), pause(16_000)]);

    expect(unexpected).toEqual([]);
    expect(ledgers.map((ledger) => ledger.child.exitCode)).toEqual(ledgers.map(() => null));
    expect(idleOpen.size).toBe(0);
    expect(Math.max(...idleLifetimes)).toBeLessThanOrEqual(15_000);
    expect(maxRss).toBeLessThan(MAX_RSS_MB[engine]);
    expect(erased.size).toBeGreaterThan(0);

    const ids = (await exportJson(ledgers[0]!)).map((entry) => entry.receipt.record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = [...kept, ...erasable].map((sent) => sent.record.id);
    const stored = new Set(ids);
    expect(expected.filter((id) => !stored.has(id))).toEqual([]);
    const answered = new Set(expected);
    expect(ids.filter((id) => !answered.has(id) && !uncertain.has(id))).toEqual([]);
    expect(ids.filter((id) => erased.has(id))).toEqual([]);

    for (const ledger of ledgers) ledger.child.kill('SIGTERM');
    expect(await Promise.all(ledgers.map((ledger) => ledger.exited))).toEqual(ledgers.map(() => 0));
    const verdict = await runCli(['verify'], env);
    expect(verdict.stderr).toBe('');
    expect(verdict.code).toBe(0);
    console.log(
      `soak (${engine}, ${SECONDS} s, ${ledgers.length} process${ledgers.length > 1 ? 'es' : ''}): ${posted} receipts posted, ${expected.length} answered 204 and stored once, ` +
        `${erased.size} erased, ${sent.replays} replays, ${sent.reads} subject reads, ${sent.junk} junk requests, ${sent.idle} idle sockets (longest ${Math.max(...idleLifetimes)} ms), ` +
        `${sent.unavailable} answers 503, max resident memory ${Math.round(maxRss)} MB`,
    );
    await storage.drop();
  }, (SECONDS + 90) * 1000);
});
