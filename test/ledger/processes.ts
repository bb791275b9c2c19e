// Ledgers as real processes (`node server/cli.js`), for the tests that kill them or run two.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TOKEN } from './harness';

const CLI = fileURLToPath(new URL('../../server/cli.js', import.meta.url));

export interface LedgerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** The environment of a test ledger: a free port, the test token, no rate limit. */
const ledgerEnv = (env: Record<string, string>) => ({ PATH: process.env.PATH ?? '', PORT: '0', LEDGER_TOKEN: TOKEN, LEDGER_RATE_LIMIT: 'off', ...env });

/** Starts `consentry-ledger` and resolves once its "listening" log line names its URL. */
export function spawnLedger(env: Record<string, string>): Promise<LedgerProcess> {
  const child = spawn(process.execPath, [CLI], { env: ledgerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, child, exited });
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
