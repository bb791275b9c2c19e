// What each package weighs as npm publishes it (issue 23): `npm pack --dry-run` of the SDK and
// both workspaces, which builds every tarball in memory and writes nothing. The tarball is what
// an install downloads; unpacked is what it leaves in node_modules.
import { execFileSync } from 'node:child_process';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Each package's sizes in bytes and its number of files, the SDK first. Needs `npm run build`
 * first: the tarballs hold the built files.
 * @returns {{ name: string, tarball: number, unpacked: number, files: number }[]}
 */
export function packageSizes() {
  // Without npm's own npm_* variables, which under `npm run` carry the calling project's settings.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--workspaces', '--include-workspace-root'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(json).map((/** @type {{ name: string, size: number, unpackedSize: number, entryCount: number }} */ entry) => ({ name: entry.name, tarball: entry.size, unpacked: entry.unpackedSize, files: entry.entryCount }));
}

/**
 * The budget keys of size-budgets.json for one package.
 * @param {string} name
 */
export const budgetKeys = (name) => ({ tarball: `package ${name}: tarball`, unpacked: `package ${name}: unpacked` });
