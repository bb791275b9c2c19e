// The package as npm would publish it: `npm pack` into a temporary directory, then checked
// from outside with publint and @arethetypeswrong/cli, and installed and imported by Node.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = process.cwd();
let dir: string;
let tarball: string;
let files: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'consentry-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(dir, packed!.filename);
  files = packed!.files.map((file) => file.path);
  // Installed as an app would have it: the package, and its dependencies beside it.
  await mkdir(join(dir, 'node_modules'));
  await run('tar', ['xzf', tarball, '-C', dir]);
  await run('mv', [join(dir, 'package'), join(dir, 'node_modules', 'consentry')]);
  for (const dependency of ['js-cookie', 'preact']) await symlink(resolve('node_modules', dependency), join(dir, 'node_modules', dependency));
}, 30_000);
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('the packed package', () => {
  it('ships the licence, the README and dist/ only, with a source map beside every script', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.mjs', 'dist/react.mjs', 'dist/vue.mjs', 'dist/consentry.js', 'dist/consentry.schema.json']));
    // server/ is the ledger (consentry-ledger), shipped as its Node source.
    expect(files.filter((file) => !/^(LICENSE|README\.md|package\.json|dist\/.+|server\/.+)$/.test(file))).toEqual([]);
    const scripts = files.filter((file) => /^dist\/.+\.m?js$/.test(file));
    expect(scripts.filter((file) => !files.includes(file + '.map'))).toEqual([]);
  });

  it('names both commands, each a file it ships, in package.json written once per key', async () => {
    const text = await readFile(join(ROOT, 'package.json'), 'utf8');
    // JSON.parse keeps the last of two equal keys: a second "bin" would silently drop the first.
    const keys = [...text.matchAll(/^  "([^"]+)":/gm)].map((match) => match[1]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    const { bin } = JSON.parse(text) as { bin: Record<string, string> };
    expect(Object.keys(bin).sort()).toEqual(['consentry', 'consentry-ledger']);
    for (const path of Object.values(bin)) expect(files).toContain(path.replace(/^\.\//, ''));
  });

  it("keeps 'use client' as the first statement of the React adapter (Next.js App Router)", async () => {
    const react = await readFile(join(dir, 'node_modules/consentry/dist/react.mjs'), 'utf8');
    expect(react.replace(/^\/\*[\s\S]*?\*\/\s*/, '')).toMatch(/^'use client';\n/);
  });

  it('names its licence holder and where it lives', async () => {
    const licence = await readFile(join(dir, 'node_modules/consentry/LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Consentry contributors\n/);
    const pkg = JSON.parse(await readFile(join(dir, 'node_modules/consentry/package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      license: 'MIT',
      repository: { url: 'git+https://github.com/consentry/consentry.git' },
      homepage: 'https://github.com/consentry/consentry#readme',
      bugs: { url: 'https://github.com/consentry/consentry/issues' },
    });
    expect(pkg.keywords).toEqual(expect.arrayContaining(['cookie', 'consent', 'gdpr']));
  });

  it('passes publint, suggestions included', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: (await readFile(tarball)).buffer as ArrayBuffer }, level: 'suggestion' });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('passes attw with the ESM-only profile, a language module included', async () => {
    const result = await run('npx', ['attw', tarball, '--profile', 'esm-only', '--include-entrypoints', './i18n/de', '--format', 'json'], { cwd: ROOT }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
    );
    const { problems } = JSON.parse(result.stdout) as { problems: Record<string, { entrypoint: string; resolutionKind?: string }[]> };
    // What the ESM-only profile checks: Node's ESM resolution and bundlers.
    const counted = Object.values(problems)
      .flat()
      .filter((problem) => !problem.resolutionKind || problem.resolutionKind === 'node16-esm' || problem.resolutionKind === 'bundler');
    expect(counted).toEqual([]);
    expect('failed' in result).toBe(false);
  }, 30_000);

  it('exports consentry/server with its types, and it runs in Node from the package', async () => {
    const pkg = JSON.parse(await readFile(join(dir, 'node_modules/consentry/package.json'), 'utf8'));
    expect(pkg.exports['./server']).toEqual({ types: './dist/server.d.ts', default: './dist/server.mjs' });
    expect(files).toEqual(expect.arrayContaining(['dist/server.mjs', 'dist/server.d.ts']));
    const script = `import { consentCookie, gpcFromHeaders, readConsent, regionFromHeaders } from 'consentry/server';
      console.log(JSON.stringify([readConsent('consentry=x'), gpcFromHeaders({ 'sec-gpc': '1' }), regionFromHeaders(new Headers({ 'CF-IPCountry': 'DE' })), consentCookie(null)]));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual([null, true, 'DE', null]);
  });

  it('imports in Node, from ESM and (Node >= 20.19, require(esm)) from CommonJS, without touching a browser', async () => {
    const esm = `import { createConsentry } from 'consentry'; import { texts } from 'consentry/i18n/de';
      const cmp = createConsentry(); console.log(typeof cmp.get, cmp.get(), texts.acceptAll);`;
    const cjs = `const { createConsentry } = require('consentry'); console.log(typeof createConsentry);`;
    const [fromEsm, fromCjs] = await Promise.all([
      run(process.execPath, ['--input-type=module', '-e', esm], { cwd: dir }),
      run(process.execPath, ['--no-warnings', '-e', cjs], { cwd: dir }),
    ]);
    expect(fromEsm.stdout.trim()).toBe("function null Alle akzeptieren");
    expect(fromCjs.stdout.trim()).toBe('function');
  });
});
