// temp: per-page list of chunks with gzip sizes
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder, DIST, gzipBytes, recordScripts } from '../scripts/browser-folder.mjs';
const dist = process.env.DIST ?? DIST;
const only = process.argv.slice(2);
const MARKUP = {
  'gd-loss-explorer': '<gd-loss-explorer truth="10,20,30" predicted="12,18,30" losses="mse,mae"></gd-loss-explorer>',
  'gd-lr-slider': '<gd-lr-slider learning-rate="0.1" start="5"></gd-lr-slider>',
  'gd-sigmoid-boundary': '<gd-sigmoid-boundary weights="2.8,-4.5" bias="0.4" probe="1,1.5"></gd-sigmoid-boundary>',
  'gd-playground': '<gd-playground preset="house-prices"></gd-playground>',
  'gd-network': '<gd-network preset="xor" layers="4"></gd-network>',
};
const tags = only.length ? only : ['gd-network','gd-backprop','gd-convolution','gd-normalization','gd-sigmoid-boundary','gd-lr-slider','gd-mri','gd-loss-explorer','gd-softmax'];
const site = mkdtempSync(join(tmpdir(), 'gd-pages-'));
copyBrowserFolder(site, dist);
for (const tag of tags) writeFileSync(join(site, `${tag}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script type="module" src="./gd-playground.js"></script>${MARKUP[tag] ?? `<${tag}></${tag}>`}</body></html>`);
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const tag of tags) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = recordScripts(tab, server.url);
  await tab.goto(`${server.url}/${tag}.html`, { waitUntil: 'networkidle' });
  await tab.evaluate((t) => customElements.whenDefined(t), tag);
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  const rows = [...scripts.paths].map((p) => [p.replace(/^\/chunks\//, '').replace(/-[\w-]{8}\.js$/, ''), gzipBytes(join(site, p))]).sort((a, b) => b[1] - a[1]);
  console.log(`## ${tag} ${(scripts.total(site)/1024).toFixed(1)} KB`);
  console.log(rows.map(([n, b]) => `${n} ${(b/1024).toFixed(1)}`).join(', '));
  await context.close();
}
await browser.close(); await server.close();
