import { css } from 'lit';

/**
 * The layered chart every widget draws: a canvas (heatmap, many points) under an SVG (axes, lines,
 * focusable handles) in one `.chart` box, plus the colours `renderDraggablePoints` reads.
 */
export const layeredChartStyles = css`
  :host {
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
`;
