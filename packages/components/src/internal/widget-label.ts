/**
 * Accessible names that stay unique when several widgets of one kind share a page. Two loss
 * explorers on a lesson page must not both name a region "Formulas" (axe: landmark-unique): each
 * adds what tells it apart, the page's own label for the widget (`aria-label` on the host) or else
 * its place among widgets of its tag ("Formulas 2"). A lone widget keeps the plain name.
 */

/** The host's place (1-based) among elements of its tag in the same document or shadow root. */
export function peerIndex(host: Element): { index: number; count: number } {
  const root = host.getRootNode() as Document | ShadowRoot;
  const peers = root.querySelectorAll?.(host.localName) ?? [];
  const index = Array.prototype.indexOf.call(peers, host) + 1;
  return { index: index > 0 ? index : 1, count: Math.max(peers.length, 1) };
}

/** `name`, told apart from the same region of other widgets of this tag on the page. */
export function uniqueRegionName(host: Element, name: string, formatIndex: (n: number) => string): string {
  const label = host.getAttribute('aria-label')?.trim();
  if (label) return `${name}: ${label}`;
  const { index, count } = peerIndex(host);
  return count > 1 ? `${name} ${formatIndex(index)}` : name;
}

/**
 * Asks the other widgets of the host's tag in its root to re-render, so their names account for a
 * widget that was just added or removed. Call from `connectedCallback` and `disconnectedCallback`.
 */
export function refreshPeers(host: Element, root: Node = host.getRootNode()): void {
  const peers = (root as Document | ShadowRoot).querySelectorAll?.(host.localName) ?? [];
  for (const peer of peers)
    if (peer !== host) (peer as Element & { requestUpdate?: () => void }).requestUpdate?.();
}

/** The host's 1-based place among the elements of its tag in its document or shadow root. */
export function widgetOrdinal(host: Element): number {
  return peerIndex(host).index;
}

/** `name` for the n-th widget of a kind: the first keeps the plain name, the n-th adds "(n)". */
export function numberedRegionName(name: string, ordinal: number): string {
  return ordinal > 1 ? `${name} (${ordinal})` : name;
}
