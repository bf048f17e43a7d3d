// A page with only <gd-convolution>: the bytes it loads (one minified file built from
// src/define/gd-convolution.ts, raw and gzip) and, in headless Chromium, the work of each step while
// playing: the synchronous render after each `gd-step` and every long task (> 50 ms) the browser
// reports. Cases: the lesson's 1-D example, the 4 × 4 edge, and a 12 × 12 two-channel image with
// two output channels (im2col 100 × 18). No assertions: figures depend on the machine.
// Run from packages/components: `node bench/convolution-page.mjs`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { build } from 'vite';
import { serveStatic } from '../../../scripts/static-server.mjs';

const site = mkdtempSync(join(tmpdir(), 'gd-convolution-page-'));
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: site,
    emptyOutDir: false,
    minify: true,
    lib: { entry: 'src/define/gd-convolution.ts', formats: ['es'], fileName: () => 'gd-convolution.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
const code = readFileSync(join(site, 'gd-convolution.js'));
console.log(
  `gd-convolution.js alone: ${(code.length / 1024).toFixed(1)} KB raw, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip`,
);

const image = (size, channel) =>
  Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_c, c) => (r * size + c + channel) % 10).join(','),
  ).join(';');
const CASES = [
  ['1-D lesson example (5 → 3)', { input: '1,2,3,4,5', kernel: '1,0,-1' }],
  [
    '2-D edge (4 × 4 → 2 × 2)',
    { input: '1,2,3,4;5,6,7,8;9,10,11,12;13,14,15,16', kernel: '1,0,-1;1,0,-1;1,0,-1' },
  ],
  [
    '12 × 12, 2 → 2 channels, padding 0 (10 × 10 out)',
    {
      input: `${image(12, 0)}|${image(12, 3)}`,
      kernel: '1,0,-1;2,0,-2;1,0,-1|0,1,0;1,-4,1;0,1,0/1,1,1;1,1,1;1,1,1|0,0,0;0,1,0;0,0,0',
    },
  ],
  [
    'the same with hide-matrix hide-gradients',
    {
      input: `${image(12, 0)}|${image(12, 3)}`,
      kernel: '1,0,-1;2,0,-2;1,0,-1|0,1,0;1,-4,1;0,1,0/1,1,1;1,1,1;1,1,1|0,0,0;0,1,0;0,0,0',
      'hide-matrix': '',
      'hide-gradients': '',
    },
  ],
];

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [name, attributes] of CASES) {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => `${key}="${value}"`)
    .join(' ');
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>conv</title></head>
<body><gd-convolution ${attrs}></gd-convolution><script type="module" src="./gd-convolution.js"></script></body></html>`,
  );
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${server.url}/index.html`, { waitUntil: 'networkidle' });
  const result = await page.evaluate(async () => {
    const element = document.querySelector('gd-convolution');
    await element.updateComplete;
    // Start once the page has settled: the autodiff check (tfjs start-up) is not part of playing.
    await new Promise((resolve) => {
      const started = performance.now();
      const poll = () => {
        const check = element.shadowRoot.querySelector('[data-value="autodiff"]');
        if (!check || check.textContent.includes('(') || performance.now() - started > 20_000) resolve();
        else setTimeout(poll, 50);
      };
      poll();
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
    const renders = [];
    element.addEventListener('gd-step', () => {
      const start = performance.now();
      // The step's render runs in the microtask after the event; its end is updateComplete.
      element.updateComplete.then(() => renders.push(performance.now() - start));
    });
    const root = element.shadowRoot;
    const speed = root.querySelector('#speed');
    speed.value = '8';
    speed.dispatchEvent(new Event('change'));
    await element.updateComplete;
    root.querySelector('#play').click();
    await new Promise((resolve) => {
      const poll = () =>
        root.querySelector('#play').getAttribute('aria-pressed') === 'false'
          ? resolve()
          : setTimeout(poll, 50);
      setTimeout(poll, 200);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    renders.sort((a, b) => a - b);
    return {
      steps: renders.length,
      median: renders[Math.floor(renders.length / 2)],
      worst: renders[renders.length - 1],
      longTasks,
    };
  });
  console.log(
    `${name}: ${result.steps} steps played; render per step median ${result.median.toFixed(1)} ms, worst ${result.worst.toFixed(1)} ms; long tasks while playing: ${result.longTasks.length ? result.longTasks.map((d) => d.toFixed(0)).join(', ') : 'none'}`,
  );
  await page.close();
}
await browser.close();
server.close?.();
process.exit(0);
