// The blogger page as a reader sees it: its widgets (from the single-file bundle only) show the
// curriculum's numbers; the loss explorer of 10, 20, 30 against 12, 18, 30 gives MSE 2.6667.
import { openPage, watchPage } from './page.mjs';

export async function checkBlog(browser, serverUrl) {
  const problems = [];
  const page = await browser.newPage();
  watchPage(page, 'blog-post.html (numbers)', problems);
  await openPage(page, `${serverUrl}/blog-post.html`);
  try {
    await page.waitForFunction(
      () => {
        const text = document.querySelector('gd-loss-explorer')?.shadowRoot?.textContent ?? '';
        return text.includes('MSE') && text.includes('2.6667');
      },
      undefined,
      { timeout: 15_000 },
    );
  } catch {
    problems.push('blog-post.html: <gd-loss-explorer> does not show MSE 2.6667');
  }
  await page.close();
  return problems;
}
