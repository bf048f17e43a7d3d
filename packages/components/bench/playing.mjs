// The main thread while `<gd-normalization>` (its training comparison) and `<gd-mri>` (its
// reconstruction, 128 × 128) play, each alone on a page loaded through the autoloader as a blogger's
// page would. For each element, RUNS fresh pages; in each, Play is pressed and the page watched for
// up to PLAY_MS (or until the run stops by itself), with:
//   - a PerformanceObserver for 'longtask' (tasks over 50 ms, as the browser itself reports them);
//   - a Chromium trace (devtools.timeline): every main-thread task's duration, summed per frame
//     (between one requestAnimationFrame callback and the next) to give the work per frame, p90.
// Also the long tasks the observer saw from navigation until the element was ready (loading).
// Prints the median over runs (and every run), the backend, and `uptime` before and after: the
// machine is shared, so figures under load are noisy. No assertions. Needs `pnpm build` first.
// BENCH_PLAY_MS, BENCH_RUNS and BENCH_ELEMENTS=normalization,mri override the defaults; BENCH_DIST
// measures another build's dist/ folder (e.g. a copy of the previous commit's, for before/after).
import { execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder } from '../scripts/browser-folder.mjs';
import { quantile } from './cold-loads.mjs';

const PLAY_MS = Number(process.env.BENCH_PLAY_MS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ELEMENTS = (
  process.env.BENCH_ELEMENTS ??
  'normalization,mri,playground,network,sigmoid-boundary,lr-slider,backprop,convolution'
).split(',');

/** Counts the element's gd-step events in window.benchSteps (once per page). */
const COUNT_STEPS = `if (window.benchSteps === undefined) { window.benchSteps = 0; element.addEventListener('gd-step', () => { window.benchSteps++; }); }`;

/** Play and pause through the element's own play() and pause(). */
const BY_METHODS = { play: `(element) => element.play()`, pause: `(element) => element.pause()` };

/** Play and pause through its toggle button (aria-pressed while playing). */
const byButton = (selector) => ({
  play: `(element) => element.shadowRoot.querySelector('${selector}').click()`,
  pause: `(element) => { const b = element.shadowRoot.querySelector('${selector}'); if (b.getAttribute('aria-pressed') === 'true') b.click(); }`,
});

/** Progress as the number of gd-step events (the listener is added by `ready`, with COUNT_STEPS). */
const COUNTED = `() => window.benchSteps`;

/**
 * How each element (`gd-<name>`) is played and how its progress is read: functions written into
 * its page.
 */
const SUBJECTS = {
  normalization: {
    markup: '<gd-normalization></gd-normalization>',
    ready: `async (element) => { await element.whenReady(); await element.updateComplete;
      return !element.shadowRoot.querySelector('#play').disabled; }`,
    ...byButton('#play'),
    progress: `(element) => Number(element.shadowRoot.querySelector('[part="status"]').getAttribute('data-step'))`,
    unit: 'steps of both networks',
  },
  mri: {
    markup: '<gd-mri></gd-mri>',
    ready: `async (element) => { await element.ready(); return element.reconstructionError > 0; }`,
    ...BY_METHODS,
    progress: `(element) => Number((element.shadowRoot.querySelector('.iteration')?.textContent ?? '').replace(/[^0-9]/g, ''))`,
    unit: 'iterations',
  },
  playground: {
    markup: '<gd-playground preset="blobs" size="1000"></gd-playground>',
    ready: `async (element) => { await element.whenReady(); return element.session !== undefined; }`,
    ...BY_METHODS,
    progress: `(element) => element.session?.current.step ?? 0`,
    unit: 'steps',
  },
  network: {
    markup: '<gd-network></gd-network>',
    ready: `async (element) => { await element.whenReady(); ${COUNT_STEPS} return true; }`,
    ...BY_METHODS,
    progress: COUNTED,
    unit: 'steps',
  },
  'sigmoid-boundary': {
    markup: '<gd-sigmoid-boundary></gd-sigmoid-boundary>',
    ready: `async (element) => { await element.whenSessionReady(); ${COUNT_STEPS} return true; }`,
    ...BY_METHODS,
    progress: COUNTED,
    unit: 'steps',
  },
  'lr-slider': {
    markup: '<gd-lr-slider></gd-lr-slider>',
    ready: `async (element) => { await element.updateComplete; ${COUNT_STEPS} return true; }`,
    ...BY_METHODS,
    progress: COUNTED,
    unit: 'steps',
  },
  backprop: {
    markup: '<gd-backprop></gd-backprop>',
    ready: `async (element) => { await element.whenSettled(); ${COUNT_STEPS} return true; }`,
    ...byButton('[data-action="play"]'),
    progress: COUNTED,
    unit: 'steps of the trace',
  },
  convolution: {
    markup: '<gd-convolution></gd-convolution>',
    ready: `async (element) => { await element.updateComplete; ${COUNT_STEPS} return true; }`,
    ...byButton('#play'),
    progress: COUNTED,
    unit: 'outputs visited',
  },
};

const site = mkdtempSync(join(tmpdir(), 'gd-playing-'));
copyBrowserFolder(site, ...(process.env.BENCH_DIST ? [process.env.BENCH_DIST] : []));
for (const [name, subject] of Object.entries(SUBJECTS)) {
  writeFileSync(
    join(site, `${name}.html`),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name} playing</title></head>
<body>
  <script>
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  </script>
  <script>
    window.benchSubject = {
      ready: ${subject.ready},
      play: ${subject.play},
      pause: ${subject.pause},
      progress: ${subject.progress},
    };
    // Ready once the element is defined and its own readiness check passes (polled: a check can
    // answer false while the element is still starting).
    customElements.whenDefined('gd-${name}').then(async () => {
      const element = document.querySelector('gd-${name}');
      while (!(await window.benchSubject.ready(element))) await new Promise((r) => setTimeout(r, 100));
      window.benchReady = true;
    });
  </script>
  <script type="module" src="./gd-playground.js"></script>
  ${subject.markup}
</body>
</html>`,
  );
}

const median = (values) => quantile(values, 0.5);

/**
 * Main-thread tasks and animation frames from a trace, between the page's `bench-play` and
 * `bench-stop` marks: task durations (ms) and the work per frame (ms, tasks summed from one
 * animation-frame callback to the next).
 */
function analyseTrace(buffer) {
  const events = JSON.parse(buffer.toString()).traceEvents ?? JSON.parse(buffer.toString());
  const mark = (name) => events.find((e) => e.name === name && e.ph !== 'e');
  const play = mark('bench-play');
  const stop = mark('bench-stop');
  if (!play || !stop) throw new Error('the trace lacks the bench marks');
  const main = { pid: play.pid, tid: play.tid };
  const onMain = (e) => e.pid === main.pid && e.tid === main.tid;
  const inWindow = (e) => e.ts >= play.ts && e.ts <= stop.ts;
  // Top-level tasks only: a RunTask nested inside another is part of it.
  const tasks = [];
  let end = -1;
  for (const e of events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e) && inWindow(e))
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    // tdur: the thread's CPU time in the task, which a loaded machine's descheduling does not inflate.
    tasks.push({
      ts: e.ts,
      dur: e.dur ?? 0,
      cpu: e.tdur ?? e.dur ?? 0,
      posted: e.args?.src_func ?? e.args?.data?.src_func ?? '',
    });
    end = e.ts + (e.dur ?? 0);
  }
  // A frame starts with the task that runs its animation-frame callbacks (several callbacks, one task).
  const callbacks = events
    .filter((e) => e.name === 'FireAnimationFrame' && onMain(e) && inWindow(e))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const frames = [];
  let c = 0;
  for (const task of tasks) {
    while (c < callbacks.length && callbacks[c] < task.ts) c++;
    if (c < callbacks.length && callbacks[c] <= task.ts + task.dur) frames.push(task.ts);
  }
  const perFrame = [];
  const perFrameCpu = [];
  let t = 0;
  for (let f = 0; f + 1 < frames.length; f++) {
    let work = 0;
    let cpu = 0;
    while (t < tasks.length && tasks[t].ts < frames[f]) t++;
    for (let k = t; k < tasks.length && tasks[k].ts < frames[f + 1]; k++) {
      work += tasks[k].dur;
      cpu += tasks[k].cpu;
    }
    perFrame.push(work / 1000);
    perFrameCpu.push(cpu / 1000);
  }
  // What the longest task was made of: its direct children on the main thread, heaviest first, so
  // a rare long task can be told apart (a script's own work, a garbage collection, a GPU wait).
  const longestTask = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  const longestParts = longestTask
    ? events
        .filter(
          (e) =>
            e.ph === 'X' &&
            onMain(e) &&
            e.ts >= longestTask.ts &&
            e.ts < longestTask.ts + longestTask.dur &&
            e.name !== 'RunTask',
        )
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 4)
        .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`)
        .join(', ')
    : '';
  const longestPosted = longestTask
    ? `${longestTask.posted || '?'} (CPU ${(longestTask.cpu / 1000).toFixed(1)} ms)`
    : '';
  return {
    longestParts: `${longestPosted}${longestParts ? `: ${longestParts}` : ''}`,
    tasks: tasks.map((task) => task.dur / 1000),
    tasksCpu: tasks.map((task) => task.cpu / 1000),
    perFrame,
    perFrameCpu,
  };
}

