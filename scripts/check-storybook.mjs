// Opens the static Storybook (manager and every story's iframe) in headless Chromium and fails on
// any console error, page error or failed request. Screenshots go to screenshots/storybook/.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../packages/test-config/index.js';
import { serveStatic } from './static-server.mjs';

const root = resolve(process.argv[2] ?? 'apps/storybook/storybook-static');
const shots = resolve('screenshots/storybook');
mkdirSync(shots, { recursive: true });

const entries = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries);
const pages = [{ name: 'manager', path: '/index.html' }].concat(
  entries.map((entry) => ({ name: entry.id, path: `/iframe.html?id=${entry.id}&viewMode=${entry.type}` })),
);

const server = await serveStatic(root);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const problems = [];
for (const page of pages) {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.name}: console error: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`${page.name}: page error: ${error.message}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${page.name}: HTTP ${response.status()}: ${response.url()}`);
  });
  tab.on('requestfailed', (request) => problems.push(`${page.name}: request failed: ${request.url()}`));
  // The load event first: on a busy machine 'networkidle' (500 ms without a request) can come before
  // the page's scripts have run, and an error they would print would go unseen.
  await tab.goto(server.url + page.path, { waitUntil: 'load' });
  await tab.waitForLoadState('networkidle');
  // The manager loads the first story in a frame after networkidle; give it time to settle.
  await tab.waitForTimeout(page.name === 'manager' ? 2000 : 300);
  await tab.screenshot({ path: join(shots, `${page.name}.png`) });
  await tab.close();
}
await browser.close();
await server.close();

for (const problem of problems) console.error(problem);
const failedPages = new Set(problems.map((problem) => problem.split(':')[0])).size;
console.log(`Storybook pages: ${pages.length - failedPages} loaded cleanly, ${failedPages} with errors`);
process.exit(problems.length ? 1 : 0);
