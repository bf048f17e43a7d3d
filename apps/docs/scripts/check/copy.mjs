// The copy button of an embed snippet: clicking it puts the bundle's absolute URL and the widget's
// markup on the clipboard, announces it, and the URL it copied serves the bundle.
import { openPage, watchPage } from './page.mjs';

export async function checkCopy(browser, serverUrl, path) {
  const problems = [];
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  watchPage(page, `copy ${path}`, problems);
  await openPage(page, `${serverUrl}/${path}`);
  const figure = page.locator('figure.demo:has(details.embed)').first();
  if (!(await figure.count())) {
    await context.close();
    return [`copy ${path}: no figure with an embed snippet`];
  }
  const tag = await figure.evaluate(
    (element) =>
      [...element.querySelectorAll('*')].find((child) => child.localName.startsWith('gd-'))?.localName,
  );
  await figure.locator('details.embed summary').click();
  await figure.locator('.copy-button').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const src = copied.match(/<script type="module" src="(http[^"]+)"><\/script>/)?.[1];
  if (!src) problems.push(`copy ${path}: no absolute script tag in the clipboard: ${copied.slice(0, 120)}`);
  if (!copied.includes(`<${tag}`)) problems.push(`copy ${path}: the clipboard lacks <${tag}>`);
  if (src && !(await page.request.get(src)).ok())
    problems.push(`copy ${path}: ${src} does not serve the bundle`);
  const status = figure.locator('.copy-status');
  await status
    .filter({ hasText: /\S/ })
    .waitFor({ timeout: 2000 })
    .catch(() => {});
  if (!(await status.textContent())?.trim()) problems.push(`copy ${path}: nothing announced after copying`);
  await context.close();
  return problems;
}
