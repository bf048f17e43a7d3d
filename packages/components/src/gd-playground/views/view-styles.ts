import { css } from 'lit';
import { layeredChartStyles } from '../../internal/plot/chart-styles.js';

/**
 * Styles shared by the playground's views: they sit inside `<gd-playground>`'s panels, so they
 * drop the base element's border, padding and background; their charts use the shared layered chart.
 */
export const viewStyles = [
  layeredChartStyles,
  css`
  :host {
    border: 0;
    padding: 0;
    background: transparent;
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
`,
];

/** Width used before the first layout (the ResizeObserver reports 0 until then). */
export const FALLBACK_WIDTH = 320;
