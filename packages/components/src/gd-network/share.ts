/**
 * Sharing a `<gd-network>`: its state string in the URL fragment (`#gd-network=…`, URI-encoded
 * since the state holds `&`), a link and an embed snippet for the clipboard, and a PNG of the plot
 * and the neuron heat maps side by side. The fragment helpers are the playground's.
 */
import { copyText, readFragment, withFragment } from '../gd-playground/share.js';

export { copyText, readFragment };

/** `gd-network`, or `gd-network-<id>` so several networks on a page keep separate states. */
export function fragmentKey(id: string): string {
  return id ? `gd-network-${id}` : 'gd-network';
}

/** `href` with this network's state in its fragment. */
export function linkWithState(href: string, key: string, state: string): string {
  const url = new URL(href);
  url.hash = withFragment(url.hash, key, state);
  return url.toString();
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML that embeds this exact network (the page loads the components bundle once). */
export function embedSnippet(tag: string, state: string): string {
  return state === '' ? `<${tag}></${tag}>` : `<${tag} state="${escapeAttribute(state)}"></${tag}>`;
}

/** Saves the plot and the heat maps as one PNG (a download link clicked once). */
export function savePng(
  plot: HTMLCanvasElement | undefined,
  neurons: HTMLCanvasElement | undefined,
  filename: string,
): void {
  const parts = [plot, neurons].filter((canvas): canvas is HTMLCanvasElement => !!canvas && canvas.width > 0);
  if (parts.length === 0) return;
  const out = document.createElement('canvas');
  out.width = parts.reduce((sum, canvas) => sum + canvas.width, 0);
  out.height = Math.max(...parts.map((canvas) => canvas.height));
  const context = out.getContext('2d');
  if (!context) return;
  let x = 0;
  for (const canvas of parts) {
    context.drawImage(canvas, x, 0);
    x += canvas.width;
  }
  const link = document.createElement('a');
  link.href = out.toDataURL('image/png');
  link.download = filename;
  link.click();
}
