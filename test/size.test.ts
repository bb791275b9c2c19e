// Gzip budgets of the built files: one source of truth (size-budgets.json), mirrored in the README.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Files and visits; the gating share has its own test (test/node/gating-size.test.ts). */
const budgets: Record<string, number> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync('size-budgets.json', 'utf8')) as Record<string, number>).filter(([key]) => key.startsWith('dist/')),
);
/** One file, or a visit's files joined by " + " (each compressed on its own, as served). */
const gzipSize = (files: string) => files.split(' + ').reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

describe('size budgets', () => {
  it.each(Object.entries(budgets))('%s stays within %i bytes gzip', (file, budget) => {
    expect(gzipSize(file)).toBeLessThanOrEqual(budget);
  });

  // A budget far above its file lets the file grow unseen: keep it near (see size-budgets.json).
  it.each(Object.entries(budgets))('%s: the budget of %i bytes is at most 5 %% above the measurement', (file, budget) => {
    expect(budget, `measured ${gzipSize(file)} B: set ceil(measured x 1.02 / 10) x 10`).toBeLessThanOrEqual(Math.ceil(gzipSize(file) * 1.05));
  });

  it('the README states the same budgets', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [files, budget] of Object.entries(budgets)) {
      const names = files.replaceAll('dist/', '').split(' + ').map((name) => `\`${name}\``).join(' + ');
      expect(readme, `README budget row for ${files}`).toContain(`| ${names} |`);
      expect(readme, `README budget row for ${files}`).toMatch(new RegExp(`\\| ${names.replace(/[.+*]/g, '\\$&')} \\|[^\\n]*\\| ${budget.toLocaleString('en-US')} B \\|`));
    }
  });
});
