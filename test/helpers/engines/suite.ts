// Runs a suite once per engine, one browser at a time: `describeEngines(title, (t) => …)`
// opens the engine before the suite's cases and closes it after. Each case's name carries
// its engine; `t.it(…)` is vitest's `it` with that name and a fresh page in `t.page`.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES, type Engine, type EngineName, type EnginePage } from './engine';
import { openEngine } from './open';

export interface EngineSuite {
  name: EngineName;
  readonly engine: Engine;
  /** A fresh page (new profile) for the running case. */
  readonly page: EnginePage;
  /** A case named `<title> [<engine>]`. */
  it(title: string, body: () => Promise<void>): void;
}

/** What an engine's driver truly cannot check, said in its suites' names rather than skipped quietly. */
const LIMITS: Partial<Record<EngineName, string>> = {
  webkit: ' (uncaught page errors not checked: WebKitWebDriver does not report them)',
};

/** Page errors an engine reports that are not the page's: Firefox logs cookie warnings through the same channel. */
const NOT_ERRORS = [/^Cookie “.+” has been rejected/];

export function describeEngines(title: string, proxy: () => string, body: (t: EngineSuite) => void): void {
  for (const name of ENGINES) {
    describe(`${title} [${name}]${LIMITS[name] ?? ''}`, () => {
      let engine: Engine | undefined;
      let page: EnginePage | undefined;
      beforeAll(async () => {
        engine = await openEngine(name, proxy());
      });
      afterAll(async () => engine?.close());
      beforeEach(async () => {
        page = await engine!.newPage();
      });
      afterEach(async () => {
        const errors = page?.errors?.filter((message) => !NOT_ERRORS.some((pattern) => pattern.test(message)));
        await page?.close();
        page = undefined;
        if (errors) expect(errors, 'uncaught errors in the page').toEqual([]);
      });
      body({
        name,
        get engine() {
          return engine!;
        },
        get page() {
          if (!page) throw new Error('no page: t.page is only there while a case runs');
          return page;
        },
        it: (caseTitle, run) => it(`${caseTitle} [${name}]`, run),
      });
    });
  }
}
