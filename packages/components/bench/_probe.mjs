import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';
import { copyBrowserFolder } from '../scripts/browser-folder.mjs';
const site = mkdtempSync(join(tmpdir(), 'gd-probe-'));
copyBrowserFolder(site);
writeFileSync(join(site, 'n.html'), `<!doctype html><html lang="en"><body><script type="module" src="./gd-playground.js"></script><gd-normalization></gd-normalization></body></html>`);
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
await page.goto(`${server.url}/n.html`);
await page.evaluate(() => customElements.whenDefined('gd-normalization'));
await page.waitForTimeout(3000);
const r = await page.evaluate(async () => {
  const e = document.body.lastElementChild;
  await e.whenReady();
  for (let i = 0; i < 40; i++) { e.shadowRoot.querySelector('#step').click(); await e.whenReady(); }
  const times = [];
  for (let i = 0; i < 40; i++) { const t = performance.now(); e.requestUpdate(); await e.updateComplete; times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  const st = [];
  for (let i = 0; i < 20; i++) { const t = performance.now(); e.shadowRoot.querySelector('#step').click(); await e.whenReady(); st.push(performance.now() - t); }
  st.sort((a, b) => a - b);
  return { update: times[20], step: st[10] };
});
console.log(r);
await browser.close(); await server.close();
