/**
 * Accessible names for a widget's landmarks and regions (a scrollable table, a rule, a formula
 * section) that stay unique when several widgets of one kind share a page, as axe's
 * `landmark-unique` requires: a screen reader's landmark list must not offer "Per-step table" twice.
 *
 * The name gets what tells the widget apart: its own `aria-label` or `title`, else the nearest
 * heading before it on the page; the widget's position among its kind ("2") when that is not unique
 * either. A widget alone of its kind keeps the plain name.
 */
export function uniqueLandmarkName(host: HTMLElement, name: string): string {
  const peers = peersOf(host);
  if (peers.length <= 1) return name;
  const identity = identityOf(host);
  const shared = identity === '' || peers.some((peer) => peer !== host && identityOf(peer) === identity);
  if (!shared) return `${name} — ${identity}`;
  const position = peers.indexOf(host) + 1;
  return identity === '' ? `${name} ${position}` : `${name} — ${identity} ${position}`;
}

/** The connected elements of the host's tag in its document or shadow root, in document order. */
function peersOf(host: HTMLElement): HTMLElement[] {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return [host];
  return [...root.querySelectorAll<HTMLElement>(host.localName)];
}

/** Identities by host, kept while the page's headings stay where they were (checked by count). */
const identities = new WeakMap<HTMLElement, { headings: number; identity: string }>();

function identityOf(host: HTMLElement): string {
  const own = (host.getAttribute('aria-label') ?? host.title ?? '').trim();
  if (own) return own;
  const root = host.getRootNode() as Document | ShadowRoot;
  const headings = root.querySelectorAll?.('h1, h2, h3, h4, h5, h6').length ?? 0;
  const cached = identities.get(host);
  if (cached && cached.headings === headings) return cached.identity;
  const identity = precedingHeading(host);
  identities.set(host, { headings, identity });
  return identity;
}

/** The text of the last heading before `host` in document order, or ''. */
function precedingHeading(host: HTMLElement): string {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return '';
  let found = '';
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    // DOCUMENT_POSITION_FOLLOWING: the host comes after this heading.
    if (heading.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING)
      found = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    else break;
  }
  return found;
}
