/**
 * Loads the secondary panels' chunk (secondary-panels.ts: rule, table, matrix, code) only when a
 * reader can get to them, so a page pays for them only then: when one of their placeholders comes
 * within {@link NEAR_VIEWPORT} of the viewport, when focus enters the element (a keyboard reader
 * tabs through the views before reaching them), or when `whenReady()` asks for everything shown.
 * Until it arrives, each shown panel is a placeholder that reserves about the panel's height and
 * says, localised, that it is loading: nothing blanks, and little below it moves.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../internal/lazy-part.js';

export type SecondaryPanels = typeof import('./secondary-panels.js');

/** The secondary panels a teacher can hide, and where each sits in the layout grid. */
export type SecondaryPart = 'rule' | 'table' | 'matrix' | 'code';

/** Rows the matrix view writes out before summarising the rest (matrix-view.ts). */
export const MATRIX_ROWS = 12;
/** Batches larger than this are not written out as code, only named (code-panel.ts). */
export const MAX_CODE_ROWS = 64;

/** How far below (or above) the viewport a placeholder starts the download. */
const NEAR_VIEWPORT = '64px 0px 64px 0px';

const secondary = new LazyPart(() => import('./secondary-panels.js'), "<gd-playground>'s panels");

export class LazyPanels implements ReactiveController {
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode },
  ) {
    host.addController(this);
  }

  /** The panels' module, once loaded (by this or any other playground). */
  get panels(): SecondaryPanels | undefined {
    return secondary.loaded;
  }

  /** Loads the panels; resolves once the host has rendered with them (or the download failed). */
  async load(): Promise<void> {
    if (!secondary.loaded) {
      await secondary.load();
      this.stopWatching();
      // The chunk's evaluation (its formula templates are a large literal) ends the task that ran
      // it; the panels render in the next one, so the two never add up to one long task.
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.onFocus);
    this.stopWatching();
  }

  /** Watches the placeholders just rendered (observing one twice is a no-op). */
  hostUpdated(): void {
    if (secondary.loaded || typeof IntersectionObserver === 'undefined') return;
    const placeholders = this.host.renderRoot.querySelectorAll('[data-pending-panel]');
    if (placeholders.length === 0) return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.load();
      },
      { rootMargin: NEAR_VIEWPORT },
    );
    for (const placeholder of placeholders) this.observer.observe(placeholder);
  }

  private readonly onFocus = (): void => {
    if (!secondary.loaded) void this.load();
  };

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/**
 * A shown panel whose code is still loading: about its height (`tall`: the matrix writes 12 rows or
 * more, the code panel writes its programs rather than a note), and a localised word.
 */
export function pendingPanel(part: SecondaryPart, loadingText: string, tall = false): TemplateResult {
  const width = part === 'table' ? 'wide' : 'full';
  return html`<div class="${width} pending-panel pending-${part} ${tall ? 'tall' : ''}" data-pending-panel=${part} aria-busy="true">
    <p class="hint">${loadingText}</p>
  </div>`;
}
