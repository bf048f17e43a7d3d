// Opens every page of the built docs site in headless Chromium and fails on a console error or
// warning, a page error, a failed request, or a widget that did not render (empty shadow root, or
// an error message shown). Screenshots go to screenshots/docs/ at the repository's top (not committed).
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';

const site = new URL('../dist/', import.meta.url).pathname;
const shots = new URL('../../../screenshots/docs/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });

const pages = [];
(function collect(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) collect(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) pages.push(relative(site, join(dir, entry.name)));
  }
})(site);

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const problems = [];
for (const path of pages) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      problems.push(`${path}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`${path}: request failed: ${request.url()}`));
  await page.goto(`${server.url}/${path}`, { waitUntil: 'networkidle' });
  const widgets = await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) =>
      element.localName.startsWith('gd-'),
    );
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements.map((element) => ({
      tag: element.localName,
      rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
      problem: element.shadowRoot?.querySelector('[part="problems"]')?.textContent?.trim() ?? '',
    }));
  });
  for (const widget of widgets) {
    if (!widget.rendered) problems.push(`${path}: <${widget.tag}> rendered nothing`);
    if (widget.problem) problems.push(`${path}: <${widget.tag}> shows an error: ${widget.problem}`);
  }
  await page.screenshot({ path: join(shots, `${path.replace(/[\\/]/g, '_')}.png`), fullPage: true });
  console.log(`${path}: ${widgets.length} widgets`);
  await page.close();
}
await browser.close();
await server.close();
for (const problem of problems) console.error(problem);
console.log(`Docs pages: ${pages.length} checked, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
