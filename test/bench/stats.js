// Pure arithmetic over the raw figures: summaries of runs, ratios, and the web-performance
// metrics computed from in-page entries. No I/O, so each line can be checked by hand.

/** Median, min and max of the numbers in `values`, ignoring `null`; `null` when there are none. */
export function summarize(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}

/** `value / base`, or `null` when either is missing or the base is 0 (no meaningful ratio). */
export const ratio = (value, base) => (value == null || base == null || base === 0 ? null : value / base);

/** Long tasks (`[startTime, duration]`) that start before `end` (ms since navigation start). */
const tasksBefore = (tasks, end) => tasks.filter(([start]) => start < end);

/** Total blocking time: the sum of each task's time over 50 ms. */
export const totalBlockingTime = (tasks, end) => tasksBefore(tasks, end).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);

/** The longest task's duration, 0 when there was none (the long-task API reports only tasks over 50 ms). */
export const longestTask = (tasks, end) => tasksBefore(tasks, end).reduce((max, [, duration]) => Math.max(max, duration), 0);

/**
 * Cumulative layout shift as Core Web Vitals defines it: shifts (`[startTime, value]`) grouped
 * in session windows (gaps under 1 s, windows at most 5 s long), the largest window's sum.
 */
export function cumulativeLayoutShift(shifts, end) {
  let worst = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const [start, value] of shifts.filter(([time]) => time < end).sort((a, b) => a[0] - b[0])) {
    if (start - last < 1000 && start - first < 5000) current += value;
    else [current, first] = [value, start];
    last = start;
    worst = Math.max(worst, current);
  }
  return worst;
}
