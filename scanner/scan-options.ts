// `consentry scan`'s arguments, checked before anything runs: a wrong value stops the command
// with a message that names the option (exit status 2), never half a scan.
import { parseArgs } from 'node:util';
import { parseFailOn } from './findings';
import { SetupError } from './status';
import type { FailKind } from './types';

export interface ScanOptions {
  url: string;
  pages: number;
  depth: number;
  timeout: number;
  /** How long a page may go on loading after its load event (network idle). */
  settle: number;
  concurrency: number;
  json?: string;
  html?: string;
  config?: string;
  baseline?: string;
  failOn: FailKind[];
  declared?: string;
  check: boolean;
}

/** More pages at once than this only makes Chromium fight itself on a small machine. */
const MAX_CONCURRENCY = 8;

function whole(value: string | undefined, name: string, fallback: number, min: number, max = Infinity): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new SetupError(`consentry: --${name} expects a whole number${max < Infinity ? ` from ${min} to ${max}` : ''}, got "${value}"`);
  }
  return parsed;
}

export function parseScanArgs(args: string[], usage: string): ScanOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pages: { type: 'string' },
      depth: { type: 'string' },
      timeout: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      config: { type: 'string' },
      baseline: { type: 'string' },
      'fail-on': { type: 'string' },
      declared: { type: 'string' },
      check: { type: 'boolean' },
    },
  });
  const [url, ...extra] = positionals;
  if (!url || extra.length) throw new SetupError(usage);
  try {
    if (!/^https?:$/.test(new URL(url).protocol)) throw new Error();
  } catch {
    throw new SetupError(`consentry: "${url}" is not an http(s) URL`);
  }
  const failOn = values['fail-on'] === undefined ? [] : parseFailOn(values['fail-on']);
  if (failOn.includes('new') && !values.baseline) throw new SetupError('consentry: --fail-on new needs --baseline FILE, the --json report of an earlier scan');
  if (values.check) {
    const unused = ['json', 'html', 'config', 'baseline', 'fail-on', 'declared'].filter((name) => values[name as keyof typeof values] !== undefined);
    if (unused[0]) throw new SetupError(`consentry: --check writes no report and compares nothing: leave out --${unused.join(', --')}`);
  }
  return {
    url: new URL(url).href,
    pages: whole(values.pages, 'pages', 20, 1),
    depth: whole(values.depth, 'depth', 3, 0),
    timeout: whole(values.timeout, 'timeout', 15_000, 1),
    settle: 2_000,
    concurrency: whole(values.concurrency, 'concurrency', 2, 1, MAX_CONCURRENCY),
    ...(values.json ? { json: values.json } : {}),
    ...(values.html ? { html: values.html } : {}),
    ...(values.config ? { config: values.config } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    failOn,
    ...(values.declared ? { declared: values.declared } : {}),
    check: !!values.check,
  };
}
