// The language switcher, used as a reader would: from an English page, click each other language
// and expect the same page in that language, <html lang> changed, and a widget's text translated.
import { firstWidgetText, openPage, settle, watchPage } from './page.mjs';

/** Problems found switching away from `path` (an `en/…` page) to every other language. */
export async function checkSwitcher(browser, serverUrl, path, languages) {
  const problems = [];
  const page = await browser.newPage();
  watchPage(page, `switcher ${path}`, problems);
  const english = `${serverUrl}/${path}`;
  await openPage(page, english);
  const before = await firstWidgetText(page);
  for (const lang of languages.filter((other) => other !== 'en')) {
    const expected = `${serverUrl}/${path.replace(/^en\//, `${lang}/`)}`;
    await page.click(`.language-nav a[hreflang="${lang}"]`);
    await page.waitForURL(expected, { waitUntil: 'load' }).catch(() => {
      problems.push(`switcher ${path} → ${lang}: landed on ${page.url()}, not ${expected}`);
    });
    await settle(page);
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (htmlLang !== lang) problems.push(`switcher ${path} → ${lang}: <html lang="${htmlLang}">`);
    const after = await firstWidgetText(page);
    if (!before || !after) problems.push(`switcher ${path} → ${lang}: no widget to compare`);
    else if (before.text === after.text)
      problems.push(`switcher ${path} → ${lang}: <${after.tag}> shows the same text as in English`);
    await openPage(page, english);
  }
  await page.close();
  return { problems, switches: languages.length - 1 };
}
