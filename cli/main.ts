// The `consentry` command of the SDK: `check` a config file here, with the validator's own
// messages and no browser; `scan` belongs to the scanner, the package consentry-scan, and is
// handed to it (cli/scan-handover.ts). Exit statuses: scanner/status.ts, shared by both.
import { checkConfig } from './check-config';
import { findScanner, runScanner, scannerMissing } from './scan-handover';
import { EXIT } from '../scanner/status';
import { didYouMean } from '../src/manager/suggest';
import { VERSION } from '../src/version';

const USAGE = `Usage:
  consentry check <config.json>
  consentry scan <url> [options]
  consentry --version

check    validates a config file with Consentry's own messages (no browser needed).
         Exit status: 0 valid (warnings allowed), 1 errors, 2 a file missing or not JSON.
scan     crawls a site in headless Chromium and reports every cookie, storage key and
         third-party request: the scanner, consentry-scan, a package of its own. Where it
         is installed beside consentry, \`consentry scan\` runs it (\`consentry scan --help\`
         lists its options); elsewhere: npx consentry-scan <url> [options]`;

const COMMANDS = ['scan', 'check', 'help', '--help', '--version'];

const fail = (message: string, code: number = EXIT.cannotRun) => {
  process.stderr.write(message + '\n');
  return code;
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'scan') {
    const scanner = findScanner();
    return scanner ? runScanner(scanner, args) : fail(scannerMissing(args));
  }
  if (command === 'check') {
    if (args.length !== 1) return fail('Usage: consentry check <config.json>');
    return checkConfig(
      args[0]!,
      (line) => void process.stdout.write(line + '\n'),
      (line) => void process.stderr.write(line + '\n'),
    );
  }
  if (command === '--version' || command === '-v') return process.stdout.write(VERSION + '\n'), EXIT.ok;
  if (command === '--help' || command === '-h' || command === 'help') return process.stdout.write(USAGE + '\n'), EXIT.ok;
  const hint = command ? didYouMean(command, COMMANDS) : '';
  return fail(hint ? `consentry: unknown command "${command}"${hint}\n\n${USAGE}` : USAGE);
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
