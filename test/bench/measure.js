// One visit of one page in a fresh browser context, and the raw figures it yields. Each
// function returns plain data (for results.json); summaries and ratios are stats.js's job.
import { probeScript } from './probe.js';
import { cumulativeLayoutShift, longestTask, totalBlockingTime } from './stats.js';
import { sizesOf, sumSizes } from './sizes.js';
import { tasksFromTrace } from './trace.js';
import { UNTAGGED_PAGE, GATED_PAGE } from './pages.js';

/** How long a banner may take after the load event before the bench gives up on it. */
const BANNER_TIMEOUT = 8000;
/** The figures' window: from navigation start until the banner has been visible for 1 s. */
const AFTER_BANNER = 1000;

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const pathOf = (url) => new URL(url).pathname;
const readBench = (page) => page.evaluate(() => window.__bench);

/** Opens a page in a fresh context with the probe installed and (optionally) the CPU slowed. */
async function open(env, cmp, { throttle = 1, storageState } = {}) {
  const context = await env.browser.newContext({ ...env.contextOptions, ...(storageState && { storageState }) });
  await context.addInitScript({ content: probeScript(cmp.banner ?? '() => null') });
  const page = await context.newPage();
  if (throttle !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page, cmpFiles: recordFiles(page, cmp) };
}

/**
 * Records every response for the CMP's files (JS and CSS, whatever loaded them), and notes
 * when one fails. `sizes()` waits for the bodies and adds up the successful ones.
 */
function recordFiles(page, cmp) {
  const files = [];
  let failed = () => {};
  const failure = new Promise((resolve) => (failed = resolve));
  page.on('response', (response) => {
    const path = pathOf(response.url());
    if (!cmp.owns?.(path)) return;
    const status = response.status();
    if (status >= 400) failed(path);
    files.push(response.body().then((body) => ({ path, status, ...sizesOf(body) }), () => ({ path, status, raw: 0, gzip: 0, brotli: 0 })));
  });
  page.on('requestfailed', (request) => cmp.owns?.(pathOf(request.url())) && failed(pathOf(request.url())));
  return {
    failure,
    async sizes() {
      const all = await Promise.all(files);
      const ok = all.filter((file) => file.status >= 200 && file.status < 300);
      return { requests: ok.length, ...sumSizes(ok), files: all };
    },
  };
}

/** Resolves when the banner is visible (true), or false after the timeout or a failed CMP file. */
async function bannerShown(page, cmpFiles) {
  const shown = page.waitForFunction(() => window.__bench.bannerAt !== null, null, { timeout: BANNER_TIMEOUT, polling: 50 }).then(
    () => true,
    () => false,
  );
  // A CMP file that failed (Consentry's banner chunk before it exists) ends the wait early.
  const failed = cmpFiles.failure.then(() => wait(1000)).then(() => false);
  return Promise.race([shown, failed]);
}

/** Waits until `name` appears in the page's `__benchRan`; its run time, or null after `timeout`. */
const ranAt = (page, name, timeout) =>
  page
    .waitForFunction((id) => window.__benchRan?.find(([ran]) => ran === id)?.[1], name, { timeout, polling: 20 })
    .then((handle) => handle.jsonValue(), () => null);

/**
 * A first visit with the CPU slowed `throttle` times: time to banner, long tasks and layout
 * shifts until the banner has been visible for 1 s, tracker requests and cookies before consent,
 * then a click on "accept all" and the time until the analytics script ran. Figures that need a
 * banner are `null` when none showed.
 */
