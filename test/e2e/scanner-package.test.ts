// consentry-scan as npm would publish it (issue 23): packed, installed alone into a fresh
// folder outside the repository (playwright-core, its one dependency, from the registry or
// npm's cache), and run there with nothing else on the machine but Chromium: a real scan of a
// local site, classified by the presets and the Open Cookie Database it ships. Then the SDK's
// tarball joins it in the same folder, and `consentry scan` hands over to it.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanReport } from '../../scanner/types';
import { cleanEnv, freshApp, install, installedPackages, pack, ROOT, run, type Packed } from '../helpers/packages';
import { serveSite, serveTracker, type Served, type Tracker } from '../helpers/server';

let app: string;
let scanner: Packed;
let site: Served;
let tracker: Tracker;

/** What a privacy officer types in that folder; host names resolve to loopback, where the site and the tracker listen. */
const npx = (args: string[]) =>
  run('npx', args, { cwd: app, env: cleanEnv({ CONSENTRY_CHROMIUM_ARGS: '--host-resolver-rules=MAP * 127.0.0.1' }), timeout: 90_000 });

const page = (body: string) => `<!doctype html><html lang="en"><title>Shop</title><body>${body}</body></html>`;

beforeAll(async () => {
  tracker = await serveTracker('tracker.test');
  site = await serveSite(ROOT, {
    host: 'shop.test',
    routes: {
      // A load balancer's cookie (only the Open Cookie Database knows it), Google Analytics' cookie
      // set by a script (a preset knows it), and a pixel to a host nobody knows.
      '/': (_, res) =>
        void res
          .writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'AWSALB=abc; Path=/' })
          .end(page(`<a href="/about">About</a><script src="${tracker.url}/gtag.js?cookie=_ga"></script><img src="${tracker.url}/p.gif" alt="">`)),
      '/about': (_, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('<p>About us</p>')),
    },
  });
  app = await freshApp('consentry-scan-app');
  scanner = await pack('consentry-scan', app);
  await install(app, [scanner.tarball]);
}, 120_000);
afterAll(async () => {
  await Promise.all([site?.close(), tracker?.close()]);
  if (app) await rm(app, { recursive: true, force: true });
});

/** The report a scan wrote: the cookies by name with where their classification came from, and the unclassified hosts. */
async function findings(file: string) {
  const report = JSON.parse(await readFile(join(app, file), 'utf8')) as ScanReport;
  return {
    pages: report.pages.map((visited) => new URL(visited.url).pathname),
    cookies: Object.fromEntries(report.cookies.map((cookie) => [cookie.name, cookie.classification?.source ?? 'unclassified'])),
    unclassifiedHosts: report.unclassified.hosts,
    version: report.scanner.version,
  };
}

describe('the packed scanner', () => {
  it('installs consentry-scan and playwright-core, nothing else', async () => {
    expect(await installedPackages(app)).toEqual(['consentry-scan', 'playwright-core']);
  });

  it('depends on playwright-core by a range that includes the version the tests use, never an exact pin', async () => {
    const pkg = JSON.parse(await readFile(join(app, 'node_modules/consentry-scan/package.json'), 'utf8'));
    const tested = JSON.parse(await readFile(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8')).version as string;
    expect(Object.keys(pkg.dependencies)).toEqual(['playwright-core']);
    expect(pkg.dependencies['playwright-core']).toBe(`^${tested}`);
    expect(pkg.peerDependencies).toBeUndefined();
  });

  it('ships its command, the built scanner and the dataset licence, and nothing else', async () => {
    expect(scanner.files).toEqual(['LICENSE', 'README.md', 'consentry-scan.mjs', 'dist/consentry-scan.mjs', 'dist/open-cookie-database.LICENSE.txt', 'package.json']);
    expect(await readFile(join(app, 'node_modules/consentry-scan/LICENSE'), 'utf8')).toBe(await readFile(join(ROOT, 'LICENSE'), 'utf8'));
  });

  it('passes publint, suggestions included', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: (await readFile(scanner.tarball)).buffer as ArrayBuffer }, level: 'suggestion' });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('scans a site from the tarball with only Chromium on the machine: npx consentry-scan <url>', async () => {
    const scan = await npx(['consentry-scan', `${site.url}/`, '--pages', '2', '--json', 'report.json']);
    expect(scan.stderr).not.toContain('Error');
    expect(scan.code).toBe(0);
    expect(scan.stdout).toContain('AWSALB');
    expect(await findings('report.json')).toEqual({
      pages: ['/', '/about'],
      cookies: { AWSALB: 'open-cookie-database', _ga: 'preset' },
      unclassifiedHosts: ['tracker.test'],
      version: scanner.version,
    });
  }, 90_000);

  it('runs as `consentry scan` once the SDK is installed beside it', async () => {
    const sdk = await pack('consentry', app);
    await install(app, [sdk.tarball]);
    expect((await npx(['consentry', 'scan', '--help'])).stdout).toContain('Usage:\n  consentry-scan <url>');
    const scan = await npx(['consentry', 'scan', `${site.url}/`, '--pages', '1', '--json', 'handed-over.json']);
    expect(scan.code).toBe(0);
    expect((await findings('handed-over.json')).cookies).toEqual({ AWSALB: 'open-cookie-database', _ga: 'preset' });
  }, 120_000);
});
