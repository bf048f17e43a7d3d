// The blogger's path, checked: a plain HTML page with one <script type="module"> pointing at the
// autoloader (dist/gd-playground.js, copied with its chunks/ folder), then the tags with attributes.
// Opens it in headless Chromium and fails on any console error or a widget that did not render the
// curriculum's numbers (each element's code arrives through the autoloader). Prints the bytes pulled.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, gzipBytes, recordScripts } from './browser-folder.mjs';

const site = mkdtempSync(join(tmpdir(), 'gd-bundle-'));
copyBrowserFolder(site);
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A blog post</title></head>
<body>
  <p>My post about loss functions.</p>
  <script type="module" src="./gd-playground.js"></script>
  <gd-loss-explorer id="losses" truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>
  <gd-lr-slider id="rate" learning-rate="0.1" start="5"></gd-lr-slider>
  <gd-sigmoid-boundary id="boundary" weights="2.8,-4.5" bias="0.4" probe="1,1.5"></gd-sigmoid-boundary>
  <gd-math id="formula" tex="w \\leftarrow w - \\alpha g"></gd-math>
  <gd-playground id="playground" data='{"features":[[1,2,3],[4,5,6]],"targets":[14,32]}' no-bias start="2,2,2"
    learning-rate="0.01" standardize="false"></gd-playground>
</body>
</html>`,
);

/** What each widget must show, read from its shadow root's text. */
const EXPECTED = {
  losses: ['2.6667', '1.3333'],
  rate: ['4.7', '4.43'],
  boundary: ['−3.55', '0.0279'],
  formula: ['α'],
  playground: ['2.14'],
};

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
const problems = [];
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    problems.push(`console ${message.type()}: ${message.text()}`);
});
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
const scripts = recordScripts(page, server.url);
await page.goto(`${server.url}/index.html`, { waitUntil: 'networkidle' });
// The learning-rate widget runs gradient descent through core (tfjs inside the bundle): two steps.
await page.evaluate(async () => {
  // The autoloader defines each tag when its chunk arrives: wait for that before calling methods.
  await Promise.all(['gd-lr-slider', 'gd-playground'].map((tag) => customElements.whenDefined(tag)));
  const slider = document.getElementById('rate');
  await slider.whenReady();
  await slider.step(2);
  const playground = document.getElementById('playground');
  await playground.whenReady();
  await playground.step(1);
});
for (const [id, needles] of Object.entries(EXPECTED)) {
  try {
    await page.waitForFunction(
      ([elementId, texts]) => {
        const text = document.getElementById(elementId)?.shadowRoot?.textContent ?? '';
        return texts.every((needle) => text.includes(needle));
      },
      [id, needles],
      { timeout: 15_000 },
    );
  } catch {
    const text = await page.evaluate(
      (elementId) => document.getElementById(elementId)?.shadowRoot?.textContent ?? '(no shadow root)',
      id,
    );
    problems.push(`#${id} does not show ${needles.join(', ')}: ${text.slice(0, 200)}`);
  }
}
await page.screenshot({ path: join(site, 'blog.png'), fullPage: true });
await browser.close();
await server.close();

console.log(
  `Autoloader: ${(gzipBytes(join(site, 'gd-playground.js')) / 1024).toFixed(1)} KB gzip. ` +
    `The page pulled ${scripts.paths.size} scripts, ${(scripts.total(site) / 1024).toFixed(0)} KB gzip. ` +
    `Screenshot: ${join(site, 'blog.png')}`,
);
for (const problem of problems) console.error(problem);
console.log(
  problems.length
    ? `Blog page: ${problems.length} problem(s)`
    : 'Blog page: every widget rendered its numbers, console clean',
);
process.exit(problems.length ? 1 : 0);
