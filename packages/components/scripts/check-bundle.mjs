// The blogger's path, checked: a plain HTML page with one <script type="module"> pointing at the
// autoloader (dist/gd-playground.js, copied with its chunks/ folder), then the tags with attributes.
// Opens it in headless Chromium and fails on any console error or a widget that did not render the
// curriculum's numbers (each element's code arrives through the autoloader). Then opens it again
// served with a strict Content-Security-Policy and fails on any violation, naming where it came
// from. Prints the bytes the page pulled.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, DIST, gzipBytes, recordScripts } from './browser-folder.mjs';

const packageRoot = new URL('..', import.meta.url).pathname;
const site = mkdtempSync(join(tmpdir(), 'gd-bundle-'));
copyBrowserFolder(site);
// A file rather than a data: URL, which the strict policy's default-src 'self' would block.
writeFileSync(join(site, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>');
writeFileSync(
  join(site, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><link rel="icon" href="./favicon.svg"><title>A blog post</title></head>
<body>
  <p>My post about loss functions.</p>
  <script type="module" src="./gd-playground.js"></script>
  <gd-loss-explorer id="losses" truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>
  <gd-lr-slider id="rate" learning-rate="0.1" start="5"></gd-lr-slider>
  <gd-sigmoid-boundary id="boundary" weights="2.8,-4.5" bias="0.4" probe="1,1.5"></gd-sigmoid-boundary>
  <gd-math id="formula" tex="w \\leftarrow w - \\alpha g"></gd-math>
  <gd-playground id="playground" data='{"features":[[1,2,3],[4,5,6]],"targets":[14,32]}' no-bias start="2,2,2"
    learning-rate="0.01" standardize="false"></gd-playground>
  <gd-network id="network" preset="xor" layers="4"></gd-network>
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
  // 200 xor points, half for training, batch 10: 20 steps are two epochs (trained under the policy).
  network: ['Step 20 · epoch 2 ·'],
};

/**
 * The policy a strict CMS ships: no inline script, no inline style, nothing from elsewhere. Elements
 * must style themselves through adopted style sheets and the CSSOM, never a `style` attribute.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Opens the page, runs the widgets and returns what went wrong; `label` prefixes each problem. */
async function checkPage(browser, serverUrl, label) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const scripts = recordScripts(page, serverUrl);
  const problems = [];
  const violations = [];
  page.on('console', (message) => {
    // Policy violations are reported below with where they come from, once each.
    if (message.text().includes('Content Security Policy')) return;
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${label}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  // Where each violation comes from: the event is composed, so one listener on the document hears
  // those raised inside shadow roots too. Injected through the DevTools protocol, which the policy allows.
  await page.exposeFunction('__reportViolation', (violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // composedPath() reaches into open shadow roots: the element itself and the chain of hosts.
      const path = event.composedPath();
      const element = path[0] instanceof Element ? path[0] : undefined;
      const hosts = path.filter((node) => node instanceof ShadowRoot).map((root) => root.host.localName);
      // Only the attributes that identify a kind of element, so that repeated ones group together.
      const attributes = element
        ? [...element.attributes]
            .filter((attribute) => ['id', 'class', 'part', 'style'].includes(attribute.name))
            .map((attribute) => `${attribute.name}="${attribute.value.slice(0, 90)}"`)
        : [];
      window.__reportViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        file: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
        sample: event.sample,
        element: element ? `<${element.localName} ${attributes.join(' ')}>` : String(path[0]?.nodeName ?? ''),
        where: hosts.reverse().join(' > ') || 'page',
      });
    });
  });
  await page.goto(`${serverUrl}/index.html`, { waitUntil: 'networkidle' });
  // The learning-rate widget runs gradient descent through core (tfjs inside the bundle): two steps.
  await page.evaluate(async () => {
    // The autoloader defines each tag when its chunk arrives: wait for that before calling methods.
    await Promise.all(
      ['gd-lr-slider', 'gd-playground', 'gd-network'].map((tag) => customElements.whenDefined(tag)),
    );
    const slider = document.getElementById('rate');
    await slider.whenReady();
    await slider.step(2);
    const playground = document.getElementById('playground');
    await playground.whenReady();
    await playground.step(1);
    const network = document.getElementById('network');
    await network.whenReady();
    await network.step(20);
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
      problems.push(`${label}: #${id} does not show ${needles.join(', ')}: ${text.slice(0, 200)}`);
    }
  }
  // Violation events are queued as tasks: let them arrive before reading.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  await page.screenshot({ path: join(site, `${label}.png`), fullPage: true });
  await page.close();
  return { problems, violations, scripts };
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const server = await serveStatic(site);
const plain = await checkPage(browser, server.url, 'blog');
const strictServer = await serveStatic(site, { headers: { 'Content-Security-Policy': STRICT_CSP } });
const strict = await checkPage(browser, strictServer.url, 'strict-csp');
await browser.close();
await server.close();
await strictServer.close();

console.log(
  `Autoloader: ${(gzipBytes(join(site, 'gd-playground.js')) / 1024).toFixed(1)} KB gzip. ` +
    `The page pulled ${plain.scripts.paths.size} scripts, ${(plain.scripts.total(site) / 1024).toFixed(0)} KB gzip. ` +
    `Screenshot: ${join(site, 'blog.png')}`,
);
for (const problem of [...plain.problems, ...strict.problems]) console.error(problem);
// The code is minified: map each violation's script position back to the source through the
// source map of the file that raised it (the autoloader or one of its chunks), and group identical ones.
const sourceMaps = new Map();
function sourceMapOf(file) {
  if (!sourceMaps.has(file)) {
    const path = join(DIST, decodeURIComponent(new URL(file).pathname), '') + '.map';
    sourceMaps.set(
      file,
      existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : undefined,
    );
  }
  return sourceMaps.get(file);
}
const grouped = new Map();
for (const violation of strict.violations) {
  const map = violation.file?.endsWith('.js') && violation.line > 0 ? sourceMapOf(violation.file) : undefined;
  const origin = map?.findOrigin(violation.line, violation.column);
  const generated = violation.file ? join(DIST, decodeURIComponent(new URL(violation.file).pathname)) : '';
  const source = origin?.fileName
    ? `${relative(packageRoot, fileURLToPath(new URL(origin.fileName, pathToFileURL(generated))))}:${origin.lineNumber}:${origin.columnNumber}`
    : `${violation.file || '(page)'}:${violation.line}:${violation.column}`;
  const key = `${violation.directive} in ${violation.where}: ${violation.element} (raised by ${source})${violation.sample ? ` sample "${violation.sample}"` : ''}`;
  grouped.set(key, (grouped.get(key) ?? 0) + 1);
}
for (const [key, count] of grouped) console.error(`strict-csp: ${count}× ${key}`);
console.log(
  plain.problems.length
    ? `Blog page: ${plain.problems.length} problem(s)`
    : 'Blog page: every widget rendered its numbers, console clean',
);
console.log(
  `Strict CSP (${STRICT_CSP}): ${strict.violations.length} violation(s) from ${grouped.size} place(s), ${strict.problems.length} other problem(s)`,
);
const failed = plain.problems.length + strict.problems.length + strict.violations.length;
process.exit(failed ? 1 : 0);
