// Reads a Chromium trace (devtools.timeline) for the tasks of the page's main thread: how long
// each took and whether it ran the CMP's code. Pure: trace JSON in, numbers out.

/** Trace events that mean "this script's code ran" (not merely "was requested"). */
const RUNS_CODE = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.evaluateModule']);
/** A main-thread task; which of the two names appears depends on the trace categories. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The longest task of the page's main thread after the page committed, and the longest one
 * that ran code from a URL `isCmp` accepts, in milliseconds (0 when there was none).
 * `isPage(url)` recognises the page's own document URL.
 */
export function tasksFromTrace(trace, { isPage, isCmp }) {
  const events = trace.traceEvents ?? trace;
  const commit = events.find((event) => event.name === 'CommitLoad' && isPage(event.args?.data?.url ?? ''));
  if (!commit) return { longestTask: null, longestCmpTask: null };
  const onThread = events.filter((event) => event.pid === commit.pid && event.tid === commit.tid && event.ph === 'X').sort((a, b) => a.ts - b.ts);

  // Top-level tasks only: a RunTask inside another (a nested run loop) belongs to the outer one.
  const tasks = [];
  for (const event of onThread) {
    if (!TASKS.has(event.name) || event.ts + event.dur < commit.ts) continue;
    const outer = tasks.at(-1);
    if (!outer || event.ts >= outer.ts + outer.dur) tasks.push({ ts: event.ts, dur: event.dur, cmp: false });
  }
  // Attribute each code event to the task that contains it.
  let index = 0;
  for (const event of onThread) {
    if (!RUNS_CODE.has(event.name) || !isCmp(event.args?.data?.url ?? '')) continue;
    while (index < tasks.length && tasks[index].ts + tasks[index].dur < event.ts) index++;
    if (tasks[index] && tasks[index].ts <= event.ts) tasks[index].cmp = true;
  }
  const longest = (list) => list.reduce((max, task) => Math.max(max, task.dur / 1000), 0);
  return { longestTask: longest(tasks), longestCmpTask: longest(tasks.filter((task) => task.cmp)) };
}
