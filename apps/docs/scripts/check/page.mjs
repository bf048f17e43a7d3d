// Opening one page of the built site and reading what a reader would get: console problems,
// failed requests, the state of every gd-* widget, the page's language and its local links.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DEFINE_DIR = new URL('../../../../packages/components/src/define/', import.meta.url).pathname;

/**
 * True when the components package has no element of this tag yet: a lesson may be written while
 * its element is built on another branch, and until then the tag stays an empty, harmless unknown
 * element. A tag whose define module exists but which the page leaves undefined is a real fault
 * (the site's entry forgot to import it).
 */
export const notBuiltYet = (tag) => !existsSync(join(DEFINE_DIR, `${tag}.ts`));

/**
 * Waits until the page is what a reader gets once it has loaded: its load event, a quiet network,
 * and every gd-* tag that has an element in the components package defined.
 * Playwright's 'networkidle' on its own only means 500 ms without a request. On a busy machine the
 * scripts can still be parsing and running after that: one CI run found all 40 widgets of a lesson
 * undefined. A tag still undefined after `timeout` ms is left for widgetStates to report.
 */
export async function settle(page, { timeout = 30_000 } = {}) {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
  const tags = await page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('*')]
        .map((element) => element.localName)
        .filter((name) => name.startsWith('gd-')),
    ),
  ]);
  const built = tags.filter((tag) => !notBuiltYet(tag));
  await page
    .waitForFunction((names) => names.every((name) => customElements.get(name) !== undefined), built, {
      timeout,
    })
    .catch(() => {});
}

/** Opens `url` in `page` and waits for it to settle (see settle). */
export async function openPage(page, url, options) {
  await page.goto(url, { waitUntil: 'load' });
  await settle(page, options);
}

/**
 * Records console errors and warnings, page errors and failed requests of `page` into `problems`.
 * With `leavesByScript`, the page's own document being aborted is expected: a page that replaces
 * itself while it is still loading (the top-level language redirect) cancels its document request.
 */
export function watchPage(page, label, problems, { leavesByScript = false } = {}) {
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type()))
      problems.push(`${label}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
    if (leavesByScript && aborted && request.isNavigationRequest()) return;
    problems.push(`${label}: request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${label}: HTTP ${response.status()}: ${response.url()}`);
  });
}

/**
 * Every gd-* element once rendered: its tag, whether the page defines it, whether its shadow root
 * has content, its error text.
 */
export function widgetStates(page) {
  return page.evaluate(async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) =>
      element.localName.startsWith('gd-'),
    );
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements.map((element) => ({
      tag: element.localName,
      defined: customElements.get(element.localName) !== undefined,
      rendered: (element.shadowRoot?.childElementCount ?? 0) > 0,
      problem: element.shadowRoot?.querySelector('[part="problems"]')?.textContent?.trim() ?? '',
      // Elements inside <math> that are not MathML (a fragment tagged html instead of mathml parses
      // as unknown HTML and draws nothing); HTML inside <mtext> is allowed by MathML Core.
      htmlInMath: [...(element.shadowRoot?.querySelectorAll('math *') ?? [])]
        .filter(
          (node) =>
            node.namespaceURI !== 'http://www.w3.org/1998/Math/MathML' &&
            !node.closest('mtext, annotation-xml'),
        )
        .map((node) => node.localName),
    }));
  });
}

/** The shadow text of the page's first widget that has words to translate (gd-math has none). */
export function firstWidgetText(page) {
  return page.evaluate(async () => {
    const widget = [...document.querySelectorAll('main *')].find(
      (element) => element.localName.startsWith('gd-') && element.localName !== 'gd-math',
    );
    await widget?.updateComplete;
    return widget ? { tag: widget.localName, text: widget.shadowRoot?.textContent ?? '' } : undefined;
  });
}

/** Links on the page to files of this site that are not in dist/. */
export async function brokenLinks(page, site, origin) {
  const hrefs = await page.evaluate(() => [...document.links].map((link) => link.href));
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => decodeURIComponent(url.pathname))
    .filter((path) => !existsSync(join(site, path)));
}
