// First interactive frame of <gd-playground> from the built single-file bundle, as a blogger's
// page loads it: a plain HTML page, one <script type="module"> and one tag (N = 1,000, preset
// `linear`). Times, from the moment the module script starts loading:
//   - the bundle evaluated (the module's first statement ran: its import graph is one file);
//   - the first update done (the element's and its views' DOM built, before layout and paint);
//   - the first rendered frame (controls and views painted: the rAF after the first update);
//   - the session ready (Play enabled: data, model and landscape built).
// Runs RUNS cold page loads and prints median and worst; appends to bench-results/playground.md.
// Then the longest main-thread task while `<gd-playground preset="blobs" size="1000">` loads (a
// logistic model with BCE: the heaviest default landscape), from a PerformanceObserver for
// 'longtask' registered before the bundle loads, over the load and the 4 s after Play is enabled.
// BENCH_BASELINE=<folder> (an earlier build's gd-playground.js and chunks/) measures the blobs page
// for that build too, loads alternating with this one, so both columns share the machine's load;
// BENCH_BLOBS_ONLY=1 skips the first-frame part. The load average (`uptime`) is printed beside them.
// No assertions: figures depend on the machine. Needs `pnpm build` first (dist/gd-playground.js).
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder } from '../scripts/browser-folder.mjs';
import { coldLoadMarks, quantile, medianWorstRow as row } from './cold-loads.mjs';

const RUNS = 7;

const bundle = new URL('../dist/gd-playground.js', import.meta.url).pathname;
if (!existsSync(bundle)) {
  console.error('dist/gd-playground.js is missing: run `pnpm build` first.');
  process.exit(1);
}
const site = mkdtempSync(join(tmpdir(), 'gd-first-frame-'));
// The autoloader and the chunks it imports on first sight of a tag.
copyBrowserFolder(site);
// The inline classic script runs before the module starts loading: its time is "script loading".
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>First frame</title></head>
<body>
  <script>
    window.t0 = performance.now();
    customElements.whenDefined('gd-playground').then(async () => {
      window.tDefined = performance.now();
      const element = document.querySelector('gd-playground');
      await element.updateComplete;
      await Promise.all([...element.shadowRoot.querySelectorAll('.view')].map((view) => view.updateComplete));
      window.tUpdated = performance.now();
      requestAnimationFrame(() => setTimeout(() => { window.tFirstFrame = performance.now(); }));
      await element.whenReady();
      await element.updateComplete;
      requestAnimationFrame(() => setTimeout(() => {
        const play = element.shadowRoot.querySelector('#run-play');
        window.tReady = performance.now();
        window.playEnabled = Boolean(play && !play.disabled);
      }));
    });
  </script>
  <script type="module" src="./gd-playground.js"></script>
  <gd-playground preset="linear" size="1000" speed="10" learning-rate="0.01"></gd-playground>
