// `consentry check <config.json>` and the command's own errors, run from the built dist/cli.mjs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
