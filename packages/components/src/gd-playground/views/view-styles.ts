import { css } from 'lit';

/**
 * Styles shared by the playground's views: they sit inside `<gd-playground>`'s panels, so they
 * drop the base element's border, padding and background, and stack a canvas under an SVG.
 */
export const viewStyles = css`
  :host {
    border: 0;
    padding: 0;
    background: transparent;
    --gd-handle-color: var(--_accent);
    --gd-handle-outline: var(--_bg);
    --gd-focus-color: var(--_fg);
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  .chart {
    position: relative;
    line-height: 0;
  }
  .chart canvas {
    position: absolute;
    inset: 0 auto auto 0;
    pointer-events: none;
  }
  .chart svg {
    position: relative;
    display: block;
    overflow: visible;
    color: var(--_muted);
  }
  .chart svg:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    box-shadow: none;
  }
  .summary,
  .note {
    margin: 0.25rem 0 0;
    font-size: 0.85em;
    color: var(--_muted);
    line-height: 1.35;
  }
`;

/** Width used before the first layout (the ResizeObserver reports 0 until then). */
export const FALLBACK_WIDTH = 320;
