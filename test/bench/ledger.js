// `npm run bench:ledger`: requests per second and p50/p99 latency of `POST /records` and of
// `POST /events` on the embedded database and on PostgreSQL (a throwaway cluster), at 1, 10
// and 100 concurrent clients over loopback; then a year of insights counters for one site
// (10 languages, 20 regions, 3 devices, 4 revisions, every counter present every day) and
// the time `/insights.json` takes to answer for that year, by each breakdown, and the
// dashboard page. Each run is bounded in time and stops by itself. The ledger runs as
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
import { seedYear, timeInsights } from './insights-year.js';

const CLIENTS = [1, 10, 100];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const WARMUP_MS = 500;
const ROOT = new URL('../../', import.meta.url).pathname;
const TOKEN = 'bench-'.padEnd(40, 'x');
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'sv', 'ja'];
const progress = (text) => process.stderr.write(`bench:ledger: ${text}\n`);

/** Starts `consentry-ledger` as a child process; resolves with its URL and a stop function. */
function startLedger(env) {
  const child = spawn(process.execPath, [join(ROOT, 'server/cli.js')], {
    env: { PATH: process.env.PATH, PORT: '0', LEDGER_RATE_LIMIT: 'off', LEDGER_POOL_SIZE: '20', LEDGER_TOKEN: TOKEN, ...env },
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

/** A banner event as the banner sends it (every post adds to counters: a real write). */
function eventBody(site, n) {
  const kind = ['shown', 'shown', 'preferences', 'choice'][n % 4];
  const method = ['accept-all', 'reject-all', 'custom'][n % 3];
  return JSON.stringify({
    v: 1,
    event: kind,
    url: `${site}/pricing`,
    revision: 1,
    language: LANGUAGES[n % LANGUAGES.length],
    mode: 'opt-in',
    gpc: n % 10 === 0,
    device: ['desktop', 'mobile', 'tablet'][n % 3],
    ...(kind === 'choice' ? { method, categories: { analytical: method !== 'reject-all', functional: method === 'accept-all', other: method === 'accept-all' } } : {}),
  });
}

/** One POST on a kept-alive connection; resolves with its status. */
function post(url, agent, text, path = '/records') {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method: 'POST', agent, headers: { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text) } }, (res) => {
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
async function run(url, clients, path = '/records') {
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
        const site = sites[(client + n) % sites.length];
        const status = await post(url, agents[Math.floor(client / 25)], path === '/records' ? body(site) : eventBody(site, client + n), path).catch(() => 0);
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

const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, loadBefore: loadavg()[0].toFixed(1), seconds: SECONDS, engines: {}, year: {} };
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
    for (const path of ['/records', '/events']) {
      for (const clients of CLIENTS) {
        progress(`${name}: POST ${path}, ${clients} client(s) for ${SECONDS} s`);
        results.engines[name].push({ path, ...(await run(ledger.url, clients, path)) });
      }
    }
    await ledger.stop();
  }
  // A year of counters, in a database of its own per engine, seeded before the ledger starts
  // (the embedded folder takes one process at a time).
  const yearTargets = [
    ['embedded (PGlite)', { DATA_DIR: mkdtempSync(join(tmpdir(), 'consentry-bench-year-')) }],
    ['PostgreSQL (fsync on)', { DATABASE_URL: await cluster.createDatabase('year') }],
  ];
  for (const [name, env] of yearTargets) {
    progress(`${name}: seeding a year of counters`);
    const rows = await seedYear(env);
    const ledger = await startLedger(env);
    progress(`${name}: timing /insights.json for the year`);
    results.year[name] = { rows, ...(await timeInsights(ledger.url, TOKEN)) };
    await ledger.stop();
    if (env.DATA_DIR) rmSync(env.DATA_DIR, { recursive: true, force: true });
  }
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

mkdirSync(join(ROOT, 'build'), { recursive: true });
writeFileSync(join(ROOT, 'build/bench-ledger.json'), JSON.stringify(results, null, 2));
console.log(`Ledger benchmark, ${results.date.slice(0, 10)} (Node ${results.node}, ${results.cpus} CPUs, load ${results.loadBefore} at start; ${SECONDS} s per row, fresh receipts and events, keep-alive loopback)\n`);
console.log('| storage | request | clients | per second | p50 ms | p99 ms | failed |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, rows] of Object.entries(results.engines)) {
  for (const row of rows) console.log(`| ${name} | POST ${row.path} | ${row.clients} | ${row.perSecond} | ${row.p50} | ${row.p99} | ${row.failures} |`);
}
console.log(`\nA year of counters for one site (median of 3 answers, ms):\n`);
const kinds = Object.keys(Object.values(results.year)[0]?.ms ?? {});
console.log(`| storage | counters | ${kinds.join(' | ')} |`);
console.log(`| --- | ---: | ${kinds.map(() => '---:').join(' | ')} |`);
for (const [name, year] of Object.entries(results.year)) console.log(`| ${name} | ${year.rows} | ${kinds.map((kind) => year.ms[kind]).join(' | ')} |`);
