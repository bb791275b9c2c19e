// @ts-check
// Prints the cases × engines matrix (Markdown) from a vitest JSON report of the engines
// project, so the README's matrix comes from the test names and results, not from memory:
//   npx vitest run --project engines --reporter=json --outputFile=build/engines.json
//   node test/engines/matrix.js build/engines.json
// A row is a case name up to its first ": " (a vendor's three cases share one row).
import { readFileSync } from 'node:fs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const report = JSON.parse(readFileSync(process.argv[2] ?? 'build/engines.json', 'utf8'));
/** @type {Map<string, Record<string, { passed: number, total: number }>>} */
const rows = new Map();
for (const file of report.testResults) {
  if (!/[\\/]test[\\/]engines[\\/]/.test(file.name)) continue;
  for (const test of file.assertionResults) {
    const match = /^(.*) \[(chromium|firefox|webkit)\]$/.exec(test.title);
    if (!match) throw new Error(`a three-engine case must end with its engine in brackets: ${test.title}`);
    const row = (match[1] ?? '').split(': ')[0] ?? '';
    const cells = rows.get(row) ?? {};
    const cell = (cells[match[2] ?? ''] ??= { passed: 0, total: 0 });
    cell.total++;
    if (test.status === 'passed') cell.passed++;
    rows.set(row, cells);
  }
}
const show = (/** @type {{ passed: number, total: number } | undefined} */ cell) =>
  !cell ? 'not run' : cell.passed === cell.total ? `pass${cell.total > 1 ? ` (${cell.total})` : ''}` : cell.total === 1 ? '**fail**' : `**${cell.total - cell.passed} of ${cell.total} fail**`;
console.log(`| case | ${ENGINES.join(' | ')} |`);
console.log(`| --- | ${ENGINES.map(() => '---').join(' | ')} |`);
for (const [row, cells] of rows) console.log(`| ${row.replace(/\|/g, '\\|')} | ${ENGINES.map((engine) => show(cells[engine])).join(' | ')} |`);
