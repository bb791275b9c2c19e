// Gzip budgets of the built files: one source of truth (size-budgets.json), mirrored in the README.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetKeys, packageSizes } from './bench/packages.js';

const allBudgets = JSON.parse(readFileSync('size-budgets.json', 'utf8')) as Record<string, number>;
/** Files and visits; the gating share has its own test (test/node/gating-size.test.ts). */
const budgets: Record<string, number> = Object.fromEntries(Object.entries(allBudgets).filter(([key]) => key.startsWith('dist/')));
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

/** Each package as `npm pack` makes it (issue 23): the tarball an install downloads, and what it leaves unpacked. */
describe('package size budgets', () => {
  const packageBudgets = Object.entries(allBudgets).filter(([key]) => key.startsWith('package '));
  let measured: Record<string, number>;
  beforeAll(() => {
    measured = Object.fromEntries(
      packageSizes().flatMap(({ name, tarball, unpacked }) => {
        const keys = budgetKeys(name);
        return [
          [keys.tarball, tarball],
          [keys.unpacked, unpacked],
        ];
      }),
    );
  }, 60_000);

  it('budgets every package, tarball and unpacked', () => {
    expect(packageBudgets.map(([key]) => key).sort()).toEqual(Object.keys(measured).sort());
  });

  it.each(packageBudgets)('%s stays within %i bytes', (key, budget) => {
    expect(measured[key]).toBeLessThanOrEqual(budget);
  });

  it.each(packageBudgets)('%s: the budget of %i bytes is at most 5 per cent above the measurement', (key, budget) => {
    expect(budget, `measured ${measured[key]} B: set ceil(measured x 1.02 / 10) x 10`).toBeLessThanOrEqual(Math.ceil(measured[key]! * 1.05));
  });

  it('the README states the same budgets', () => {
    const readme = readFileSync('README.md', 'utf8');
    const names = [...new Set(packageBudgets.map(([key]) => key.replace(/^package (\S+): .*$/, '$1')))];
    for (const name of names) {
      const keys = budgetKeys(name);
      const row = `\\| \`${name}\` \\|[^\\n]*\\| ${allBudgets[keys.tarball]!.toLocaleString('en-US')} B \\| ${allBudgets[keys.unpacked]!.toLocaleString('en-US')} B \\|`;
      expect(readme, `README package row for ${name}`).toMatch(new RegExp(row));
    }
  });
});
