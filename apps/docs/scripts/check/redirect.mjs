// The top index.html sends a reader to their language: with a Korean browser, to ko/index.html.
import { watchPage } from './page.mjs';

export async function checkRedirect(browser, serverUrl, locale, lang) {
  const problems = [];
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  watchPage(page, `index.html (${locale})`, problems, { leavesByScript: true });
  await page.goto(`${serverUrl}/index.html`, { waitUntil: 'commit' });
  await page.waitForURL(`${serverUrl}/${lang}/index.html`, { waitUntil: 'networkidle' }).catch(() => {
    problems.push(`index.html with ${locale}: landed on ${page.url()}, not ${lang}/index.html`);
  });
  await context.close();
  return problems;
}
