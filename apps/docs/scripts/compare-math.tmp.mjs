import { readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from '@gd-playground/test-config';
import { chromium } from 'playwright';
import { serveStatic } from '../../../scripts/static-server.mjs';

const site = new URL('../dist/', import.meta.url).pathname;
const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const shots = {};
for (const mode of ['prerendered', 'temml']) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  if (mode === 'temml')
    await page.route('**/*.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /(<gd-math[^>]*>)<math[\s\S]*?<\/math>(<\/gd-math>)/g,
        '$1$2',
      );
      await route.fulfill({ response, body });
    });
  await page.goto(`${server.url}/en/lessons/learning-rate.html`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    await customElements.whenDefined('gd-math');
    await Promise.all([...document.querySelectorAll('gd-math')].map((m) => m.updateComplete));
  });
  await page.waitForTimeout(1000);
  const maths = page.locator('article gd-math');
  const n = await maths.count();
  const buffers = [];
  for (let i = 0; i < n; i++) buffers.push(await maths.nth(i).screenshot());
  shots[mode] = buffers;
  const temmlLoaded = await page.evaluate(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('temml')),
  );
  console.log(mode, n, 'formulas; temml fetched:', temmlLoaded);
  await page.close();
}
let same = 0;
shots.prerendered.forEach((b, i) => {
  if (b.equals(shots.temml[i])) same++;
  else
    writeFileSync(`/tmp/ship-shots/diff-${i}-a.png`, b),
      writeFileSync(`/tmp/ship-shots/diff-${i}-b.png`, shots.temml[i]);
});
console.log(`identical formula screenshots: ${same} of ${shots.prerendered.length}`);
await browser.close();
await server.close();
