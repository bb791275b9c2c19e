// `npm run bench:ledger`: receipts per second and p50/p99 latency of `POST /records` on the
// embedded database and on PostgreSQL (a throwaway cluster), at 1, 10 and 100 concurrent
// clients over loopback. Each run is bounded in time and stops by itself. The ledger runs as
// its own process, as in production (logs on, rate limit off), so the load generator does
// not share its event loop. The report, in markdown, goes to stdout; raw figures to
// build/bench-ledger.json; progress to stderr.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../ledger/postgres-cluster.js';

const CLIENTS = [1, 10, 100];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const WARMUP_MS = 500;
const ROOT = new URL('../../', import.meta.url).pathname;
const progress = (text) => process.stderr.write(`bench:ledger: ${text}\n`);

/** Starts `consentry-ledger` as a child process; resolves with its URL and a stop function. */
function startLedger(env) {
  const child = spawn(process.execPath, [join(ROOT, 'server/cli.js')], {
    env: { PATH: process.env.PATH, PORT: '0', LEDGER_RATE_LIMIT: 'off', LEDGER_POOL_SIZE: '20', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (!line) return;
      child.stdout.off('data', onData);
      // Keep reading its logs, or the pipe fills and the ledger stalls.
      child.stdout.resume();
      resolve({
        url: JSON.parse(line).url,
        stop: () => new Promise((done) => (child.once('exit', done), child.kill('SIGTERM'))),
      });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the ledger exited (${code}) before listening`)));
  });
}

/** A fresh, valid receipt (the ledger stores each once, so every post is a real write). */
function body(site) {
  const at = new Date(Date.now() - 60_000).toISOString();
  return JSON.stringify({
    v: 1,
    record: {
      id: randomUUID(),
      revision: 1,
      givenAt: at,
      updatedAt: at,
      expiresAt: new Date(Date.now() + 180 * 86_400_000).toISOString(),
      method: 'custom',
      categories: { necessary: true, analytical: true, functional: false, other: false },
      services: { youtube: true },
      gpc: false,
    },
    url: `${site}/pricing`,
    language: 'en',
    shown: 'bench1',
    revision: 1,
  });
}

/** One POST on a kept-alive connection; resolves with its status. */
function post(url, agent, text) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/records`, { method: 'POST', agent, headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(text);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * `clients` loops posting for SECONDS after a warm-up; latencies of the measured part only.
 * Every 25 clients come from their own loopback address (127.0.0.10, .11, …): the ledger
 * gives one address at most 64 connections, as it would 100 visitors on the web.
 */
async function run(url, clients) {
  const agents = Array.from({ length: Math.ceil(clients / 25) }, (_, i) => new Agent({ keepAlive: true, maxSockets: 25, localAddress: `127.0.0.${10 + i}` }));
  const sites = ['https://a.example', 'https://b.example', 'https://c.example', 'https://d.example'];
  const latencies = [];
  let failures = 0;
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; performance.now() < end; n++) {
        const sent = performance.now();
        const status = await post(url, agents[Math.floor(client / 25)], body(sites[(client + n) % sites.length])).catch(() => 0);
        const done = performance.now();
        if (status !== 204) failures++;
        else if (sent >= measureFrom && done <= end) latencies.push(done - sent);
      }
    }),
  );
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    clients,
    receipts: latencies.length,
    perSecond: Math.round(latencies.length / SECONDS),
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    failures,
  };
}

const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadBefore: loadavg()[0].toFixed(1), seconds: SECONDS, engines: {} };
const dataDir = mkdtempSync(join(tmpdir(), 'consentry-bench-ledger-'));
const cluster = await startCluster({ fsync: true });
try {
  const targets = [
    ['embedded (PGlite)', { DATA_DIR: dataDir }],
    ['PostgreSQL (fsync on)', { DATABASE_URL: await cluster.createDatabase('bench') }],
  ];
  for (const [name, env] of targets) {
    progress(`starting the ledger on ${name}`);
    const ledger = await startLedger(env);
    results.engines[name] = [];
    for (const clients of CLIENTS) {
      progress(`${name}: ${clients} client(s) for ${SECONDS} s`);
      results.engines[name].push(await run(ledger.url, clients));
    }
    await ledger.stop();
  }
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

mkdirSync(join(ROOT, 'build'), { recursive: true });
writeFileSync(join(ROOT, 'build/bench-ledger.json'), JSON.stringify(results, null, 2));
console.log(`Ledger benchmark, ${results.date.slice(0, 10)} (Node ${results.node}, ${results.cpus} CPUs, load ${results.loadBefore} at start; ${SECONDS} s per row, fresh receipts, keep-alive loopback)\n`);
console.log('| storage | clients | receipts/s | p50 ms | p99 ms | failed |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, rows] of Object.entries(results.engines)) {
  for (const row of rows) console.log(`| ${name} | ${row.clients} | ${row.perSecond} | ${row.p50} | ${row.p99} | ${row.failures} |`);
}
