// First frame of `<gd-network preset="xor" layers="4">` on a page with only that tag, loaded the way
// a blogger's page loads it (the autoloader, then the element's chunks on first sight of the tag).
// Times from the moment the module script starts loading (an inline classic script before it):
//   - element defined (autoloader and the element's chunks evaluated);
//   - first update done (the shadow DOM built, before layout and paint);
//   - first rendered frame (the rAF after the first update: controls and empty canvases on screen);
//   - network ready (core's trainer built, regions and heat maps drawn, the rAF after that).
// RUNS cold loads in fresh contexts; prints median and worst. No assertions: figures depend on the
// machine (report `uptime` beside them). Needs `pnpm build` first.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder } from '../scripts/browser-folder.mjs';
import { coldLoadMarks, medianWorstRow as row } from './cold-loads.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
if (!existsSync(new URL('../dist/gd-playground.js', import.meta.url).pathname)) {
  console.error('dist/gd-playground.js is missing: run `pnpm build` first.');
  process.exit(1);
}
const site = mkdtempSync(join(tmpdir(), 'gd-network-first-frame-'));
copyBrowserFolder(site);
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>First frame</title></head>
<body>
  <script>
    window.t0 = performance.now();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    customElements.whenDefined('gd-network').then(async () => {
      window.tDefined = performance.now();
      const element = document.querySelector('gd-network');
      await element.updateComplete;
      window.tUpdated = performance.now();
      await frame();
      window.tFirstFrame = performance.now();
      await element.whenReady();
      await element.updateComplete;
      await frame();
      window.tReady = performance.now();
      window.status = element.shadowRoot.querySelector('[data-value="status"]')?.textContent ?? '';
    });
  </script>
  <script type="module" src="./gd-playground.js"></script>
  <gd-network preset="xor" layers="4"></gd-network>
</body>
</html>`,
);

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const samples = await coldLoadMarks(browser, `${server.url}/index.html`, {
  runs: RUNS,
  viewport: { width: 1100, height: 900 },
  afterLoad: async (page, run) => {
    const status = await page.evaluate(() => window.status);
    if (!/Step\s+0/.test(status)) console.warn(`run ${run + 1}: unexpected status "${status}"`);
  },
});
await browser.close();
await server.close();
console.log(
  [
    '',
    `### \`<gd-network preset="xor" layers="4">\` alone: first frame (${RUNS} cold loads; target: first frame < 500 ms)`,
    '',
    '| from the module script starting to load, to | median ms | worst ms |',
    '|---|---:|---:|',
    row('element defined (autoloader and chunks evaluated)', samples.defined),
    row('first update done (shadow DOM built)', samples.updated),
    row('first rendered frame', samples.firstFrame),
    row('network ready (trainer built, regions and heat maps drawn)', samples.ready),
  ].join('\n'),
);
