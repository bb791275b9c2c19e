// @ts-check
/**
 * Draws the dashboard's charts with uPlot from the figures the page carries (a
 * `<script type="application/json">`, never run): lines over time, bars by group. Series differ
 * by their dash and marker as well as their colour; hidden figures ("< 5") are gaps. Colours
 * come from the stylesheet, so the charts follow light, dark and print. The tables under the
 * charts hold the same numbers: without this script the page still says everything.
 */
(() => {
  const uPlot = /** @type {typeof import('uplot')} */ (/** @type {any} */ (globalThis).uPlot);
  const data = document.getElementById('insights-charts');
  if (!uPlot || !data) return;
  /**
   * @typedef {{ label: string, unit: 'count' | 'percent', values: (number | null)[], line?: boolean }} Series
   * @typedef {{ id: string, type: 'time' | 'bars', labels: string[], series: Series[] }} Chart
   */
  const { charts } = /** @type {{ charts: Chart[] }} */ (JSON.parse(data.textContent ?? '{}'));
  const DASHES = [[], [6, 4], [2, 3]];
  const MARKERS = [7, 6, 5];
  const HEIGHT = 240;
  /** @type {{ plot: import('uplot'), el: HTMLElement }[]} */
  let drawn = [];

  /** @param {string} name */
  const colour = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  /** @param {number} v @param {'count' | 'percent'} unit */
  const tick = (v, unit) => (unit === 'percent' ? `${v} %` : v.toLocaleString('en'));

  /**
   * @param {Chart} chart
   * @param {HTMLElement} el
   */
  function draw(chart, el) {
    const text = colour('--text');
    const grid = { stroke: colour('--grid'), width: 1 };
    const time = chart.type === 'time';
    const xs = time ? chart.labels.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000) : chart.labels.map((_, i) => i);
    const units = [...new Set(chart.series.map((s) => s.unit))];
    /** @type {import('uplot').Series[]} */
    const series = [{}];
    chart.series.forEach((s, i) => {
      const stroke = colour(`--series-${i + 1}`);
      const bars = chart.type === 'bars' && !s.line;
      series.push({
        label: s.label,
        scale: s.unit,
        stroke,
        width: 2,
        dash: bars ? [] : DASHES[i] ?? [],
        fill: bars ? stroke : undefined,
        paths: bars ? uPlot.paths.bars?.({ size: [0.6, 64] }) : undefined,
        points: { show: !bars, size: MARKERS[i] ?? 5, stroke, fill: i === 1 ? colour('--bg') : stroke },
        spanGaps: false,
      });
    });
    /** @type {import('uplot').Axis[]} */
    const axes = [
      {
        stroke: text,
        grid,
        ticks: grid,
        ...(time ? {} : { splits: () => xs, values: (/** @type {unknown} */ _, /** @type {number[]} */ splits) => splits.map((i) => chart.labels[i] ?? '') }),
      },
      ...units.map((unit, i) => ({ scale: unit, side: i ? 1 : 3, stroke: text, grid: i ? { show: false } : grid, ticks: grid, size: 60, values: (/** @type {unknown} */ _, /** @type {number[]} */ vals) => vals.map((v) => tick(v, unit)) })),
    ];
    const plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: {
          x: time ? { time: true } : { time: false, range: () => [-0.5, xs.length - 0.5] },
          count: { range: (_u, _min, max) => [0, Math.max(5, max) * 1.1] },
          percent: { range: [0, 100] },
        },
        series,
        axes,
      },
      [xs, ...chart.series.map((s) => s.values)],
      el,
    );
    drawn.push({ plot, el });
  }

  function drawAll() {
    for (const { plot } of drawn) plot.destroy();
    drawn = [];
    for (const chart of charts) {
      const el = document.getElementById(chart.id);
      if (el) draw(chart, el);
    }
  }

  drawAll();
  // Colours follow the system's scheme and the printed page; sizes follow the window.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawAll);
  addEventListener('beforeprint', () => (document.documentElement.classList.add('printing'), drawAll()));
  addEventListener('afterprint', () => (document.documentElement.classList.remove('printing'), drawAll()));
  new ResizeObserver(() => {
    for (const { plot, el } of drawn) if (el.clientWidth && el.clientWidth !== plot.width) plot.setSize({ width: el.clientWidth, height: HEIGHT });
  }).observe(document.body);
})();
