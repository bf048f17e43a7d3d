import { css } from 'lit';

/**
 * Layout of `<gd-sigmoid-boundary>` (with `panelsLayoutStyles`): chart beside the panels when wide,
 * the matrix under the chart, stacked on a phone.
 */
export const sigmoidBoundaryStyles = css`
  :host {
    --_panels-width: 19rem;
  }
  @container (min-width: 700px) {
    [part='matrix'] {
      grid-column: 1;
      grid-row: 2;
    }
  }
  .chart svg {
    touch-action: manipulation;
    cursor: crosshair;
  }
  .chart svg:focus-visible {
    box-shadow: none;
  }
  /* .gd-class-N (classColorStyles) sets --gd-class-color for the point's class. */
  .point {
    fill: var(--gd-class-color);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .boundary {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .threshold-line {
    stroke: var(--_fg);
    stroke-width: 1.25;
    stroke-dasharray: 5 4;
  }
  .curve {
    fill: none;
    stroke: var(--_series);
    stroke-width: 2.5;
  }
  .probe-mark {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .probe-guide {
    stroke: var(--_fg);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  figcaption {
    line-height: 1.4;
    font-size: 0.875rem;
    color: var(--_muted);
    margin-block-start: 0.35rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    color: var(--_fg);
  }
  .swatch {
    width: 0.85rem;
    height: 0.85rem;
    display: inline-block;
    vertical-align: middle;
  }
  .panels {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0;
    padding: 0.5rem 0.75rem 0.65rem;
    min-width: 0;
    background: var(--_surface);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
    /* Floated inside its box: a title that wraps on a narrow panel is not crossed by the border. */
    float: left;
    width: 100%;
    margin-block-end: 0.5rem;
  }
  legend + * {
    clear: left;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 5.5rem;
    gap: 0.1rem 0.5rem;
    align-items: center;
    margin-block: 0.3rem;
  }
  .field label {
    grid-column: 1 / -1;
    font-size: 0.875rem;
  }
  .field input[type='range'] {
    width: 100%;
    min-width: 0;
    margin: 0;
    min-height: 1.5rem;
  }
  .field input[type='text'] {
    width: 100%;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    outline: 1px solid var(--_danger);
  }
  .entry-error {
    grid-column: 1 / -1;
    color: var(--_danger);
    font-size: 0.8rem;
    margin: 0;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-block-start: 0.4rem;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.4rem 0 0;
    font-variant-numeric: tabular-nums;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.15rem 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    text-align: end;
    overflow-wrap: anywhere;
  }
  .probe-inputs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(6rem, 1fr));
    gap: 0.4rem;
    margin-block: 0.3rem 0.5rem;
  }
  .probe-inputs label {
    display: grid;
    gap: 0.1rem;
    font-size: 0.875rem;
  }
  .probe-inputs input {
    width: 100%;
    text-align: end;
  }
  .hint {
    font-size: 0.8rem;
    color: var(--_muted);
    margin: 0.3rem 0 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  th[scope='row'] {
    text-align: start;
  }
  td small {
    color: var(--_muted);
    margin-inline-start: 0.25rem;
  }
  .comparison {
    display: block;
    color: var(--_muted);
  }
  .metrics {
    margin-block-start: 0.5rem;
  }
  .note {
    font-size: 0.8rem;
    color: var(--_muted);
    margin: 0.25rem 0 0;
  }
`;
