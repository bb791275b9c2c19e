// `consentry scan`: read what the options name (a bad file stops everything before the
// browser starts), crawl, report, compare, write the files, and end with the exit status
// scanner/status.ts defines.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { buildReport, mergeCookies } from './aggregate';
import { launchBrowser } from './browser';
import { classifyCookie } from './classification';
import { compareReports, parseBaseline } from './compare';
import { crawl } from './crawl';
import { compareDeclared, declaredSource, readDeclared } from './declared';
import { findings } from './findings';
import { progress } from './progress';
import { proposeConfig } from './report/config';
import { htmlReport } from './report/html';
import { changesSummary, declaredSummary, findingsSummary, summary } from './report/summary';
import type { ScanOptions } from './scan-options';
import { checkSite } from './site-check';
import { EXIT, SetupError } from './status';
import type { PageVisit } from './types';
import { visitPage } from './visit';

type Write = (text: string) => void;

function readText(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new SetupError(`consentry: --${option} ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

async function check(browser: Browser, options: ScanOptions, out: Write): Promise<number> {
  const result = await checkSite(browser, options.url, options, progress());
  for (const note of result.notes) out(`note: ${note}\n`);
  for (const violation of result.violations) out(`FAIL ${violation.phase}: ${violation.what} ${violation.name} reached ${violation.party} on ${violation.page}\n`);
  out(
    result.violations.length
      ? `consentry: ${result.violations.length} violation(s) on ${result.pages.length} page(s)\n`
      : `consentry: ${result.pages.length} page(s) checked: nothing reached a party that is not necessary before consent or after refusal\n`,
  );
  return result.violations.length ? EXIT.found : EXIT.ok;
}

export async function scan(options: ScanOptions, out: Write, err: Write): Promise<number> {
  const baseline = options.baseline ? parseBaseline(readText(options.baseline, 'baseline'), options.baseline) : undefined;
  const declared = options.declared ? readDeclared(options.declared) : undefined;
  if (declared?.issues.some((issue) => issue.level === 'error')) err(`consentry: --declared ${declared.path} has errors; what is valid of it is compared (consentry check ${declared.path} lists them)\n`);

  const browser = await launchBrowser();
  let visits: (PageVisit & { screenshot?: Buffer })[];
  try {
    if (options.check) return await check(browser, options, out);
    visits = await crawl(options.url, options, (url, depth) => visitPage(browser, url, depth, { ...options, screenshot: depth === 0, acceptAll: !!declared }), progress());
  } finally {
    await browser.close();
  }
  if (visits.every((visit) => visit.error)) {
    err(`consentry: no page of ${options.url} could be loaded (${visits[0]?.error ?? 'no page'}); no report written\n`);
    return EXIT.unreachable;
  }

  const source = declared && declaredSource(declared);
  const report = buildReport(options.url, visits, new Date(), source);
  if (baseline) {
    report.changes = compareReports(baseline, report, source);
    if (new URL(baseline.url).hostname !== new URL(report.url).hostname) err(`consentry: the baseline is a scan of ${baseline.url}, not of ${report.url}\n`);
  }
  if (declared) {
    const consented = visits.some((visit) => visit.afterConsent)
      ? mergeCookies(visits.map((visit) => ({ url: visit.url, cookies: visit.afterConsent ?? [] })))
      : undefined;
    for (const cookie of consented ?? []) {
      const found = classifyCookie(cookie, source);
      if (found) cookie.classification = found;
    }
    report.declared = compareDeclared(declared, report.cookies, consented);
  }
  if (options.failOn.length) report.failOn = { kinds: options.failOn, findings: findings(report, options.failOn, report.changes, declared?.necessary) };

  out(summary(report));
  if (report.changes) out('\n' + changesSummary(report.changes));
  if (report.declared) out('\n' + declaredSummary(report.declared));
  if (report.failOn) out('\n' + findingsSummary(report.failOn));
  if (options.json) writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
  if (options.html) writeFileSync(options.html, htmlReport(report, visits[0]?.screenshot));
  if (options.config) writeFileSync(options.config, JSON.stringify(proposeConfig(report), null, 2) + '\n');
  return report.failOn?.findings.length ? EXIT.found : EXIT.ok;
}
