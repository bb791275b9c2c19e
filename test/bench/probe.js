// What the bench watches inside the page, installed before any of the page's scripts run:
// long tasks, layout shifts, animation frames, DOMContentLoaded, the first "click" and the
// first frame in which the CMP's banner is visible. Everything lands in `window.__bench`.

/** The in-page part; `findBanner` returns the CMP's banner element or nothing. */
function watch(findBanner) {
  const bench = (window.__bench = { longTasks: [], shifts: [], frames: 0, bannerAt: null, bannerFrame: null, dclAt: null, dclFrame: null, clickAt: null, clickFrame: null, goneAt: null, goneFrame: null, fcpAt: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name == 'first-contentful-paint') bench.fcpAt = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shifts.push([entry.startTime, entry.value]);
  }).observe({ type: 'layout-shift', buffered: true });

  // Visible: laid out in the viewport, no ancestor (shadow hosts included) hidden or at
  // opacity 0. A banner that fades in counts from its first painted frame.
  const isVisible = (element) => {
    if (!element?.isConnected || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  };
  // rAF callbacks run just before the frame is rendered: the banner is on screen in that frame.
  // performance.now(), not the callback's frame time, which is stale after a long task.
  // After a click, the first frame in which the banner is no longer visible.
  const frame = () => {
    bench.frames++;
    const visible = isVisible(findBanner());
    if (bench.bannerAt === null && visible) {
      bench.bannerAt = performance.now();
      bench.bannerFrame = bench.frames;
    }
    if (bench.clickAt !== null && !visible) {
      bench.goneAt = performance.now();
      bench.goneFrame = bench.frames;
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', () => {
    bench.dclAt = performance.now();
    bench.dclFrame = bench.frames;
  });
  addEventListener('click', (event) => {
    bench.clickAt ??= event.timeStamp;
    bench.clickFrame ??= bench.frames;
  }, true);
}

/** The init script for a page whose banner `bannerSource` (a function's source) finds. */
export const probeScript = (bannerSource) => `(${watch})(${bannerSource});`;