export async function firstVisit(env, cmp, throttle) {
  env.tracker.log.length = 0;
  const { context, page, cmpFiles } = await open(env, cmp, { throttle });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(env.site.url + cmp.path, { waitUntil: 'load' });
    const loadAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    const banner = await bannerShown(page, cmpFiles);
    let probe = await readBench(page);
    const windowEnd = banner ? probe.bannerAt + AFTER_BANNER : null;
    if (banner) await page.waitForFunction((end) => performance.now() >= end, windowEnd, { polling: 50 });
    probe = await readBench(page);
    const trackerBeforeConsent = env.tracker.log.map((entry) => entry.path);
    const cookiesBeforeConsent = (await context.cookies()).map((cookie) => cookie.name);

    let accepted = null;
    let acceptToAnalytics = null;
    if (banner) {
      try {
        await page.locator(cmp.accept).click({ timeout: 5000 });
        accepted = 'click';
      } catch (error) {
        errors.push(`bench: no "accept all" button at ${cmp.accept}: ${error.message.split('\n')[0]}`);
      }
      const ran = accepted && (await ranAt(page, 'analytics', 5000));
      const { clickAt } = await readBench(page);
      acceptToAnalytics = ran ? ran - clickAt : null;
    }
    const { goneAt, goneFrame, clickAt, clickFrame } = await readBench(page);
    if (!accepted && cmp.acceptByApi) {
      await page.evaluate(cmp.acceptByApi);
      accepted = 'api';
    }
    const pixelAfterAccept = accepted !== null && (await trackerGot(env.tracker, '/pixel.gif', 2000));
    const analyticsAfterAccept = accepted !== null && (await ranAt(page, 'analytics', 1000)) !== null;
    const storageState = await context.storageState();

    return {
      bytes: await cmpFiles.sizes(),
      loadAt,
      dclAt: probe.dclAt,
      bannerAt: banner ? probe.bannerAt : null,
      bannerFramesAfterDcl: banner ? probe.bannerFrame - probe.dclFrame : null,
      fcpAt: probe.fcpAt,
      clickToGone: goneAt !== null && clickAt !== null ? goneAt - clickAt : null,
      clickToGoneFrames: goneFrame !== null && clickFrame !== null ? goneFrame - clickFrame : null,
      windowEnd,
      tbt: banner ? totalBlockingTime(probe.longTasks, windowEnd) : null,
      longestTask: banner ? longestTask(probe.longTasks, windowEnd) : null,
      cls: banner ? cumulativeLayoutShift(probe.shifts, windowEnd) : null,
      longTasks: probe.longTasks,
      shifts: probe.shifts,
      trackerBeforeConsent,
      cookiesBeforeConsent,
      accepted,
      acceptToAnalytics,
      analyticsAfterAccept,
      pixelAfterAccept,
      errors,
      storageState,
    };
  } finally {
    await context.close();
  }
}

/**
 * The page without a CMP, CPU slowed the same: long tasks and layout shifts until the load
 * event + 1 s (there is no banner to time from), and what reached the tracker.
 */
export async function baselineVisit(env, baseline, throttle) {
  env.tracker.log.length = 0;
  const { context, page } = await open(env, baseline, { throttle });
  try {
    await page.goto(env.site.url + baseline.path, { waitUntil: 'load' });
    const loadAt = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
    const windowEnd = loadAt + AFTER_BANNER;
    await page.waitForFunction((end) => performance.now() >= end, windowEnd, { polling: 50 });
    const probe = await readBench(page);
    return {
      loadAt,
      fcpAt: probe.fcpAt,
      tbt: totalBlockingTime(probe.longTasks, windowEnd),
      longestTask: longestTask(probe.longTasks, windowEnd),
      cls: cumulativeLayoutShift(probe.shifts, windowEnd),
      longTasks: probe.longTasks,
      trackerRequests: env.tracker.log.map((entry) => entry.path),
    };
  } finally {
    await context.close();
  }
}

/** Polls the tracker's log for a request to `path` for up to `timeout` ms. */
async function trackerGot(tracker, path, timeout) {
  for (const end = Date.now() + timeout; Date.now() < end; await wait(50)) {
    if (tracker.log.some((entry) => entry.path.startsWith(path))) return true;
  }
  return false;
}

/**
 * A returning visit: a fresh context (cold HTTP cache) with the cookies and storage the first
 * visit left, CPU not slowed. What the CMP downloads when it only has to apply a stored choice,
 * and whether the stored choice worked (no banner, analytics ran).
 */
