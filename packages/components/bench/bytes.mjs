// Bytes a reader downloads, from the built folder (dist/gd-playground.js + dist/chunks/), gzip-
// compressed as a static host would serve them:
//   - the first load (the autoloader) and every lazy chunk;
//   - a page per element (only that tag), the intro widgets together, every widget, every widget on
//     a Turkish page, and every element: the sum of the gzip sizes of every JavaScript file the page
//     requested, recorded in headless Chromium.
// BENCH_BASELINE=<folder> (a copy of an earlier build's gd-playground.js and chunks/) adds a
// "before" column measured the same way in the same run. Prints the tables and writes
// bench-results/bytes.md. No assertions. Needs `pnpm build` first.
// `node bench/chunk-contents.mjs` says what each chunk holds (from the source maps).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, DIST, gzipBytes, recordScripts } from '../scripts/browser-folder.mjs';
import { ELEMENT_MARKUP, elementTags } from '../scripts/element-markup.mjs';
import { chunkContents } from './chunk-contents.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);

const tags = elementTags();
const markupOf = (tag) => ELEMENT_MARKUP[tag] ?? `<${tag}></${tag}>`;

/** A formula as the course site's build leaves it: MathML inside the tag, no TeX typeset at run time. */
const PRERENDERED_MATH =
  '<gd-math tex="w \\leftarrow w - \\alpha g"><math><mi>w</mi><mo>←</mo><mi>w</mi><mo>−</mo><mi>α</mi><mi>g</mi></math></gd-math>';

// The intro widgets (the first "every widget" page, before the round-2 elements).
const INTRO = ['gd-loss-explorer', 'gd-lr-slider', 'gd-sigmoid-boundary', 'gd-playground'];
const widgets = tags.filter((tag) => tag !== 'gd-math');
const PAGES = [
  ...tags.map((tag) => ({ name: tag, used: [tag], body: markupOf(tag) })),
  { name: 'intro-widgets', used: INTRO, body: INTRO.map(markupOf).join('\n') },
  // The five elements the page-weight issue was filed with (362 KB then, target 200 KB): the intro
  // widgets and a <gd-math> as the course site ships it, pre-rendered MathML inside the tag.
  {
    name: 'filed-elements',
    used: [...INTRO, 'gd-math'],
    body: [...INTRO.map(markupOf), PRERENDERED_MATH].join('\n'),
  },
  // The widgets' own formulas are pre-rendered: no TeX converter on these.
  { name: 'every-widget', used: widgets, body: widgets.map(markupOf).join('\n') },
  { name: 'every-widget-tr', used: widgets, body: widgets.map(markupOf).join('\n'), lang: 'tr' },
  { name: 'every-element', used: tags, body: tags.map(markupOf).join('\n') },
];

/** Loads every page from a copy of `dist` (the autoloader and its chunks); bytes per page. */
async function measure(browser, dist) {
  const site = mkdtempSync(join(tmpdir(), 'gd-bytes-'));
  copyBrowserFolder(site, dist);
  for (const { name, body, lang = 'en' } of PAGES)
    writeFileSync(
      join(site, `${name}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head>
<body><script type="module" src="./gd-playground.js"></script>
${body}
</body></html>`,
    );
  const server = await serveStatic(site);
  const results = new Map();
  for (const { name, used } of PAGES) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const scripts = recordScripts(tab, server.url);
    await tab.goto(`${server.url}/${name}.html`, { waitUntil: 'networkidle' });
    // A baseline build may not know a newer tag: wait for the tags it defines, at most 15 s.
    await tab.evaluate(
      (names) =>
        Promise.race([
          Promise.all(names.map((tag) => customElements.whenDefined(tag))),
          new Promise((resolve) => setTimeout(resolve, 15_000)),
        ]),
      used,
    );
    // Let the elements render and start (a lazily loaded TeX converter, backend or catalogue shows up here).
    await tab.waitForLoadState('networkidle');
    await tab.waitForTimeout(500);
    const files = [...scripts.paths];
    results.set(name, {
      files: files.length,
      bytes: scripts.total(site),
      webgl: files.some((file) => file.includes('webgl')),
      temml: files.some((file) => file.includes('temml')),
    });
    await context.close();
  }
  await server.close();
  return results;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const after = await measure(browser, DIST);
const baseline = process.env.BENCH_BASELINE;
const before = baseline ? await measure(browser, baseline) : undefined;
await browser.close();

const chunks = readdirSync(join(DIST, 'chunks'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    // What the chunk holds (its largest sources, from the source map): chunk names are the
    // bundler's and say little (a chunk is named after one of its modules).
    const path = join(DIST, 'chunks', file);
    const groups = existsSync(`${path}.map`)
      ? chunkContents(path).groups.filter((g) => g.name !== '(unmapped)')
      : [];
    const holds = groups
      .slice(0, 3)
      .map((g) => `${g.name} ${kb(g.gzip)}`)
      .join(', ');
    return { file, bytes: gzipBytes(join(DIST, 'chunks', file)), holds };
  })
  .sort((a, b) => b.bytes - a.bytes);
const NAMES = {
  'intro-widgets': 'the intro widgets (loss explorer, lr slider, sigmoid, playground)',
  'filed-elements': 'the five elements the issue was filed with (intro widgets + pre-rendered gd-math)',
  'every-widget': 'every widget, no author TeX',
  'every-widget-tr': 'every widget, page in Turkish',
  'every-element': 'every element (`<gd-math>` with author TeX)',
};
const pageRows = PAGES.map(({ name }) => {
  const now = after.get(name);
  const was = before?.get(name);
  const label = NAMES[name] ?? `\`<${name}>\``;
  const base = was ? ` ${kb(was.bytes)} | ` : ' ';
  return `| ${label} | ${now.files} |${base}${kb(now.bytes)} | ${now.webgl ? 'yes' : 'no'} | ${now.temml ? 'yes' : 'no'} |`;
});
const lines = [
  '| first load | KB gzip |',
  '|---|---:|',
  `| gd-playground.js (the autoloader) | ${kb(gzipBytes(join(DIST, 'gd-playground.js')))} |`,
  '',
  '| lazy chunk | KB gzip | largest parts (KB gzip, estimated) |',
  '|---|---:|---|',
  ...chunks.map(
    ({ file, bytes, holds }) =>
      `| chunks/${file.replace(/-[\w-]{8}\.js$/, '.js')} | ${kb(bytes)} | ${holds} |`,
  ),
  `| all chunks | ${kb(chunks.reduce((sum, { bytes }) => sum + bytes, 0))} | |`,
  '',
  before
    ? `| page with only | scripts | KB gzip before (${baseline}) | KB gzip now | WebGL backend loaded | TeX converter loaded |`
    : '| page with only | scripts | KB gzip | WebGL backend loaded | TeX converter loaded |',
  before ? '|---|---:|---:|---:|---|---|' : '|---|---:|---:|---|---|',
  ...pageRows,
];
console.log(lines.join('\n'));
const results = new URL('../bench-results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'bytes.md'), `${lines.join('\n')}\n`);
