import { css } from 'lit';

/** Layout and marks of the playground's data view (classes colour through `.gd-class-N`). */
export const dataViewStyles = css`
  .chart svg {
    touch-action: manipulation;
  }
  /* The fit and the batch rings move every frame: their own layer, so the (possibly thousands
     of) points under them are not repainted each time. */
  .chart svg.overlay {
    position: absolute;
    inset: 0 auto auto 0;
    pointer-events: none;
    will-change: transform;
  }
  :host(:not([locked])) .chart svg {
    cursor: crosshair;
  }
  .point {
    fill: var(--gd-handle-color);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .batch-ring {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .fit {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .solution {
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .solution-label {
    fill: var(--_accent);
    font-size: 11px;
  }
  .classes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
    padding: 0;
    border: 0;
    font-size: 0.85em;
  }
  .classes legend {
    padding: 0;
    margin-inline-end: 0.5rem;
    float: left;
  }
  .fit.curve.classed {
    stroke: var(--gd-class-color);
  }
  .swatch path {
    fill: var(--gd-class-color);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .swatch {
    display: inline-block;
    vertical-align: -0.1em;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.25em;
    overflow: visible;
  }
`;
