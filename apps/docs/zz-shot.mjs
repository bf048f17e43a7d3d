import { chromium } from 'playwright';
import { serveStatic } from '/work/main/scripts/static-server.mjs';
const [root, ...paths] = process.argv.slice(2);
const server = await serveStatic(root);
const base = server.url ?? `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const p of paths) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') console.log(p, m.type(), m.text()); });
  await page.goto(`${base}/${p}`);
  await page.waitForTimeout(4000);
  const out = `/tmp/shot-${p.replace(/[\/.]/g, '_')}.png`;
  const tag = process.env.TAG;
  if (tag) { const el = page.locator(tag).first(); await el.scrollIntoViewIfNeeded(); await page.waitForTimeout(1500); await el.screenshot({ path: out }); }
  else await page.screenshot({ path: out, fullPage: false });
  console.log(out);
  await page.close();
}
await browser.close(); server.close?.();
