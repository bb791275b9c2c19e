// @ts-check
// Prints the cases × engines matrix (Markdown) from a vitest JSON report of the engines
// project, so the README's matrix comes from the test names and results, not from memory:
//   npx vitest run --project engines --reporter=json --outputFile=build/engines.json
//   node test/engines/matrix.js build/engines.json
import { readFileSync } from 'node:fs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const report = JSON.parse(readFileSync(process.argv[2] ?? 'build/engines.json', 'utf8'));
/** @type {Map<string, Record<string, string>>} */
const rows = new Map();
for (const file of report.testResults) {
  for (const test of file.assertionResults) {
    const match = /^(.*) \[(chromium|firefox|webkit)\]$/.exec(test.title);
    if (!match) throw new Error(`a three-engine case must end with its engine in brackets: ${test.title}`);
    const title = match[1] ?? '';
    const engine = match[2] ?? '';
    const row = rows.get(title) ?? {};
    row[engine] = test.status === 'passed' ? 'pass' : test.status === 'failed' ? '**fail**' : test.status;
    rows.set(title, row);
  }
}
console.log(`| case | ${ENGINES.join(' | ')} |`);
console.log(`| --- | ${ENGINES.map(() => '---').join(' | ')} |`);
for (const [title, row] of rows) console.log(`| ${title.replace(/\|/g, '\\|')} | ${ENGINES.map((engine) => row[engine] ?? 'not run').join(' | ')} |`);