export async function returningVisit(env, cmp, storageState) {
  env.tracker.log.length = 0;
  const { context, page, cmpFiles } = await open(env, cmp, { storageState });
  try {
    await page.goto(env.site.url + cmp.path, { waitUntil: 'load' });
    const analyticsAt = await ranAt(page, 'analytics', 2000);
    await wait(500); // anything the CMP still fetches after applying the choice
    const { bannerAt } = await readBench(page);
    return { bytes: await cmpFiles.sizes(), bannerShown: bannerAt !== null, analyticsRan: analyticsAt !== null, analyticsAt };
  } finally {
    await context.close();
  }
}

/**
 * A first visit recorded in a Chromium trace, to find the longest task that ran the CMP's code
 * (the long-task API cannot say whose a task is, nor see tasks under 50 ms).
 */
export async function tracedVisit(env, cmp, throttle) {
  const { context, page, cmpFiles } = await open(env, cmp, { throttle });
  try {
    // The lightest categories that still carry tasks (toplevel) and script URLs (devtools.timeline).
    await env.browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    await page.goto(env.site.url + cmp.path, { waitUntil: 'load' });
    const banner = await bannerShown(page, cmpFiles);
    const end = banner ? (await readBench(page)).bannerAt + AFTER_BANNER : (await page.evaluate(() => performance.now())) + AFTER_BANNER;
    await page.waitForFunction((until) => performance.now() >= until, end, { polling: 50 });
    const trace = JSON.parse((await env.browser.stopTracing()).toString());
    const isPage = (url) => url === env.site.url + cmp.path;
    const isCmp = (url) => url.startsWith(env.site.url) && cmp.owns(pathOf(url));
    return { banner, ...tasksFromTrace(trace, { isPage, isCmp }) };
  } finally {
    await context.close();
  }
}

/**
 * Consentry's 1,000 gated elements: `Consentry.acceptAll()` in the page, then the time until
 * the last gated script ran; `null` when they did not all run within 10 s (no gating yet).
 */
export async function gatedElements(env) {
  env.tracker.log.length = 0;
  const cmp = { owns: () => false };
  const { context, page } = await open(env, cmp);
  try {
    await page.goto(env.site.url + GATED_PAGE.path, { waitUntil: 'load' });
    const trackerBeforeConsent = env.tracker.log.length;
    const start = await page.evaluate(() => {
      if (!window.Consentry) return null;
      const now = performance.now();
      window.Consentry.acceptAll();
      return now;
    });
    if (start === null) return { ms: null, ran: 0, trackerBeforeConsent, note: 'no window.Consentry' };
    const done = await page
      .waitForFunction((count) => (window.__benchRan?.length ?? 0) >= count, GATED_PAGE.scripts, { timeout: 10_000, polling: 20 })
      .then(() => true, () => false);
    const ran = await page.evaluate(() => window.__benchRan ?? []);
    const order = ran.map(([id]) => Number(id));
    return {
      ms: done ? Math.max(...ran.map(([, at]) => at)) - start : null,
      ran: ran.length,
      inOrder: order.every((id, i) => i === 0 || id > order[i - 1]),
      trackerBeforeConsent,
      imagesRequested: env.tracker.log.filter((entry) => entry.path.startsWith('/p.gif')).length,
    };
  } finally {
    await context.close();
  }
}

/** The same 1,000 elements untagged: from the first script to the last one having run (the parser's own pace). */
export async function untaggedElements(env) {
  const context = await env.browser.newContext(env.contextOptions);
  const page = await context.newPage();
  try {
    await page.goto(env.site.url + UNTAGGED_PAGE.path, { waitUntil: 'load' });
    const { ran, start } = await page.evaluate(() => ({ ran: window.__benchRan ?? [], start: window.__benchStart }));
    return { ms: ran.length >= GATED_PAGE.scripts ? Math.max(...ran.map(([, at]) => at)) - start : null, ran: ran.length };
  } finally {
    await context.close();
  }
}
