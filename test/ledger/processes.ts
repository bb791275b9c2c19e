// Ledgers as real processes (`node cli.js` of the installed package, global-setup.ts), for
// the tests that attack them, kill them or run two; and raw sockets, for requests no HTTP
// client would send.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { inject } from 'vitest';
import { TOKEN } from './harness';

export const CLI = join(inject('ledgerPackage'), 'cli.js');

export interface LedgerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended (null when killed by a signal). */
  exited: Promise<number | null>;
  /** What it wrote so far. */
  stdout: () => string;
  stderr: () => string;
}

/** How to run the CLI: plain `node cli.js` unless a test wraps it (unshare, sh). */
export type Launch = (node: string, cli: string) => [string, string[]];
const plain: Launch = (node, cli) => [node, [cli]];

/** The environment of a test ledger: a free port, the test token, no rate limit. */
const ledgerEnv = (env: Record<string, string>) => ({ PATH: process.env.PATH ?? '', PORT: '0', LEDGER_TOKEN: TOKEN, LEDGER_RATE_LIMIT: 'off', ...env });

/** Starts `consentry-ledger` and resolves once its "listening" log line names its URL. */
export function spawnLedger(env: Record<string, string>, launch: Launch = plain): Promise<LedgerProcess> {
  const [command, args] = launch(process.execPath, CLI);
  const child = spawn(command, args, { env: ledgerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      const before = out;
      out += chunk;
      if (before.includes('"msg":"listening"')) return;
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (!line) return;
      const url = (JSON.parse(line) as { url: string }).url;
      resolve({ url, port: Number(new URL(url).port), child, exited, stdout: () => out, stderr: () => err });
    });
    void exited.then((code) => reject(new Error(`the ledger exited (${code}) before listening:\n${out}\n${err}`)));
  });
}

/** Runs a `consentry-ledger` command to its end. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: ledgerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The environment that points a ledger process at a test's storage. */
export const envOf = (options: { dataDir?: string; databaseUrl?: string }): Record<string, string> =>
  options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATA_DIR: options.dataDir! };

export interface RawAnswer {
  /** The status of the first answer, or null when the connection closed without one. */
  status: number | null;
  head: string;
  /** Milliseconds from connecting to the answer or the close. */
  ms: number;
}

/**
 * Sends bytes as they are on a fresh connection and resolves with the first answer's head
 * (or null if the server closed without answering, or nothing came within `timeoutMs`).
 */
export function rawRequest(port: number, bytes: string | Buffer, { localAddress, timeoutMs = 5000 }: { localAddress?: string; timeoutMs?: number } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    let received = '';
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const head = received.split('\r\n\r\n')[0] ?? '';
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      resolve({ status: status ? Number(status) : null, head, ms: Date.now() - started });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) finish();
    });
    socket.on('error', () => undefined);
    socket.on('close', finish);
  });
}

/** Resident memory of a process in MB, from /proc (Linux). */
export async function residentMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? NaN) / 1024;
}
