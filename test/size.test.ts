// Gzip budgets of the built files: one source of truth (size-budgets.json), mirrored in the README.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const budgets: Record<string, number> = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('size budgets', () => {
  it.each(Object.entries(budgets))('%s stays within %i bytes gzip', (file, budget) => {
    expect(gzipSize(file)).toBeLessThanOrEqual(budget);
  });

  it('the README states the same budgets', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [file, budget] of Object.entries(budgets)) {
      expect(readme, `README budget row for ${file}`).toMatch(new RegExp(`\\| \`${file.replace('dist/', '')}\`[^\\n]*\\| ${budget.toLocaleString('en-US')} B \\|`));
    }
  });
});
