/// <reference types="vite/client" />
/**
 * The blogger's one script (built as `dist/gd-playground.js`): an autoloader, not the elements.
 *
 * It defines nothing up front. It scans the page once and then watches it (a MutationObserver) for
 * `gd-*` tags, and imports an element's code (its `define/<tag>` chunk, next to this file in
 * `chunks/`) the first time its tag appears, so a page pays only for the elements it uses. Chunk
 * URLs are resolved relative to this module's own URL, so the folder works from any host or CDN.
 * Shadow roots are watched too: those of the elements it loaded (widgets nest `<gd-math>`), and any
 * other root handed to {@link watch}.
 *
 * The tag → chunk table is built from the files in `src/define/` at build time: registering a new
 * element there is all it takes for the autoloader to know it.
 */

type Loader = () => Promise<unknown>;

const loaders = import.meta.glob('./define/gd-*.ts');

/** Each registrable tag and the import that defines it. */
const loaderByTag = new Map<string, Loader>(
  Object.entries(loaders).map(([path, load]) => [path.slice('./define/'.length, -'.ts'.length), load]),
);

const requested = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

/** The tags this autoloader can define. */
export const knownTags: readonly string[] = [...loaderByTag.keys()].sort();

/**
 * Imports and defines one element, once; resolves when the tag is defined. Unknown tags resolve at
 * once (they are somebody else's `gd-` element). A failed download is reported once and may be retried.
 */
export function load(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const loader = loaderByTag.get(name);
  if (!loader) return Promise.resolve();
  let pending = requested.get(name);
  if (!pending) {
    pending = loader().then(
      () => customElements.whenDefined(name).then(() => undefined),
      (error: unknown) => {
        requested.delete(name);
        console.warn(`gd-playground: could not load <${name}>: ${(error as Error).message}`);
      },
    );
    requested.set(name, pending);
  }
  return pending;
}

/** Loads every known tag found in `root` (and `root` itself), then watches the shadow roots they make. */
function discover(root: ParentNode): void {
  const elements: Element[] = root instanceof Element ? [root] : [];
  elements.push(...root.querySelectorAll(':not(:defined)'));
  for (const element of elements) {
    const tag = element.localName;
    if (!loaderByTag.has(tag)) continue;
    void load(tag).then(() => watchShadowOf(element));
  }
}

/** After an element upgrades and renders, its shadow root may hold more tags (a widget's formulas). */
async function watchShadowOf(element: Element): Promise<void> {
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  if (element.shadowRoot) watch(element.shadowRoot);
}

const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((mutations) => {
        for (const mutation of mutations)
          for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
      });

/**
 * Loads the elements used inside `root` and watches it for more. The document is watched from the
 * start; call this for a shadow root of your own that contains `gd-*` tags.
 */
export function watch(root: Document | ShadowRoot | Element): void {
  if (watched.has(root)) return;
  watched.add(root);
  discover(root);
  observer?.observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') watch(document);