</body>
</html>`,
);

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let backend = 'n/a';
const firstFrameRuns = process.env.BENCH_BLOBS_ONLY ? 0 : RUNS;
const samples = await coldLoadMarks(browser, `${server.url}/index.html`, {
  runs: firstFrameRuns,
  viewport: { width: 1000, height: 900 },
  afterLoad: async (page, run) => {
    const playEnabled = await page.evaluate(() => window.playEnabled);
    if (!playEnabled) console.warn(`run ${run + 1}: Play was not enabled when the session said ready`);
    backend = await page.evaluate(() => window.tf?.getBackend?.() ?? 'see session');
  },
});
// --- longest main-thread task while the blobs playground loads ---------------------------------
writeFileSync(
  join(site, 'blobs.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blobs</title></head>
<body>
  <script>
    window.t0 = performance.now();
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    // Long animation frames name the scripts that made them long (Chromium 123+): attribution.
    window.longFrames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.longFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          scripts: (entry.scripts ?? []).map((s) => ({
            duration: s.duration,
            invoker: s.invoker,
            name: s.sourceFunctionName,
            at: s.sourceCharPosition,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    customElements.whenDefined('gd-playground').then(async () => {
      window.tDefined = performance.now();
      const element = document.querySelector('gd-playground');
      await element.whenReady();
      window.tReady = performance.now();
      // The landscape refines after the session is ready: watch a while longer.
      setTimeout(() => { window.tDone = performance.now(); }, 4000);
    });
  </script>
  <script type="module" src="./gd-playground.js"></script>
  <gd-playground preset="blobs" size="1000"></gd-playground>
</body>
</html>`,
);
const baseline = process.env.BENCH_BASELINE;
const builds = [{ name: 'now', url: server.url }];
let baselineServer;
if (baseline) {
  const baseSite = mkdtempSync(join(tmpdir(), 'gd-first-frame-base-'));
  copyBrowserFolder(baseSite, baseline);
  writeFileSync(join(baseSite, 'blobs.html'), readFileSync(join(site, 'blobs.html')));
  baselineServer = await serveStatic(baseSite);
  builds.unshift({ name: 'before', url: baselineServer.url });
}
const blobs = Object.fromEntries(builds.map(({ name }) => [name, { longest: [], totals: [], ready: [] }]));
const loadAverages = [];
for (let run = 0; run < RUNS; run++) {
  // Alternate the builds, so a burst of load on the shared machine hits both alike.
  for (const build of run % 2 ? [...builds].reverse() : builds) {
    loadAverages.push(loadavg()[0]);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${build.url}/blobs.html`);
    await page.waitForFunction(() => window.tDone !== undefined, null, { timeout: 90_000 });
    const result = await page.evaluate(() => ({
      tasks: window.longTasks,
      ready: window.tReady - window.t0,
      defined: window.tDefined - window.t0,
      frames: window.longFrames,
    }));
    const durations = result.tasks.map((task) => task.duration);
    const samples = blobs[build.name];
    samples.longest.push(durations.length ? Math.max(...durations) : 0);
    samples.totals.push(durations.reduce((sum, d) => sum + d, 0));
    samples.ready.push(result.ready);
    // Where each task sits: before the element is defined it is the bundle's own evaluation.
    const where = result.tasks.map((task) => `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)}`);
    console.log(
      `blobs ${build.name} run ${run + 1}: defined at ${result.defined.toFixed(0)} ms, ready at ${result.ready.toFixed(0)} ms; long tasks: ${where.join(', ')}`,
    );
    if (process.env.BENCH_ATTRIBUTION) {
      for (const frame of result.frames.filter((f) => f.duration > 100)) {
        const scripts = frame.scripts
          .filter((script) => script.duration > 20)
          .map(
            (script) =>
              `${script.invoker} ${script.name || '?'}@${script.at} ${script.duration.toFixed(0)} ms`,
          );
        console.log(
          `  long frame ${frame.duration.toFixed(0)} ms at ${frame.start.toFixed(0)}: ${scripts.join('; ')}`,
        );
      }
    }
    await context.close();
  }
}
const both = (label, key) =>
  baseline
    ? `| ${label} | ${quantile(blobs.before[key], 0.5).toFixed(0)} | ${Math.max(...blobs.before[key]).toFixed(0)} | ${quantile(blobs.now[key], 0.5).toFixed(0)} | ${Math.max(...blobs.now[key]).toFixed(0)} |`
    : row(label, blobs.now[key]);
const blobLines = [
  '',
  `### Longest main-thread task while \`<gd-playground preset="blobs" size="1000">\` loads (${RUNS} cold loads${baseline ? ' per build, alternating' : ''}; target ≤ 200 ms)`,
  '',
  `Load average (1 min) during the loads: ${Math.min(...loadAverages).toFixed(1)}–${Math.max(...loadAverages).toFixed(1)} on ${new Date().toISOString().slice(0, 16)} UTC.`,
  '',
  baseline
    ? `| measure | before (${baseline}) median ms | before worst ms | now median ms | now worst ms |`
    : '| measure | median ms | worst ms |',
  baseline ? '|---|---:|---:|---:|---:|' : '|---|---:|---:|',
  both('longest task (PerformanceObserver "longtask")', 'longest'),
  both('all long tasks added up', 'totals'),
  both('session ready (Play enabled)', 'ready'),
];
await browser.close();
await server.close();
await baselineServer?.close();

const lines =
  firstFrameRuns === 0
    ? []
    : [
        '',
        `### First frame from the built bundle (${RUNS} cold loads, N = 1,000, backend ${backend}; target: first frame < 500 ms)`,
        '',
        '| from the module script starting to load, to | median ms | worst ms |',
        '|---|---:|---:|',
        row('bundle evaluated, element defined', samples.defined),
        row('first update done: controls and views built, before layout and paint', samples.updated),
        row('first rendered frame (controls and views on screen)', samples.firstFrame),
        row('session ready (Play enabled)', samples.ready),
      ];
lines.push(...blobLines);
console.log(lines.join('\n'));
const results = new URL('../bench-results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });
appendFileSync(join(results, 'playground.md'), `${lines.join('\n')}\n`);
