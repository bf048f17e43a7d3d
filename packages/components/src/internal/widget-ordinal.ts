/**
 * Telling widgets of one kind apart on a page. Two playgrounds on one lesson page would otherwise
 * give their scroll regions the same accessible name, and axe reports `landmark-unique`.
 */

/** The 1-based position of `element` among the elements of its tag in its document or shadow root. */
export function widgetOrdinal(element: Element): number {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (typeof root.querySelectorAll !== 'function') return 1;
  const index = [...root.querySelectorAll(element.localName)].indexOf(element);
  return index < 0 ? 1 : index + 1;
}

/**
 * A region's accessible name, unique per widget: the first widget of its kind keeps the plain name,
 * the n-th adds "(n)".
 */
export function uniqueRegionName(name: string, ordinal: number): string {
  return ordinal > 1 ? `${name} (${ordinal})` : name;
}
