// The SDK as npm would publish it: `npm pack` into a temporary folder, installed into a fresh
// app outside the repository (`npm install <tarball>`, its dependencies from the registry or
// npm's cache), then checked from outside: what the install adds (issue 23), publint,
// @arethetypeswrong/cli, imports in Node, and the `consentry` command as a site developer runs it.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshApp, install, installedPackages, pack, ROOT, run, type Packed } from '../helpers/packages';

let app: string;
let sdk: Packed;
let files: string[];

beforeAll(async () => {
  app = await freshApp('consentry-app');
  sdk = await pack('consentry', app);
  files = sdk.files;
  await install(app, [sdk.tarball]);
}, 120_000);
afterAll(() => (app ? rm(app, { recursive: true, force: true }) : undefined));

/** What a site developer types in their app's folder. */
const npx = (args: string[]) => run('npx', args, { cwd: app });

/** The browser files: the script-tag builds and the npm entries an app bundles. */
const isBrowserScript = (file: string) => /^dist\/.+\.m?js$/.test(file) && !['dist/cli.mjs', 'dist/server.mjs'].includes(file);

describe('the packed package', () => {
  it('adds exactly consentry, preact and js-cookie to a fresh app', async () => {
    expect(await installedPackages(app)).toEqual(['consentry', 'js-cookie', 'preact']);
  });

  it('depends on preact and js-cookie only, with react and vue as optional peers', async () => {
    const pkg = JSON.parse(await readFile(join(app, 'node_modules/consentry/package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['js-cookie', 'preact']);
    expect(pkg.peerDependencies).toEqual({ react: '>=18', vue: '>=3.3' });
    expect(pkg.peerDependenciesMeta).toEqual({ react: { optional: true }, vue: { optional: true } });
  });

  it('ships the licence, the README and dist/ only, with a source map beside every browser script and none beside the Node files', () => {
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.mjs', 'dist/react.mjs', 'dist/vue.mjs', 'dist/consentry.js', 'dist/consentry.schema.json']));
    expect(files.filter((file) => !/^(LICENSE|README\.md|package\.json|dist\/.+)$/.test(file))).toEqual([]);
    const scripts = files.filter(isBrowserScript);
    expect(scripts.length).toBeGreaterThan(100);
    expect(scripts.filter((file) => !files.includes(file + '.map'))).toEqual([]);
    // The command and consentry/server run in Node: their maps would only weigh on every install.
    expect(files.filter((file) => file.endsWith('.map') && !isBrowserScript(file.slice(0, -4)))).toEqual([]);
    // The scanner and its cookie table are consentry-scan's, the ledger consentry-ledger's.
    expect(files.filter((file) => /open-cookie-database|^server\//.test(file))).toEqual([]);
  });

  it('names its one command, a file it ships, in package.json written once per key', async () => {
    const text = await readFile(join(ROOT, 'package.json'), 'utf8');
    // JSON.parse keeps the last of two equal keys: a second "bin" would silently drop the first.
    const keys = [...text.matchAll(/^  "([^"]+)":/gm)].map((match) => match[1]);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    const { bin } = JSON.parse(text) as { bin: Record<string, string> };
    expect(bin).toEqual({ consentry: './dist/cli.mjs' });
    expect(files).toContain('dist/cli.mjs');
  });

  it('shares one version with consentry-ledger and consentry-scan: the three are released together', async () => {
    const versions = await Promise.all(['package.json', 'server/package.json', 'scanner/package.json'].map(async (path) => JSON.parse(await readFile(join(ROOT, path), 'utf8')).version as string));
    expect(versions).toEqual([sdk.version, sdk.version, sdk.version]);
  });

  it("keeps 'use client' as the first statement of the React adapter (Next.js App Router)", async () => {
    const react = await readFile(join(app, 'node_modules/consentry/dist/react.mjs'), 'utf8');
    expect(react.replace(/^\/\*[\s\S]*?\*\/\s*/, '')).toMatch(/^'use client';\n/);
  });

  it('names its licence holder and where it lives', async () => {
    const licence = await readFile(join(app, 'node_modules/consentry/LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Consentry contributors\n/);
    const pkg = JSON.parse(await readFile(join(app, 'node_modules/consentry/package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      license: 'MIT',
      repository: { url: 'git+https://github.com/consentry/consentry.git' },
      homepage: 'https://github.com/consentry/consentry#readme',
      bugs: { url: 'https://github.com/consentry/consentry/issues' },
    });
    expect(pkg.keywords).toEqual(expect.arrayContaining(['cookie', 'consent', 'gdpr']));
  });

  it('passes publint, suggestions included', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: (await readFile(sdk.tarball)).buffer as ArrayBuffer }, level: 'suggestion' });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('passes attw with the ESM-only profile, a language module included', async () => {
    const result = await run('npx', ['attw', sdk.tarball, '--profile', 'esm-only', '--include-entrypoints', './i18n/de', '--format', 'json'], { cwd: ROOT });
    const { problems } = JSON.parse(result.stdout) as { problems: Record<string, { entrypoint: string; resolutionKind?: string }[]> };
    // What the ESM-only profile checks: Node's ESM resolution and bundlers.
    const counted = Object.values(problems)
      .flat()
      .filter((problem) => !problem.resolutionKind || problem.resolutionKind === 'node16-esm' || problem.resolutionKind === 'bundler');
    expect(counted).toEqual([]);
    expect(result.code).toBe(0);
  }, 30_000);

  it('exports consentry/server with its types, and it runs in Node from the package', async () => {
    const pkg = JSON.parse(await readFile(join(app, 'node_modules/consentry/package.json'), 'utf8'));
    expect(pkg.exports['./server']).toEqual({ types: './dist/server.d.ts', default: './dist/server.mjs' });
    expect(files).toEqual(expect.arrayContaining(['dist/server.mjs', 'dist/server.d.ts']));
    const script = `import { consentCookie, gpcFromHeaders, readConsent, regionFromHeaders } from 'consentry/server';
      console.log(JSON.stringify([readConsent('consentry=x'), gpcFromHeaders({ 'sec-gpc': '1' }), regionFromHeaders(new Headers({ 'CF-IPCountry': 'DE' })), consentCookie(null)]));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
    expect(JSON.parse(stdout)).toEqual([null, true, 'DE', null]);
  });

  it('imports in Node, from ESM and (Node >= 20.19, require(esm)) from CommonJS, without touching a browser', async () => {
    const esm = `import { createConsentry } from 'consentry'; import { texts } from 'consentry/i18n/de';
      const cmp = createConsentry(); console.log(typeof cmp.get, cmp.get(), texts.acceptAll);`;
    const cjs = `const { createConsentry } = require('consentry'); console.log(typeof createConsentry);`;
    const [fromEsm, fromCjs] = await Promise.all([
      run(process.execPath, ['--input-type=module', '-e', esm], { cwd: app }),
      run(process.execPath, ['--no-warnings', '-e', cjs], { cwd: app }),
    ]);
    expect(fromEsm.stdout.trim()).toBe('function null Alle akzeptieren');
    expect(fromCjs.stdout.trim()).toBe('function');
  });
});

describe('the consentry command in an app that installed the SDK', () => {
  it('checks a config with no browser and no scanner installed: npx consentry check', async () => {
    await writeFile(join(app, 'good.json'), JSON.stringify({ services: { ga: 'google-analytics' }, policyUrl: '/privacy' }));
    await writeFile(join(app, 'bad.json'), JSON.stringify({ mode: 'optin' }));
    expect(await npx(['consentry', 'check', 'good.json'])).toMatchObject({ code: 0, stdout: 'good.json: valid\n' });
    const bad = await npx(['consentry', 'check', 'bad.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('error: consentry: config.mode: expected one of "opt-in", "opt-out", "notice", got "optin" (did you mean "opt-in"?)');
  });

  it('names the one command that runs the scanner when consentry-scan is not installed beside it', async () => {
    const scan = await npx(['consentry', 'scan', 'https://shop.example/', '--html', 'my report.html']);
    expect(scan.code).toBe(2);
    expect(scan.stdout).toBe('');
    expect(scan.stderr).toContain("npx consentry-scan https://shop.example/ --html 'my report.html'");
  });
});
