import { css } from 'lit';

/**
 * Layout of `<gd-network>`: data | network | training in three columns when wide (≥ 980 px), two
 * (≥ 640 px) or one on a phone; the forward pass spans the full width below.
 */
export const networkStyles = css`
  .layout {
    display: grid;
    gap: 0.75rem 1rem;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 640px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  @container (min-width: 980px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr) minmax(0, 1fr);
    }
  }
  .inference {
    grid-column: 1 / -1;
    min-width: 0;
  }
  .column {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .panel,
  .run-controls,
  .features,
  .probe-fields {
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
    margin: 0;
    min-width: 0;
  }
  .field {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-block: 0.25rem;
    flex-wrap: wrap;
  }
  .field input[type='text'] {
    width: 6rem;
  }
  .check {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
    margin-inline-end: 0.6rem;
  }
  .buttons,
  .share {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  textarea {
    width: 100%;
    font: inherit;
    font-size: 0.85rem;
  }
  .chart svg {
    cursor: crosshair;
    touch-action: manipulation;
  }
  /* Own compositor layers: repainting the regions or heat maps every frame must not repaint the
     hundreds of point markers and handles drawn over them (measured: most of a frame otherwise). */
  .chart canvas,
  .chart svg,
  .graph-box canvas {
    will-change: transform;
  }
  .plot,
  .graph {
    contain: layout paint;
  }
  .frame {
    fill: none;
    stroke: var(--_border);
  }
  /* .gd-class-N (classColorStyles) sets --gd-class-color for a point's class. */
  .point {
    fill: var(--gd-class-color);
    stroke: var(--_bg);
    stroke-width: 1;
    pointer-events: none;
  }
  .point.test {
    fill: var(--_bg);
    stroke: var(--gd-class-color);
    stroke-width: 2;
  }
  .point-handles .gd-handle {
    fill: transparent;
    stroke: none;
  }
  .point-handles .gd-handle:focus-visible {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .probe-mark {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 2;
    pointer-events: none;
  }
  .curve {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
  }
  .graph-box {
    position: relative;
    margin-block: 0.25rem;
  }
  .graph-box canvas,
  .graph-box svg {
    position: absolute;
    inset: 0 auto auto 0;
  }
  .graph-box canvas {
    pointer-events: none;
  }
  .graph {
    margin: 0;
    overflow-x: auto;
  }
  /* Invisible hit and focus targets over the painted edges. */
  .edge {
    stroke: transparent;
    stroke-width: 7;
    stroke-linecap: round;
    outline: none;
  }
  .edge:hover,
  .edge:focus-visible {
    stroke: color-mix(in srgb, var(--_fg) 55%, transparent);
    stroke-width: 4;
  }
  .neuron {
    position: absolute;
    width: 30px;
    height: 30px;
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: 3px;
    outline: none;
  }
  .neuron:hover,
  .neuron:focus-visible {
    border: 2px solid var(--_fg);
    box-shadow: 0 0 0 2px var(--_bg), 0 0 0 4px var(--_accent);
  }
  .layer-buttons {
    position: relative;
    height: 1.9rem;
  }
  .neuron-buttons {
    position: absolute;
    top: 0;
    display: inline-flex;
    gap: 2px;
  }
  .layer-buttons > button {
    margin-inline-end: 0.25rem;
  }
  button.small {
    min-width: 1.6rem;
    padding: 0.05rem 0.35rem;
  }
  .readout {
    min-height: 1.3em;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
    margin: 0.2rem 0 0;
  }
  .loss {
    fill: none;
    stroke-width: 2;
  }
  .curve-label {
    font-size: 0.7rem;
    fill: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .curve-label.end {
    text-anchor: end;
  }
  .loss.train {
    stroke: var(--_accent);
  }
  .loss.test {
    stroke: var(--_series);
    stroke-dasharray: 5 3;
  }
  .curves,
  .plot {
    margin: 0;
  }
  figcaption {
    font-size: 0.875rem;
    color: var(--_muted);
    line-height: 1.4;
    margin-block-start: 0.3rem;
  }
  .matrix-panel {
    overflow-x: auto;
    max-width: 100%;
  }
  .confusion {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .confusion td,
  .confusion th {
    border: 1px solid var(--_border);
    padding: 0.15rem 0.5rem;
    text-align: center;
  }
  .confusion td.hit {
    font-weight: 600;
  }
  .confusion td.miss {
    color: var(--_danger);
  }
  .status,
  .accuracy,
  .prediction {
    font-variant-numeric: tabular-nums;
    margin: 0.3rem 0 0;
  }
  .inference math {
    overflow-x: auto;
    max-width: 100%;
  }
  .inference h4 {
    margin: 0.5rem 0 0.1rem;
    font-size: 0.9rem;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
