/**
 * Accessible names for a widget's landmarks and regions (a scrollable table, a rule, a formula
 * section) that stay unique when several widgets of one kind share a page, as axe's
 * `landmark-unique` requires: a screen reader's landmark list must not offer "Per-step table" twice.
 *
 * One rule for every element: a widget alone of its kind keeps the plain name. Otherwise the name
 * gets what tells the widget apart, its identity: its own `aria-label` (or `title`), else the text of
 * the nearest heading before it ("Per-step table — Momentum"). When that identity is empty or shared
 * with another widget of the kind, the widget's 1-based place among them follows
 * ("Per-step table 2", "Per-step table — Try it 2").
 *
 * Elements that use it add a `PeerRefreshController` (or call `refreshPeers` from
 * `connectedCallback` and `disconnectedCallback`), so that the other widgets re-render when one
 * arrives or leaves (a lone survivor drops its number).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Root = Document | ShadowRoot;

/** Peers by root and tag, in document order; dropped by `refreshPeers` when one comes or goes. */
const peerLists = new WeakMap<Root, Map<string, HTMLElement[]>>();
/** The heading before each host, read once per arrival or departure of a peer. */
const headings = new WeakMap<HTMLElement, string>();

/** `name`, told apart from the same region of other widgets of the host's tag on its page. */
export function uniqueRegionName(
  host: HTMLElement,
  name: string,
  formatIndex: (n: number) => string = String,
): string {
  const peers = peersOf(host);
  if (peers.length <= 1) return name;
  const identity = identityOf(host);
  const shared = identity === '' || peers.some((peer) => peer !== host && identityOf(peer) === identity);
  if (!shared) return `${name} — ${identity}`;
  const place = formatIndex(peers.indexOf(host) + 1);
  return identity === '' ? `${name} ${place}` : `${name} — ${identity} ${place}`;
}

/**
 * Forgets the host's peers and asks the others to re-render, so their names account for a widget
 * that was just added or removed. `root` is the host's root before it left (on disconnect the host
 * no longer knows it).
 */
export function refreshPeers(host: HTMLElement, root: Node = host.getRootNode()): void {
  if (!isRoot(root)) return;
  peerLists.get(root)?.delete(host.localName);
  for (const peer of root.querySelectorAll<HTMLElement>(host.localName)) {
    headings.delete(peer);
    if (peer !== host) (peer as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
  }
}

/**
 * Calls `refreshPeers` when its host joins a page and again when it leaves, with the root it had
 * joined (once disconnected the host no longer knows it). Create it as a field:
 * `private readonly peers = new PeerRefreshController(this);`.
 */
export class PeerRefreshController implements ReactiveController {
  private root?: Node;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.host.getRootNode();
    refreshPeers(this.host, this.root);
  }

  hostDisconnected(): void {
    if (this.root) refreshPeers(this.host, this.root);
  }
}

function isRoot(node: Node): node is Root {
  return node instanceof Document || node instanceof ShadowRoot;
}

/** The connected elements of the host's tag in its document or shadow root, in document order. */
function peersOf(host: HTMLElement): HTMLElement[] {
  const root = host.getRootNode();
  if (!isRoot(root)) return [host];
  let byTag = peerLists.get(root);
  if (!byTag) {
    byTag = new Map();
    peerLists.set(root, byTag);
  }
  let peers = byTag.get(host.localName);
  // A peer came or went without calling refreshPeers: read the page again.
  if (!peers?.includes(host) || peers.some((peer) => !peer.isConnected)) {
    peers = [...root.querySelectorAll<HTMLElement>(host.localName)];
    byTag.set(host.localName, peers);
  }
  return peers;
}

function identityOf(host: HTMLElement): string {
  const own = (host.getAttribute('aria-label') || host.title || '').trim();
  if (own) return own;
  let heading = headings.get(host);
  if (heading === undefined) {
    heading = precedingHeading(host);
    headings.set(host, heading);
  }
  return heading;
}

/** The text of the last heading before `host` in document order, or ''. */
function precedingHeading(host: HTMLElement): string {
  const root = host.getRootNode();
  if (!isRoot(root)) return '';
  let found = '';
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    // DOCUMENT_POSITION_FOLLOWING: the host comes after this heading.
    if (heading.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING)
      found = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
    else break;
  }
  return found;
}
