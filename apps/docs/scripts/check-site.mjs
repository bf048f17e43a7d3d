// Opens every page of the built docs site in headless Chromium and fails on a console error or
// warning, a page error, a failed request, a broken local link, a widget that did not render (empty
// shadow root, or an error message shown, HTML elements inside a formula), a page whose <html lang> is not its folder's language, or
// any axe-core violation (every page, inside the widgets' shadow roots too).
// Then uses the site as a reader would: the top page's language redirect, the language switcher on
// a home and a lesson page, the copy button of an embed snippet, and the blogger page's numbers.
// Screenshots go to screenshots/docs/ at the repository's top (not committed).
import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { axeViolations } from './check/axe.mjs';
import { checkBlog } from './check/blog.mjs';
import { checkCopy } from './check/copy.mjs';
import { brokenLinks, notBuiltYet, openPage, settle, watchPage, widgetStates } from './check/page.mjs';
import { checkRedirect } from './check/redirect.mjs';
import { checkSwitcher } from './check/switcher.mjs';
import { LANGUAGES } from './site/paths.mjs';

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
pages.sort();

/** The language a page must declare: its folder's; English for the top-level pages. */
const languageOf = (path) => (LANGUAGES.includes(path.split('/')[0]) ? path.split('/')[0] : 'en');

const server = await serveStatic(site);
const origin = server.url;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const problems = [];
/** Tags used by lessons whose elements are not in the components package yet (skipped, reported). */
const unbuilt = new Set();
let widgetCount = 0;
let axeCount = 0;
let axePages = 0;
let axeMs = 0;

for (const path of pages) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  // The top page replaces itself while it may still be loading: its own document request can be
  // cancelled then (seen once in a loaded run), which is not a failure.
  watchPage(page, path, problems, { leavesByScript: path === 'index.html' });
  if (path === 'index.html') {
    // The top page replaces itself at once with the reader's language (English here).
    await page.goto(`${origin}/${path}`, { waitUntil: 'commit' });
    await page.waitForURL(`${origin}/en/index.html`, { waitUntil: 'load' });
    await settle(page);
  } else {
    await openPage(page, `${origin}/${path}`);
  }
  const widgets = await widgetStates(page);
  for (const widget of widgets) {
    if (!widget.defined && notBuiltYet(widget.tag)) {
      unbuilt.add(widget.tag);
      continue;
    }
    if (!widget.defined)
      problems.push(`${path}: <${widget.tag}> is not defined (import its define module in src/main.ts)`);
    else if (!widget.rendered) problems.push(`${path}: <${widget.tag}> rendered nothing`);
    if (widget.problem) problems.push(`${path}: <${widget.tag}> shows an error: ${widget.problem}`);
    if (widget.htmlInMath.length)
      problems.push(
        `${path}: <${widget.tag}> has HTML elements inside <math> (${[...new Set(widget.htmlInMath)].join(', ')}): tag the fragment mathml`,
      );
  }
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== languageOf(path))
    problems.push(`${path}: <html lang="${lang}">, expected "${languageOf(path)}"`);
  for (const link of await brokenLinks(page, site, origin)) problems.push(`${path}: broken link to ${link}`);
  const axeStart = performance.now();
  const violations = await axeViolations(page, path);
  axeMs += performance.now() - axeStart;
  problems.push(...violations);
  axeCount += violations.length;
  if (violations.length) axePages++;
  await page.screenshot({ path: join(shots, `${path.replace(/[\\/]/g, '_')}.png`), fullPage: true });
  console.log(`${path}: ${widgets.length} widgets, ${violations.length} axe violation(s)`);
  widgetCount += widgets.length;
  await page.close();
}

// Reader journeys, on the first lesson there is (lessons are written in parallel with the site).
const lesson = pages.find((path) => path.startsWith('en/lessons/'));
if (!lesson) problems.push('no lesson page was built');
let switches = 0;
for (const path of ['en/index.html', lesson].filter(Boolean)) {
  const result = await checkSwitcher(browser, origin, path, LANGUAGES);
  console.log(`language switcher on ${path}: ${result.problems.length} problem(s)`);
  problems.push(...result.problems);
  switches += result.switches;
}
/** Runs one journey, logs its outcome, keeps its problems. */
async function journey(name, run) {
  const found = await run();
  console.log(`${name}: ${found.length} problem(s)`);
  problems.push(...found);
}
if (lesson) await journey(`copy button on ${lesson}`, () => checkCopy(browser, origin, lesson));
await journey('redirect of index.html for ko-KR', () => checkRedirect(browser, origin, 'ko-KR', 'ko'));
await journey('blog-post.html shows MSE 2.6667', () => checkBlog(browser, origin));

await browser.close();
await server.close();
for (const problem of problems) console.error(problem);
if (unbuilt.size)
  console.log(`Not built yet, left as unknown elements: ${[...unbuilt].map((tag) => `<${tag}>`).join(', ')}`);
console.log(
  `axe: ${axeCount} violation(s) on ${axePages} of ${pages.length} pages (shadow roots included), ${(axeMs / 1000).toFixed(1)} s`,
);
console.log(
  `Docs pages: ${pages.length} checked, ${widgetCount} widgets, ${switches} language switches, ${problems.length} problem(s)`,
);
process.exit(problems.length ? 1 : 0);
