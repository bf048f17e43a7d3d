// <gd-normalization> on a page with nothing else: the bytes that page loads (its element alone,
// bundled and minified from dist/define/gd-normalization.js, with lit and tfjs), and the main
// thread while the training comparison plays: long tasks (> 50 ms, the Long Tasks API), long
// animation frames, and the largest gap between animation frames, over PLAY_MS of playing.
// No assertions: figures depend on the machine. Needs `pnpm build` first (dist/).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { build } from 'vite';
import { serveStatic } from '../../../scripts/static-server.mjs';

const PLAY_MS = 6000;
const entry = new URL('../dist/define/gd-normalization.js', import.meta.url).pathname;
if (!existsSync(entry)) {
  console.error('dist/define/gd-normalization.js is missing: run `pnpm build` first.');
  process.exit(1);
}
const site = mkdtempSync(join(tmpdir(), 'gd-normalization-'));
await build({
  logLevel: 'warn',
  configFile: false,
  build: {
    outDir: site,
    emptyOutDir: false,
    minify: true,
    lib: { entry, formats: ['es'], fileName: () => 'gd-normalization.js' },
  },
});
const script = readFileSync(join(site, 'gd-normalization.js'));
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>gd-normalization alone</title></head>
<body>
  <script>
    window.longTasks = [];
    window.longFrames = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration) + '@' + Math.round(e.startTime - (window.tPlay ?? 0))))).observe({ type: 'longtask', buffered: true });
    try {
      new PerformanceObserver((list) => window.longFrames.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'long-animation-frame', buffered: true });
    } catch {}
  </script>
  <script type="module" src="./gd-normalization.js"></script>
  <gd-normalization hide-running></gd-normalization>
</body>
</html>`,
);
const html = readFileSync(join(site, 'index.html'));

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
await page.goto(`${server.url}/index.html`);
await page.waitForFunction(
  async () => {
    const element = document.querySelector('gd-normalization');
    if (!element?.whenReady) return false;
    await element.whenReady();
    return !element.shadowRoot.querySelector('#play').disabled;
  },
  null,
  { timeout: 60_000 },
);
const result = await page.evaluate(async (playMs) => {
  const element = document.querySelector('gd-normalization');
  const loadTasks = [...window.longTasks];
  window.longTasks = [];
  window.longFrames = [];
  let last = performance.now();
  let maxGap = 0;
  let frames = 0;
  let running = true;
  const tick = (now) => {
    maxGap = Math.max(maxGap, now - last);
    last = now;
    frames++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.tPlay = performance.now();
  element.shadowRoot.querySelector('#play').click();
  await new Promise((resolve) => setTimeout(resolve, playMs));
  running = false;
  const status = element.shadowRoot.querySelector('[part="status"]').getAttribute('data-step');
  element.shadowRoot.querySelector('#play').click();
  return {
    loadLongTasks: loadTasks,
    longTasks: window.longTasks,
    longFrames: window.longFrames,
    maxGap,
    frames,
    steps: Number(status),
  };
}, PLAY_MS);
await browser.close();
await server.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('<gd-normalization> alone on a page');
console.log(
  `  script: ${kb(script.length)} minified, ${kb(gzipSync(script).length)} gzip; page HTML ${kb(html.length)}`,
);
console.log(
  `  while loading: ${result.loadLongTasks.length} long tasks (max ${Math.max(0, ...result.loadLongTasks.map((t) => Number.parseInt(t, 10))).toFixed(0)} ms)`,
);
console.log(
  `  playing ${PLAY_MS / 1000} s: ${result.steps} steps of both networks in ${result.frames} frames; ` +
    `long tasks (> 50 ms): ${result.longTasks.length} (max ${Math.max(0, ...result.longTasks.map((t) => Number.parseInt(t, 10))).toFixed(0)} ms; duration@start: ${result.longTasks.join(' ')}); ` +
    `long animation frames: ${result.longFrames.length} (max ${Math.max(0, ...result.longFrames).toFixed(0)} ms); ` +
    `largest gap between frames ${result.maxGap.toFixed(0)} ms`,
);
