// `consentry check <config.json>` and the command's own errors, run from the built dist/cli.mjs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/manager/validate';
import { runCli } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'consentry-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('consentry check', () => {
  it('accepts a valid config and exits 0', async () => {
    const run = await runCli(['check', file('good.json', JSON.stringify({ services: { ga: 'google-analytics' }, policyUrl: '/privacy' }))]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/good\.json: valid\n$/);
  });

  it('prints exactly the validator’s messages, errors before warnings, and exits 1 on errors', async () => {
    const config = { services: { ga: 'no-such-preset' }, policyUrl: 'javascript:alert(1)', colour: 'red' };
    const expected = validateConfig(config);
    expect(expected.some((issue) => issue.level === 'error')).toBe(true);
    expect(expected.some((issue) => issue.level === 'warning')).toBe(true);
    const run = await runCli(['check', file('bad.json', JSON.stringify(config))]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    const ordered = [...expected.filter((issue) => issue.level === 'error'), ...expected.filter((issue) => issue.level === 'warning')];
    expect(lines.slice(0, -1)).toEqual(ordered.map((issue) => `${issue.level}: ${issue.message}`));
    expect(lines.at(-1)).toMatch(/bad\.json: \d+ error\(s\), \d+ warning\(s\)/);
  });

  it('exits 0 with warnings only', async () => {
    const run = await runCli(['check', file('warn.json', JSON.stringify({ colour: 'red' }))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('warning: consentry: config.colour');
  });

  it('exits 2 with a clear message for a missing file or one that is not JSON', async () => {
    const missing = await runCli(['check', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json: no such file/);
    const broken = await runCli(['check', file('broken.json', '{ "services": ')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
  });
});

describe('consentry check suggests what a misspelt value meant (issue 24)', () => {
  it.each([
    [{ mode: 'optin' }, 'error: consentry: config.mode: expected one of "opt-in", "opt-out", "notice", got "optin" (did you mean "opt-in"?)'],
    [{ theme: 'darkk' }, 'error: consentry: config.theme: expected one of "light", "dark", "auto", got "darkk" (did you mean "dark"?)'],
    [{ services: { ga: 'google-analytic' } }, 'error: consentry: config.services.ga: expected a service object or a preset id, got "google-analytic" (did you mean "google-analytics"?)'],
    [
      { services: { stats: { category: 'analytcal' } } },
      'error: consentry: config.services.stats: "analytcal" is not a configured category (necessary, analytical, functional, other); ignored, its hosts stay blocked (did you mean "analytical"?)',
    ],
    [
      { autoblock: { functionl: ['video.example'] } },
      'error: consentry: config.autoblock.functionl: "functionl" is not a configured category (necessary, analytical, functional, other); ignored, its hosts stay blocked (did you mean "functional"?)',
    ],
  ])('%j', async (config, line) => {
    const run = await runCli(['check', file('typo.json', JSON.stringify(config))]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')).toContain(line);
  });

  it('suggests nothing for a value that is not close to any option', async () => {
    const run = await runCli(['check', file('far.json', JSON.stringify({ theme: 'purple' }))]);
    expect(run.stdout).toContain('got "purple"\n');
  });
});

describe('consentry check on the set of categories (issue 24)', () => {
  it('names a config that leaves nothing to consent to while it asks for consent, and exits 1', async () => {
    const run = await runCli(['check', file('empty.json', JSON.stringify({ categories: {}, services: {} }))]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error: consentry: config.categories: nothing to consent to, yet mode "opt-in" asks');
  });

  it('warns, without failing, when categories keeps some default categories and drops others', async () => {
    const run = await runCli(['check', file('some.json', JSON.stringify({ categories: { analytical: { cookies: [{ name: '_ga' }] } } }))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('warning: consentry: config.categories: replaces the default set, without "functional", "other"');
  });
});

describe('consentry --version', () => {
  it('prints the version of the package, and nothing else', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: version + '\n', stderr: '' });
  });
});

describe('consentry scan, before any browser starts', () => {
  it('names CHROMIUM_PATH and how to install Chromium when there is none', async () => {
    const run = await runCli(['scan', 'http://site.test/'], { CHROMIUM_PATH: join(dir, 'no-chromium') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no Chromium at');
    expect(run.stderr).toContain('CHROMIUM_PATH');
    expect(run.stderr).toContain('apt-get install chromium');
  });

  it('refuses a URL that is not http(s) and a limit that is not a whole number', async () => {
    expect(await runCli(['scan', 'ftp://site.test/'])).toMatchObject({ code: 2, stderr: expect.stringContaining('not an http(s) URL') });
    expect(await runCli(['scan', 'http://site.test/', '--pages', 'many'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--pages expects a whole number') });
  });

  it('prints its usage for an unknown command', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('consentry scan <url>');
  });
});
