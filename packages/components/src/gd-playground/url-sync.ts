/**
 * `sync-url`: the playground's state read from, and written to, the URL fragment
 * (`#gd-playground=…`, or `#gd-playground-<id>=…` when the element has an id), following
 * back/forward and edited addresses.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttributeProblem } from '../internal/attributes.js';
import { fragmentKey, readFragment, withFragment } from './share.js';
import { decodeState, type PlaygroundState } from './state.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly syncUrl: boolean };

/** What the fragment sync needs from the element. */
export interface UrlSyncHooks {
  /** The state in use, encoded. */
  readonly encoded: () => string;
  /** A good state from the fragment: it replaces the state in use. */
  readonly adopt: (state: PlaygroundState) => void;
  /** A fragment that does not decode (`value` shortened), or undefined once one does. */
  readonly problem: (problem: AttributeProblem | undefined, value: string) => void;
}

export class UrlSync implements ReactiveController {
  /** True when the fragment should be read at the next update. */
  pending = true;
  private written?: string;

  constructor(
    private readonly host: Host,
    private readonly hooks: UrlSyncHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.pending = true;
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Back/forward or an edited address: take this playground's state from the new fragment. */
  private readonly onHashChange = (): void => {
    if (!this.host.syncUrl) return;
    const text = readFragment(fragmentKey(this.host.id), location.hash);
    if (text === undefined || text === this.written) return;
    this.pending = true;
    this.host.requestUpdate();
  };

  /** Before an update: adopts the fragment's state when one is due and `sync-url` is on. */
  read(): void {
    if (!this.pending) return;
    this.pending = false;
    if (!this.host.syncUrl) return;
    const text = readFragment(fragmentKey(this.host.id), location.hash);
    if (text === undefined) return;
    const decoded = decodeState(text);
    if (decoded.ok) {
      this.hooks.problem(undefined, text);
      this.hooks.adopt(decoded.value);
      this.written = text;
    } else {
      const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      this.hooks.problem(
        { ...decoded.problem, params: { ...decoded.problem.params, attribute: 'sync-url', value: short } },
        short,
      );
    }
  }

  /** After an update: writes the state to the fragment when it changed and `sync-url` is on. */
  write(): void {
    if (!this.host.syncUrl) return;
    const encoded = this.hooks.encoded();
    if (encoded === this.written) return;
    this.written = encoded;
    history.replaceState(history.state, '', withFragment(location.hash, fragmentKey(this.host.id), encoded));
  }
}
