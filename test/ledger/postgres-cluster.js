// @ts-check
/**
 * A throwaway PostgreSQL cluster for the ledger's tests and benchmark: `initdb` in a temp
 * folder, `postgres` on a free loopback port with its socket in that folder, removed on
 * `stop`. PostgreSQL refuses to run as root, so as root both run as the `postgres` user.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The folder of `initdb` and `postgres`: PG_BIN, else Debian's newest, else `pg_config`. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((version) => existsSync(join(debian, version, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL binaries not found: install Debian\'s "postgresql" package (.ci/run does) or set PG_BIN to the folder holding initdb and postgres');
  }
}

/** A port free on 127.0.0.1 now (PostgreSQL cannot be told to pick one itself). */
function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
        probe.close(() => resolve(port));
      });
    })
  );
}

/**
 * @typedef {object} Cluster
 * @property {string} url A connection string for the `postgres` database.
 * @property {(name: string) => Promise<string>} createDatabase A fresh database; its URL.
 * @property {() => Promise<void>} restart Stops it the way a crash or `pg_ctl stop -m immediate`
 *   does, then starts it again on the same port.
 * @property {() => Promise<void>} stop
 */

/**
 * @param {{ fsync?: boolean }} [options] The tests kill ledgers, never the database, so they
 *   turn fsync off for speed; the benchmark keeps it on, as production does.
 * @returns {Promise<Cluster>}
 */
export async function startCluster({ fsync = false } = {}) {
  const bin = findPostgresBin();
  const root = process.getuid?.() === 0;
  // The postgres user must reach the folder: a TMPDIR under /root would not do.
  const dir = mkdtempSync(join(root && existsSync('/tmp') ? '/tmp' : tmpdir(), 'consentry-pg-'));
  const data = join(dir, 'data');
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  /**
   * The program and the arguments that come before its own.
   * @param {string} program
   * @returns {[string, string[]]}
   */
  const command = (program) => (root ? ['runuser', ['-u', 'postgres', '--', join(bin, program)]] : [join(bin, program), []]);
  const [initdb, initdbPrefix] = command('initdb');
  execFileSync(initdb, [...initdbPrefix, '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await freePort();
  const [postgres, postgresPrefix] = command('postgres');
  let errors = '';
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  /** Starts the postmaster on the data folder and resolves once it takes connections. */
  const launch = async () => {
    const server = spawn(
      postgres,
      [...postgresPrefix, '-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', `fsync=${fsync ? 'on' : 'off'}`, '-c', 'max_connections=200'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    server.stderr?.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
    const deadline = Date.now() + 30_000;
    for (;;) {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.end();
        return server;
      } catch {
        await client.end().catch(() => undefined);
        if (server.exitCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start on port ${port}:\n${errors}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  /**
   * Signals the postmaster by its own pid (runuser in between may not pass signals on) and
   * waits for it to end. SIGINT is a "fast" shutdown, SIGQUIT an "immediate" one: no
   * checkpoint, every backend gone at once, recovery at the next start, as after a crash.
   * @param {'SIGINT' | 'SIGQUIT'} signal
   */
  const halt = async (signal) => {
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(pid, signal);
    await exited;
  };
  let server = await launch();

  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async restart() {
      await halt('SIGQUIT');
      server = await launch();
    },
    async stop() {
      await halt('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
