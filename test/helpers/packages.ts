// The packages as npm publishes them (issue 23): `npm pack` of one workspace, and a fresh
// folder outside the repository that installs tarballs the way a user does, so nothing can
// resolve from the repository's node_modules. Dependencies come from the registry, or from
// npm's cache when it has them; nothing here is mocked.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

/** The three packages and their folders: the SDK at the root, the others as npm workspaces. */
export const PACKAGES = { consentry: '.', 'consentry-ledger': 'server', 'consentry-scan': 'scanner' } as const;
export type PackageName = keyof typeof PACKAGES;

export interface Packed {
  name: string;
  version: string;
  /** Absolute path of the tarball (`npm pack` names it `<name>-<version>.tgz`). */
  tarball: string;
  /** Paths inside the package, as npm lists them. */
  files: string[];
  /** The tarball's size and the size of what it holds, in bytes. */
  size: number;
  unpackedSize: number;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment without npm's own `npm_*` variables: under `npm test` they carry the
 * repository's settings (`npm_config_local_prefix` among them), which would make an `npm
 * install` in another folder install into the repository instead.
 */
export const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD')),
  ...extra,
});

/** Runs a command to its end; never throws for a non-zero exit status. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), timeout: options.timeout ?? 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** `npm pack --json` output for one package. */
interface PackJson {
  name: string;
  version: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

const toPacked = (entry: PackJson, destination: string): Packed => ({
  name: entry.name,
  version: entry.version,
  tarball: join(destination, entry.filename),
  files: entry.files.map((file) => file.path).sort(),
  size: entry.size,
  unpackedSize: entry.unpackedSize,
});

/** `npm pack` of one package into `destination` (after `npm run build`: the tarballs hold the built files). */
export async function pack(name: PackageName, destination: string): Promise<Packed> {
  const workspace = name === 'consentry' ? [] : ['--workspace', name];
  const result = await run('npm', ['pack', '--json', '--pack-destination', destination, ...workspace], { cwd: ROOT });
  if (result.code !== 0) throw new Error(`npm pack ${name} failed: ${result.stderr}`);
  const [entry] = JSON.parse(result.stdout) as PackJson[];
  return toPacked(entry!, destination);
}

/** A new, empty app folder outside the repository, with the package.json `npm init` would leave. */
export async function freshApp(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }, null, 2) + '\n');
  return dir;
}

/** `npm install` of tarballs (or any specs) into `app`, as a user types it. */
export async function install(app: string, specs: string[]): Promise<void> {
  const result = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specs], { cwd: app });
  if (result.code !== 0) throw new Error(`npm install ${specs.join(' ')} failed: ${result.stderr}`);
}

/**
 * Every package installed in `app`, scoped ones by their full name, nested copies included
 * (a package that npm could not hoist lies in `node_modules/<dependent>/node_modules/`),
 * sorted and listed once; npm's own `.bin` and `.package-lock.json` left out.
 */
export async function installedPackages(app: string): Promise<string[]> {
  const found = new Set<string>();
  const walk = async (modules: string): Promise<void> => {
    const entries = await readdir(modules).catch(() => [] as string[]);
    for (const entry of entries.filter((name) => !name.startsWith('.'))) {
      const names = entry.startsWith('@') ? (await readdir(join(modules, entry))).map((inner) => `${entry}/${inner}`) : [entry];
      for (const name of names) {
        found.add(name);
        await walk(join(modules, name, 'node_modules'));
      }
    }
  };
  await walk(join(app, 'node_modules'));
  return [...found].sort();
}
