/**
 * Sharing a playground: its state in the URL fragment (`#gd-playground=<encoded>`), a link and an
 * embed snippet for the clipboard, and a PNG of its views. Plain functions on strings and canvases;
 * the element decides when to call them.
 */

/**
 * Where the single-file bundle is assumed to live when the page did not load one from a file named
 * `gd-playground.js`: next to the page, as the README tells bloggers to put it. Set `bundleUrl` on
 * the element to point snippets at a copy you host elsewhere.
 */
export const DEFAULT_BUNDLE_URL = './gd-playground.js';

/**
 * The fragment key of one playground: `gd-playground`, or `gd-playground-<id>` when the element has
 * an id (so several playgrounds on one page keep separate states in one URL).
 */
export function fragmentKey(id: string): string {
  return id ? `gd-playground-${id}` : 'gd-playground';
}

/** The `key=value` pairs of a fragment (`#a=1&b=2`), values URI-decoded, in order. */
function fragmentPairs(hash: string): [string, string][] {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return [];
  return text.split('&').map((pair) => {
    const at = pair.indexOf('=');
    if (at < 0) return [pair, ''];
    let value = pair.slice(at + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // A malformed escape: keep it as written, the state decoder will refuse it with a message.
    }
    return [pair.slice(0, at), value];
  });
}

/** The value stored under `key` in a fragment, or undefined. */
export function readFragment(key: string, hash: string): string | undefined {
  return fragmentPairs(hash).find(([name]) => name === key)?.[1];
}

/** A fragment with `key` set to `value` (other playgrounds' entries and unrelated pairs kept). */
export function withFragment(hash: string, key: string, value: string): string {
  const pairs = fragmentPairs(hash);
  const encoded = encodeURIComponent(value);
  let found = false;
  const parts = pairs.map(([name, old]) => {
    if (name !== key) return old === '' ? name : `${name}=${encodeURIComponent(old)}`;
    found = true;
    return `${key}=${encoded}`;
  });
  if (!found) parts.push(`${key}=${encoded}`);
  return `#${parts.join('&')}`;
}

/** A link to `href` with this playground's state in its fragment. */
export function shareLink(href: string, key: string, encoded: string): string {
  const url = new URL(href);
  url.hash = withFragment(url.hash, key, encoded);
  return url.toString();
}

/** Escapes text for an HTML attribute value in double quotes. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML a blogger pastes to embed this exact playground. */
export function embedSnippet(encoded: string, bundleUrl: string = DEFAULT_BUNDLE_URL): string {
  return `<script type="module" src="${escapeAttribute(bundleUrl)}"></script>\n<gd-playground state="${escapeAttribute(encoded)}"></gd-playground>`;
}

/** Copies text with the async clipboard API; false when the page may not (no API, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Draws an SVG element onto a canvas context at (x, y), resolving when it is drawn (or skipped). */
async function drawSvg(
  context: CanvasRenderingContext2D,
  element: SVGSVGElement,
  x: number,
  y: number,
  width: number,
  height: number,
  color: string,
): Promise<void> {
  const copy = element.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // `currentColor` has no meaning outside the page: give the copy the text colour it showed with.
  copy.setAttribute('color', color);
  copy.style.color = color;
  const source = new XMLSerializer().serializeToString(copy);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await new Promise<void>((resolve) => {
    const image = new Image();
    image.onload = () => {
      context.drawImage(image, x, y, width, height);
      resolve();
    };
    image.onerror = () => resolve();
    image.src = url;
  });
}

/** One view to put into the exported picture: its box, with the canvases and SVGs inside it. */
export interface ExportedView {
  readonly box: DOMRect;
  readonly layers: readonly (HTMLCanvasElement | SVGSVGElement)[];
}

/**
 * Composes views into one canvas, at their on-screen positions relative to `origin`, on `background`.
 * Canvas layers are copied pixel for pixel; SVG layers are serialised and drawn as images.
 */
export async function composeViews(
  views: readonly ExportedView[],
  origin: DOMRect,
  background: string,
  color: string,
): Promise<HTMLCanvasElement> {
  const scale = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const right = Math.max(1, ...views.map((v) => v.box.right - origin.left));
  const bottom = Math.max(1, ...views.map((v) => v.box.bottom - origin.top));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(right * scale);
  canvas.height = Math.ceil(bottom * scale);
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.scale(scale, scale);
  context.fillStyle = background;
  context.fillRect(0, 0, right, bottom);
  for (const view of views) {
    for (const layer of view.layers) {
      const box = layer.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const x = box.left - origin.left;
      const y = box.top - origin.top;
      if (layer instanceof HTMLCanvasElement) {
        if (layer.width > 0 && layer.height > 0) context.drawImage(layer, x, y, box.width, box.height);
      } else {
        await drawSvg(context, layer, x, y, box.width, box.height, color);
      }
    }
  }
  return canvas;
}

/** A canvas as a PNG blob (undefined when the browser refuses, e.g. a tainted canvas). */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob | undefined> {
  return new Promise((resolve) => {
    try {
      canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/png');
    } catch {
      resolve(undefined);
    }
  });
}

/**
 * The views inside `root` (a `[part="views"]` container of `.view` elements) as one PNG, on the
 * colours `host` shows with; undefined when there are no views or the browser refuses to encode.
 */
export async function viewsToPng(root: ParentNode, host: Element): Promise<Blob | undefined> {
  const container = root.querySelector<HTMLElement>('[part="views"]');
  if (!container) return undefined;
  const views: ExportedView[] = [];
  for (const view of container.querySelectorAll<HTMLElement>('.view')) {
    const layerRoot = view.shadowRoot ?? view;
    const layers = [...layerRoot.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg')].filter(
      (layer) => !layer.parentElement?.closest('svg'),
    );
    views.push({ box: view.getBoundingClientRect(), layers });
  }
  const style = getComputedStyle(host);
  const canvas = await composeViews(
    views,
    container.getBoundingClientRect(),
    style.backgroundColor || '#ffffff',
    style.color || '#000000',
  );
  return canvasToPng(canvas);
}
