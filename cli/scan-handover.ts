// `consentry scan …` in the SDK: the scanner is a package of its own, consentry-scan, because
// it drives Chromium through playwright-core and a website's install must not pull a browser
// driver in (issue 23). When consentry-scan is installed beside consentry, `scan` runs its
// command with the same arguments and ends with its exit status; when it is not, the message
// names the one command that runs it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXIT } from '../scanner/status';

export const SCANNER = 'consentry-scan';

/**
 * The scanner's command file, found the way Node finds a dependency: from this package's
 * folder (the app that installed both), then from the working directory; `null` when neither
 * has it.
 */
export function findScanner(from: string[] = [import.meta.url, join(process.cwd(), 'package.json')]): string | null {
  for (const base of from) {
    try {
      const manifest = createRequire(base).resolve(`${SCANNER}/package.json`);
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: Record<string, string> };
      if (bin?.[SCANNER]) return join(dirname(manifest), bin[SCANNER]);
    } catch {
      // Not installed there: try the next place.
    }
  }
  return null;
}

/** An argument as a POSIX shell needs it to arrive unchanged. */
const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);

/** What to say when the scanner is not installed: the command to run instead, with these arguments. */
export function scannerMissing(args: string[]): string {
  return [
    `consentry scan: the scanner is its own package, ${SCANNER} (it drives Chromium; installing consentry for a website never pulls a browser driver in). Run it with:`,
    '',
    `  npx ${SCANNER} ${args.map(quote).join(' ')}`.trimEnd(),
    '',
    `or install it beside consentry (npm install --save-dev ${SCANNER}) and \`consentry scan\` runs it.`,
  ].join('\n');
}

/** Runs the scanner's command with `args`, sharing this terminal; resolves to its exit status. */
export function runScanner(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], { stdio: 'inherit' });
    child.on('error', (error) => {
      process.stderr.write(`consentry scan: could not start ${command}: ${error.message}\n`);
      resolve(EXIT.cannotRun);
    });
    // A scanner stopped by a signal (Ctrl-C) ends this command the same way.
    child.on('exit', (code, signal) => (signal ? process.kill(process.pid, signal) : resolve(code ?? EXIT.cannotRun)));
  });
}
