// Runs the built `consentry` command (dist/cli.mjs) as a user would, with every host name
// mapped to loopback and the vendors' throwaway certificate accepted. `consentry scan …` is
// handed to the scanner's own command, consentry-scan (scanner/, linked into node_modules as
// an npm workspace, exactly as an app that installed both packages has it), so every scan
// here also runs the hand-over the docs promise; test/e2e/scanner-package.test.ts runs
// `consentry-scan` from its tarball.
import { execFile } from 'node:child_process';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['dist/cli.mjs', ...args],
      {
        env: { ...process.env, CONSENTRY_CHROMIUM_ARGS: '--host-resolver-rules=MAP * 127.0.0.1 --ignore-certificate-errors', ...env },
        timeout: 120_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
