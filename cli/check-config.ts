// `consentry check <config.json>`: the validator's own messages (src/manager/validate.ts,
// the same ones the browser console prints), errors first. Exit status: 0 valid (warnings
// allowed), 1 errors, 2 the file is missing or not JSON.
import { readFileSync } from 'node:fs';
import { validateConfig } from '../src/manager/validate';

export function checkConfig(path: string, out: (line: string) => void, err: (line: string) => void = out): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    err(`consentry: cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return 2;
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    err(`consentry: ${path} is not valid JSON: ${(error as Error).message}`);
    return 2;
  }
  const issues = validateConfig(config);
  const errors = issues.filter((issue) => issue.level === 'error');
  for (const issue of [...errors, ...issues.filter((issue) => issue.level === 'warning')]) out(`${issue.level}: ${issue.message}`);
  const warnings = issues.length - errors.length;
  out(errors.length ? `${path}: ${errors.length} error(s), ${warnings} warning(s)` : `${path}: valid${warnings ? `, ${warnings} warning(s)` : ''}`);
  return errors.length ? 1 : 0;
}
