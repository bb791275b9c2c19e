// The `consentry` command: `scan` a site, `check` a config file. Reports go to stdout and
// the files named; progress and errors to stderr.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildReport } from './aggregate';
import { launchBrowser, SetupError } from './browser';
import { checkConfig } from './check-config';
import { crawl } from './crawl';
import { progress } from './progress';
import { proposeConfig } from './report/config';
import { htmlReport } from './report/html';
import { summary } from './report/summary';
import { checkSite } from './site-check';
import { VERSION } from '../src/version';

const USAGE = `Usage:
  consentry scan <url> [--pages N] [--depth N] [--timeout MS] [--json FILE] [--html FILE] [--config FILE] [--check]
  consentry check <config.json>

scan     crawls the site in headless Chromium with no consent and reports every cookie,
         storage key and third-party request, classified by Consentry's presets.
         --pages N     at most N pages (default 20)      --depth N   links deep (default 3)
         --timeout MS  per page load (default 15000)
         --json FILE   the full report as JSON           --html FILE a report for people
         --config FILE a proposed Consentry config, for you to review
         --check       on a site running Consentry: fail when anything reaches a party that
                       is not necessary before consent or after "Reject all"
check    validates a config file with Consentry's own messages.

Browser: CHROMIUM_PATH (default /usr/bin/chromium); CONSENTRY_CHROMIUM_ARGS adds flags.`;

const fail = (message: string, code = 2) => {
  process.stderr.write(message + '\n');
  return code;
};

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < (name === 'depth' ? 0 : 1)) throw new SetupError(`consentry: --${name} expects a whole number, got "${value}"`);
  return parsed;
}

async function scan(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pages: { type: 'string' },
      depth: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      config: { type: 'string' },
      check: { type: 'boolean' },
    },
  });
  const [url, ...extra] = positionals;
  if (!url || extra.length) return fail(USAGE);
  let start: URL;
  try {
    start = new URL(url);
    if (!/^https?:$/.test(start.protocol)) throw new Error();
  } catch {
    return fail(`consentry: "${url}" is not an http(s) URL`);
  }
  const options = {
    pages: count(values.pages, 'pages', 20),
    depth: count(values.depth, 'depth', 3),
    timeout: count(values.timeout, 'timeout', 15_000),
    settle: 2_000,
  };
  const browser = await launchBrowser();
  try {
    if (values.check) {
      const result = await checkSite(browser, start.href, options, progress());
      for (const note of result.notes) process.stdout.write(`note: ${note}\n`);
      for (const violation of result.violations) {
        process.stdout.write(`FAIL ${violation.phase}: ${violation.what} ${violation.name} reached ${violation.party} on ${violation.page}\n`);
      }
      process.stdout.write(
        result.violations.length
          ? `consentry: ${result.violations.length} violation(s) on ${result.pages.length} page(s)\n`
          : `consentry: ${result.pages.length} page(s) checked: nothing reached a party that is not necessary before consent or after refusal\n`,
      );
      return result.violations.length ? 1 : 0;
    }
    const { visits, screenshot } = await crawl(browser, start.href, options, progress());
    const report = buildReport(start.href, visits);
    process.stdout.write(summary(report));
    if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
    if (values.html) writeFileSync(values.html, htmlReport(report, screenshot));
    if (values.config) writeFileSync(values.config, JSON.stringify(proposeConfig(report), null, 2) + '\n');
    return visits.every((visit) => visit.error) ? 1 : 0;
  } finally {
    await browser.close();
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'scan') return await scan(args);
    if (command === 'check') {
      if (args.length !== 1) return fail('Usage: consentry check <config.json>');
      return checkConfig(
        args[0]!,
        (line) => process.stdout.write(line + '\n'),
        (line) => process.stderr.write(line + '\n'),
      );
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    return fail(USAGE);
  } catch (error) {
    if (error instanceof SetupError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail((error as Error).message);
    return fail(`consentry: ${(error as Error).message}`, 1);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
