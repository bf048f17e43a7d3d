// Proof that minifying Lit's template literals (build/minify-literals.ts) changes nothing a reader
// sees. Builds the blogger's folder a second time with the literals as written
// (GD_KEEP_LITERALS=1, into a temporary folder), then opens the same page of every element from both
// builds in headless Chromium and compares, element by element through every shadow root:
//   - the layout box (getBoundingClientRect, to 1/100 px) and every computed style property;
//   - each shadow root's text with whitespace runs read as one space, and its rendered innerText
//     (what CSS whitespace processing makes of it: exact, no normalising);
//   - the pixels of every canvas.
// In three settings (English light at 1280 px, Turkish dark at 1280 px, English at 420 px wide).
// The build without minification is loaded twice first: anything that differs between those two
// loads (an animation, a timer) is reported as noise and left out of the comparison.
// Exits non-zero on any difference. Needs `pnpm build` first (dist/ is the minified build).
//   LITERALS_BASELINE=<folder>  compare against that build instead of building one.
//   LITERALS_MINIFIED=<folder>  check that build instead of dist/.
//   LITERALS_RAW_STYLE=<text>   keep the whole computed style (not its hash) of elements whose key
//                               contains <text>, to see which property differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, DIST } from './browser-folder.mjs';
import { ELEMENT_MARKUP, elementTags } from './element-markup.mjs';

const packageRoot = new URL('..', import.meta.url).pathname;

let baseline = process.env.LITERALS_BASELINE;
if (!baseline) {
  baseline = mkdtempSync(join(tmpdir(), 'gd-literals-as-written-'));
  console.log(`Building the literals as written into ${baseline} …`);
  execFileSync('pnpm', ['exec', 'vite', 'build', '--outDir', baseline, '--logLevel', 'warn'], {
    cwd: packageRoot,
    stdio: 'inherit',
    env: { ...process.env, GD_KEEP_LITERALS: '1' },
  });
}

// More of each formula and loss than the bytes bench shows: more template text to compare.
const MARKUP = {
  ...ELEMENT_MARKUP,
  'gd-loss-explorer':
    '<gd-loss-explorer truth="10,20,30" predicted="12,18,30" losses="mse,mae,huber"></gd-loss-explorer>',
  'gd-math': '<gd-math tex="w \\leftarrow w - \\alpha \\frac{\\partial L}{\\partial w}"></gd-math>',
};
const tags = elementTags();
const body = tags.map((tag) => MARKUP[tag] ?? `<${tag}></${tag}>`).join('\n<p>Text between widgets.</p>\n');

const SETTINGS = [
  { name: 'en, light, 1280 px', lang: 'en', colorScheme: 'light', width: 1280 },
  { name: 'tr, dark, 1280 px', lang: 'tr', colorScheme: 'dark', width: 1280 },
  { name: 'en, light, 420 px', lang: 'en', colorScheme: 'light', width: 420 },
];

/** In the page: a record per element (through every open shadow root) and per shadow root. */
function snapshot(rawStyleOf) {
  const records = new Map();
  // FNV-1a: the computed style of thousands of elements, kept small.
  const hash = (text) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16);
  };
  const round = (value) => Math.round(value * 100) / 100;
  const styleOf = (element) => {
    const style = getComputedStyle(element);
    const parts = [];
    for (let i = 0; i < style.length; i++) {
      const name = style[i];
      let value = style.getPropertyValue(name);
      // A custom property's value keeps its source tokens, whitespace included (`a, b` vs `a,b`):
      // where it is used, that whitespace means nothing. Standard properties are compared exactly.
      if (name.startsWith('--'))
        value = value
          .trim()
          .replace(/\s*([,()])\s*/g, '$1')
          .replace(/\s+/g, ' ');
      parts.push(`${name}:${value}`);
    }
    // Custom properties come in no fixed order.
    return parts.sort().join(';');
  };
  const walk = (root, path) => {
    const elements = [...root.querySelectorAll('*')];
    if (root instanceof ShadowRoot) {
      records.set(`${path} text`, root.textContent.replace(/\s+/g, ' ').trim());
      records.set(
        `${path} innerText`,
        [...root.children]
          // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
          .map((child) => (child instanceof HTMLElement ? child.innerText : ''))
          .join('|'),
      );
    }
    elements.forEach((element, index) => {
      const key = `${path}/${index}:${element.localName}`;
      const box = element.getBoundingClientRect();
      const rect = [box.x, box.y + window.scrollY, box.width, box.height].map(round).join(',');
      records.set(`${key} box`, rect);
      const style = styleOf(element);
      records.set(`${key} style`, rawStyleOf && key.includes(rawStyleOf) ? style : hash(style));
      if (element instanceof HTMLCanvasElement && element.width > 0 && element.height > 0)
        records.set(`${key} pixels`, hash(element.toDataURL()));
      if (element.shadowRoot) walk(element.shadowRoot, key);
    });
  };
  walk(document, '');
  return Object.fromEntries(records);
}

async function load(browser, folder, setting) {
  const site = mkdtempSync(join(tmpdir(), 'gd-literals-'));
  copyBrowserFolder(site, folder);
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="${setting.lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>literals</title></head>
<body><script type="module" src="./gd-playground.js"></script>
${body}
</body></html>`,
  );
  const server = await serveStatic(site);
  const context = await browser.newContext({
    viewport: { width: setting.width, height: 900 },
    colorScheme: setting.colorScheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/index.html`, { waitUntil: 'networkidle' });
  await page.evaluate((names) => Promise.all(names.map((tag) => customElements.whenDefined(tag))), tags);
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')].filter((el) => 'whenReady' in el).map((el) => el.whenReady()),
    ),
  );
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  // Let every element settle (lazy panels, a layout chosen by a ResizeObserver, the first frames):
  // the snapshot is taken when two in a row, 700 ms apart, are the same.
  let records = {};
  for (let attempt = 0; attempt < 12; attempt++) {
    await page.waitForTimeout(700);
    const next = await page.evaluate(snapshot, process.env.LITERALS_RAW_STYLE ?? '');
    const settled = JSON.stringify(next) === JSON.stringify(records);
    records = next;
    if (settled) break;
  }
  await context.close();
  await server.close();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return records;
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let failed = false;
for (const setting of SETTINGS) {
  const first = await load(browser, baseline, setting);
  const second = await load(browser, baseline, setting);
  const minified = await load(browser, process.env.LITERALS_MINIFIED ?? DIST, setting);
  const keys = new Set([...Object.keys(first), ...Object.keys(minified)]);
  const noise = [...keys].filter((key) => first[key] !== second[key]);
  const differences = [...keys].filter((key) => !noise.includes(key) && first[key] !== minified[key]);
  const elements = Object.keys(first).filter((key) => key.endsWith(' box')).length;
  const roots = Object.keys(first).filter((key) => key.endsWith(' text')).length;
  console.log(
    `${setting.name}: ${elements} elements in ${roots} shadow roots compared; ` +
      `${noise.length} records differed between two loads of the same build (left out); ` +
      `${differences.length} differ after minification`,
  );
  for (const key of noise.slice(0, 5))
    console.log(`  noise: ${key}\n    first load:  ${first[key]}\n    second load: ${second[key]}`);
  for (const key of differences.slice(0, 20))
    console.log(`  DIFFERENT ${key}\n    as written: ${first[key]}\n    minified:   ${minified[key]}`);
  if (differences.length) failed = true;
}
await browser.close();
console.log(
  failed ? 'FAILED: minified literals render differently.' : 'Minified literals render identically.',
);
process.exit(failed ? 1 : 0);
