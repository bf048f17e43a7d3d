// What the page benches (first-frame.mjs, network-first-frame.mjs, playing.mjs) share: quantiles,
// a median-and-worst table row, and cold page loads that read the marks a page's inline script set.

/** The q-quantile (0 … 1) of `values`, interpolated between the two nearest; NaN for none. */
export const quantile = (values, q) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
};

/** A markdown row: the label, the median and the worst of `values`, in whole ms. */
export const medianWorstRow = (label, values) =>
  `| ${label} | ${quantile(values, 0.5).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;

/** The four first-frame marks every first-frame page sets on `window`, as ms after `window.t0`. */
export const MARKS = ['defined', 'updated', 'firstFrame', 'ready'];

/**
 * Loads `url` `runs` times, each in a fresh browser context (no HTTP or code cache from the last
 * load), waits until the page's script has set `window.tReady`, and collects the {@link MARKS}.
 * `afterLoad(page, run)` may read more from each page before its context closes.
 */
export async function coldLoadMarks(browser, url, { runs, viewport, afterLoad = async () => {} }) {
  const samples = Object.fromEntries(MARKS.map((key) => [key, []]));
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.tReady !== undefined, null, { timeout: 60_000 });
    const times = await page.evaluate(() => ({
      defined: window.tDefined - window.t0,
      updated: window.tUpdated - window.t0,
      firstFrame: window.tFirstFrame - window.t0,
      ready: window.tReady - window.t0,
    }));
    for (const key of MARKS) samples[key].push(times[key]);
    await afterLoad(page, run);
    await context.close();
  }
  return samples;
}