async function measure(browser, server, name) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/${name}.html`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000, polling: 200 });
  // Let the mount's own work finish before watching.
  await page.waitForTimeout(500);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  const result = await page.evaluate(async (playMs) => {
    const element = document.body.lastElementChild;
    const { play: playIt, pause: pauseIt, progress: progressOf } = window.benchSubject;
    const first = progressOf(element);
    // Long tasks from navigation until the element was ready (the observer is registered in <head>).
    const loading = window.longTasks.map((task) => task.duration);
    window.longTasks = [];
    performance.mark('bench-play');
    const started = performance.now();
    playIt(element);
    let lastProgress = first;
    let lastChange = started;
    await new Promise((resolve) => {
      const poll = (now) => {
        const value = progressOf(element);
        if (value !== lastProgress) {
          lastProgress = value;
          lastChange = now;
        }
        // Done after PLAY_MS, or a second after the run stopped moving (a finished comparison).
        if (now - started >= playMs || now - lastChange > 1000) resolve();
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    performance.mark('bench-stop');
    const playedMs = Math.min(performance.now(), lastChange + 50) - started;
    pauseIt(element);
    const longTasks = window.longTasks.filter((task) => task.start >= started).map((task) => task.duration);
    return { steps: lastProgress - first, playedMs, longTasks, loading };
  }, PLAY_MS);
  const trace = analyseTrace(await browser.stopTracing());
  await context.close();
  return { ...result, trace };
}

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/^.*load average/, 'load average');
const lines = [`load before: ${load()}`];
const table = [
  '| element | played | long tasks (> 50 ms) | longest long task (observer) | longest task (trace) | frame work p90 | frame work max | CPU time: tasks > 50 ms / longest / frame p90 | runs | while loading: long tasks / longest |',
  '|---|---|---:|---:|---:|---:|---:|---|---|---|',
];
for (const name of ELEMENTS) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await measure(browser, server, name);
    const longest = Math.max(0, ...r.trace.tasks);
    runs.push({
      count: r.longTasks.length,
      longest,
      observedLongest: Math.max(0, ...r.longTasks),
      p90: quantile(r.trace.perFrame, 0.9),
      longestCpu: Math.max(0, ...r.trace.tasksCpu),
      cpuOver50: r.trace.tasksCpu.filter((d) => d > 50).length,
      p90Cpu: quantile(r.trace.perFrameCpu, 0.9),
      max: Math.max(0, ...r.trace.perFrame),
      steps: r.steps,
      seconds: r.playedMs / 1000,
      frames: r.trace.perFrame.length,
      loadingCount: r.loading.length,
      loadingLongest: Math.max(0, ...r.loading),
    });
    console.log(
      `${name} run ${run + 1}: ${r.steps} ${SUBJECTS[name].unit} in ${(r.playedMs / 1000).toFixed(1)} s, ` +
        `${r.trace.perFrame.length} frames; long tasks ${r.longTasks.length} [${r.longTasks.map((d) => d.toFixed(0)).join(' ')}]; ` +
        `longest task ${longest.toFixed(1)} ms; frame work p50 ${median(r.trace.perFrame).toFixed(1)} / p90 ${quantile(r.trace.perFrame, 0.9).toFixed(1)} ms; ` +
        `CPU time: tasks > 50 ms ${r.trace.tasksCpu.filter((d) => d > 50).length}, longest ${Math.max(0, ...r.trace.tasksCpu).toFixed(1)} ms, frame p90 ${quantile(r.trace.perFrameCpu, 0.9).toFixed(1)} ms; ` +
        `longest task's parts (wall/CPU ms): ${r.trace.longestParts}; ` +
        `while loading: long tasks ${r.loading.length} [${r.loading.map((d) => d.toFixed(0)).join(' ')}]; ${load()}`,
    );
  }
  const m = (key) => median(runs.map((run) => run[key]));
  table.push(
    `| \`<gd-${name}>\` | ${m('steps').toFixed(0)} ${SUBJECTS[name].unit} in ${m('seconds').toFixed(1)} s | ${m('count')} | ${m('count') > 0 ? `${m('observedLongest').toFixed(0)} ms` : '–'} | ${m('longest').toFixed(0)} ms | ${m('p90').toFixed(1)} ms | ${m('max').toFixed(0)} ms | ${m('cpuOver50')} / ${m('longestCpu').toFixed(0)} ms / ${m('p90Cpu').toFixed(1)} ms | ${runs.map((run) => `${run.count}/${run.longest.toFixed(0)}/${run.p90.toFixed(1)}`).join(', ')} | ${m('loadingCount')} / ${m('loadingCount') > 0 ? `${m('loadingLongest').toFixed(0)} ms` : '–'} |`,
  );
}
await browser.close();
await server.close();
lines.push(`load after: ${load()}`);
console.log(
  [
    '',
    `### Playing: main-thread tasks (median of ${RUNS} fresh pages, up to ${PLAY_MS / 1000} s of playing each)`,
    '',
    ...table,
    '',
    'runs: long tasks / longest task ms / frame work p90 ms, per run. Longest task and frame work from a Chromium trace (top-level main-thread tasks; frame = one animation-frame callback to the next); "CPU time" counts only the time the main thread ran (trace tdur), which load on a shared machine does not inflate.',
    ...lines,
  ].join('\n'),
);
