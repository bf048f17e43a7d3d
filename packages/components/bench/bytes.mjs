// Bytes a reader downloads, from the built folder (dist/gd-playground.js + dist/chunks/), gzip-
// compressed as a static host would serve them:
//   - the first load (the autoloader) and every lazy chunk;
//   - a page per element (only that tag) and a page with every element: the sum of the gzip sizes
//     of every JavaScript file the page requested, recorded in headless Chromium.
// Prints a table and writes bench-results/bytes.md. No assertions. Needs `pnpm build` first.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, DIST, gzipBytes, recordScripts } from '../scripts/browser-folder.mjs';

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Markup that makes each element show something real; any other tag is used bare. */
const MARKUP = {
  'gd-loss-explorer':
    '<gd-loss-explorer truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>',
  'gd-lr-slider': '<gd-lr-slider learning-rate="0.1" start="5"></gd-lr-slider>',
  'gd-sigmoid-boundary':
    '<gd-sigmoid-boundary weights="2.8,-4.5" bias="0.4" probe="1,1.5"></gd-sigmoid-boundary>',
  'gd-math': '<gd-math tex="w \\leftarrow w - \\alpha g"></gd-math>',
  'gd-playground': '<gd-playground preset="house-prices"></gd-playground>',
  'gd-network': '<gd-network preset="xor" layers="4"></gd-network>',
};
const tags = readdirSync(new URL('../src/define/', import.meta.url))
  .filter((file) => /^gd-.*\.ts$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();
// `node bench/bytes.mjs gd-network`: only the pages of the tags named (bytes.md is then left alone).
const only = process.argv.slice(2);
const markupOf = (tag) => MARKUP[tag] ?? `<${tag}></${tag}>`;

const site = mkdtempSync(join(tmpdir(), 'gd-bytes-'));
copyBrowserFolder(site);
const page = (name, body) =>
  writeFileSync(
    join(site, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head>
<body><script type="module" src="./gd-playground.js"></script>
${body}
</body></html>`,
  );
for (const tag of tags) page(tag, markupOf(tag));
page('every-element', tags.map(markupOf).join('\n'));
// The same without a formula typed by the author (the widgets' own formulas are pre-rendered).
const widgets = tags.filter((tag) => tag !== 'gd-math');
page('every-widget', widgets.map(markupOf).join('\n'));

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const pages = [];
for (const name of only.length > 0 ? only : [...tags, 'every-element', 'every-widget']) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = recordScripts(tab, server.url);
  await tab.goto(`${server.url}/${name}.html`, { waitUntil: 'networkidle' });
  const used = name === 'every-element' ? tags : name === 'every-widget' ? widgets : [name];
  await tab.evaluate((names) => Promise.all(names.map((tag) => customElements.whenDefined(tag))), used);
  // Let the elements render and start (a lazily loaded TeX converter or backend would show up here).
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  const files = [...scripts.paths];
  pages.push({
    name,
    files: files.length,
    bytes: scripts.total(site),
    webgl: files.some((file) => file.includes('webgl')),
    temml: files.some((file) => file.includes('temml')),
  });
  await context.close();
}
await browser.close();
await server.close();

const chunks = readdirSync(join(DIST, 'chunks'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, bytes: gzipBytes(join(DIST, 'chunks', file)) }))
  .sort((a, b) => b.bytes - a.bytes);
const NAMES = {
  'every-element': 'every element (`<gd-math>` with author TeX)',
  'every-widget': 'every widget, no author TeX',
};
const lines = [
  '| first load | KB gzip |',
  '|---|---:|',
  `| gd-playground.js (the autoloader) | ${kb(gzipBytes(join(DIST, 'gd-playground.js')))} |`,
  '',
  '| lazy chunk | KB gzip |',
  '|---|---:|',
  ...chunks.map(({ file, bytes }) => `| chunks/${file.replace(/-[\w-]{8}\.js$/, '.js')} | ${kb(bytes)} |`),
  `| all chunks | ${kb(chunks.reduce((sum, { bytes }) => sum + bytes, 0))} |`,
  '',
  '| page with only | scripts | KB gzip | WebGL backend loaded | TeX converter loaded |',
  '|---|---:|---:|---|---|',
  ...pages.map(
    (p) =>
      `| ${NAMES[p.name] ?? `\`<${p.name}>\``} | ${p.files} | ${kb(p.bytes)} | ${p.webgl ? 'yes' : 'no'} | ${p.temml ? 'yes' : 'no'} |`,
  ),
];
console.log(lines.join('\n'));
if (only.length > 0) process.exit(0);
const results = new URL('../bench-results/', import.meta.url).pathname;
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'bytes.md'), `${lines.join('\n')}\n`);
