// The `consentry-scan` command (the package consentry-scan): crawl a site in headless Chromium
// and report what it sets and where it sends requests. The SDK's `consentry scan …` hands its
// arguments to this command unchanged (cli/scan-handover.ts). Reports go to stdout and the
// files named; progress and errors to stderr. Exit statuses: scanner/status.ts.
import { scan } from './scan';
import { parseScanArgs } from './scan-options';
import { EXIT, SetupError } from './status';
import { VERSION } from '../src/version';

const USAGE = `Usage:
  consentry-scan <url> [--pages N] [--depth N] [--timeout MS] [--concurrency N]
                       [--json FILE] [--html FILE] [--config FILE]
                       [--baseline FILE] [--fail-on new,unclassified,leak] [--declared FILE]
  consentry-scan <url> --check [--pages N] [--depth N] [--timeout MS] [--concurrency N]
  consentry-scan --version

Crawls the site in headless Chromium with no consent and reports every cookie, storage key
and third-party request, classified by Consentry's presets, then by the Open Cookie Database.
(Where the SDK is installed too, \`consentry scan <url> …\` runs this same command.)
  --pages N        at most N pages (default 20)   --depth N  links deep (default 3)
  --timeout MS     per page load (default 15000)
  --concurrency N  pages at once, 1 to 8 (default 2)
  --json FILE      the full report as JSON        --html FILE  a report for people
  --config FILE    a proposed Consentry config, for you to review
  --baseline FILE  compare with an earlier --json report: what is new, what is gone
  --fail-on KINDS  exit 1 on any finding of these kinds: new (needs --baseline),
                   unclassified, leak (needs consent, seen before any consent)
  --declared FILE  the cookies your config does not declare, and those never seen
  --check          on a site running Consentry: fail when anything reaches a party that
                   is not necessary before consent or after "Reject all"

Exit status: 0 done, nothing to fail on; 1 found what --fail-on names (--check: a leak);
2 could not run (usage, browser, a file); 3 no page could be loaded.
Browser: CHROMIUM_PATH (default /usr/bin/chromium); CONSENTRY_CHROMIUM_ARGS adds flags.
Cookie data: the Open Cookie Database (Apache License 2.0), https://github.com/jkwakman/Open-Cookie-Database`;

const fail = (message: string, code: number = EXIT.cannotRun) => {
  process.stderr.write(message + '\n');
  return code;
};

export async function main(args: string[]): Promise<number> {
  const out = (text: string) => void process.stdout.write(text);
  const err = (text: string) => void process.stderr.write(text);
  const [first] = args;
  if (first === '--version' || first === '-v') return out(VERSION + '\n'), EXIT.ok;
  if (first === '--help' || first === '-h' || first === 'help') return out(USAGE + '\n'), EXIT.ok;
  // `consentry scan <url>` typed with this command's name: the URL comes first here.
  if (first === 'scan') return fail(`consentry-scan: the URL comes first: consentry-scan ${args.slice(1).join(' ') || '<url>'}\n\n${USAGE}`);
  try {
    return await scan(parseScanArgs(args, USAGE), out, err);
  } catch (error) {
    if (error instanceof SetupError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail((error as Error).message);
    return fail(`consentry: ${(error as Error).message}`, EXIT.found);
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
