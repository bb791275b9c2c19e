// consentry-ledger as npm would publish it (issue 23): the tarball installed by the container
// recipe of docs/ledger.md, outside Docker, into a folder outside the repository
// (global-setup.ts); the whole ledger suite runs against that install. Here: what the
// install holds, the recipe's CMD and HEALTHCHECK as `docker run` would use them, and the one
// command an operator types, `npx consentry-ledger`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readRecipe, recipeEnv, type Recipe } from '../helpers/container-recipe';
import { cleanEnv, installedPackages, pack, ROOT, run } from '../helpers/packages';
import { CLI } from './processes';
import { post, receipt, TOKEN } from './harness';

const folder = inject('ledgerFolder');
const packageDir = inject('ledgerPackage');
let recipe: Recipe;
let scratch: string;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  recipe = await readRecipe();
  scratch = await mkdtemp(join(tmpdir(), 'consentry-ledger-package-'));
});
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A free port on loopback (the recipe's HEALTHCHECK reads PORT, so it cannot be 0). */
const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Starts a ledger command in the install's folder; resolves with its URL once it logs "listening", or with its exit and output. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  let out = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => (running.delete(child), done(code))));
  const listening = new Promise<{ url: string } | { code: number | null; output: string }>((done) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((text) => text.includes('"msg":"listening"'));
      if (line) done({ url: (JSON.parse(line) as { url: string }).url });
    });
    child.stderr!.on('data', (chunk) => (out += chunk));
    void exited.then((code) => done({ code, output: out }));
  });
  // The whole process group: `npx` runs the ledger as a child of npm.
  return { child, listening, exited, stop: (signal: NodeJS.Signals = 'SIGTERM') => process.kill(-child.pid!, signal) };
}

describe('the ledger installed from its tarball by the container recipe', () => {
  it('is what the whole suite runs against: the imports of server/ and the command resolve into the install, outside the repository', async () => {
    expect(relative(ROOT, packageDir).startsWith('..')).toBe(true);
    expect(CLI).toBe(join(packageDir, 'cli.js'));
    const installed = await import('../../server/ops/log.js');
    const source = (await import(/* @vite-ignore */ resolve(ROOT, 'server/ops/log.js'))) as typeof installed;
    expect(installed.createLogger.toString()).toBe(source.createLogger.toString());
    expect(installed.createLogger).not.toBe(source.createLogger);
  });

  it('holds its own dependencies and nothing of the SDK or the scanner', async () => {
    const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const installed = await installedPackages(folder);
    expect(installed).toEqual(expect.arrayContaining(['consentry-ledger', ...Object.keys(pkg.dependencies)]));
    expect(installed.filter((name) => ['consentry', 'consentry-scan', 'preact', 'js-cookie', 'playwright-core'].includes(name))).toEqual([]);
  });

  it('ships its JavaScript, the dashboard’s stylesheet and icon, its README and licence, and nothing else', async () => {
    const shipped = (await readdir(packageDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(packageDir, join(entry.parentPath, entry.name)))
      .filter((path) => !path.startsWith('node_modules/'));
    expect(shipped).toEqual(expect.arrayContaining(['cli.js', 'ledger-server.js', 'store/embedded.js', 'insights/assets/dashboard.css', 'insights/assets/favicon.svg', 'LICENSE', 'README.md', 'package.json']));
    expect(shipped.filter((path) => !/\.js$|^(LICENSE|README\.md|package\.json|insights\/assets\/[\w-]+\.(css|svg))$/.test(path))).toEqual([]);
    expect(await readFile(join(packageDir, 'LICENSE'), 'utf8')).toBe(await readFile(join(ROOT, 'LICENSE'), 'utf8'));
  });

  it('passes publint, suggestions included', async () => {
    const { tarball } = await pack('consentry-ledger', scratch);
    const { messages, pkg } = await publint({ pack: { tarball: (await readFile(tarball)).buffer as ArrayBuffer }, level: 'suggestion' });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it("starts as the recipe's CMD with its ENV and a LEDGER_TOKEN, passes its HEALTHCHECK, stores a receipt and stops on SIGTERM", async () => {
    expect(recipe.from).toMatch(/^node:20\b/);
    const env = recipeEnv(recipe, folder, { PORT: String(await freePort()), LEDGER_TOKEN: TOKEN });
    expect(env).toMatchObject({ HOST: '0.0.0.0', DATA_DIR: join(folder, 'data') });
    const [command, ...args] = recipe.cmd;
    const ledger = start(join(folder, command!), args, env);
    const started = await ledger.listening;
    expect(started).toHaveProperty('url');
    const url = `http://127.0.0.1:${env.PORT}`;
    expect(await run('sh', ['-c', recipe.healthcheck], { cwd: folder, env })).toMatchObject({ code: 0 });
    expect((await post({ url }, receipt())).status).toBe(204);
    ledger.stop();
    expect(await ledger.exited).toBe(0);
  });

  it('refuses to listen on 0.0.0.0, as the recipe sets it, without LEDGER_TOKEN', async () => {
    const [command, ...args] = recipe.cmd;
    const ledger = start(join(folder, command!), args, recipeEnv(recipe, folder, { PORT: '0', DATA_DIR: join(scratch, 'no-token') }));
    const ended = (await ledger.listening) as { code: number | null; output: string };
    expect(ended.code).not.toBe(0);
    expect(ended.output).toContain('consentry-ledger: HOST: refusing to listen on 0.0.0.0 without LEDGER_TOKEN');
  });

  it('starts with one command in that folder, npx consentry-ledger, and its chain verifies', async () => {
    const env = cleanEnv({ PORT: '0', DATA_DIR: join(scratch, 'npx') });
    const ledger = start('npx', ['consentry-ledger'], env);
    const started = (await ledger.listening) as { url: string };
    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(started.url + '/health')).status).toBe(200);
    expect((await post(started, receipt())).status).toBe(204);
    ledger.stop();
    await ledger.exited;
    const verified = await run('npx', ['consentry-ledger', 'verify'], { cwd: folder, env });
    expect(verified).toMatchObject({ code: 0, stdout: expect.stringContaining('all whole') });
  });
});
