import { css } from 'lit';

/** Layout of `<gd-softmax>`: the two bar charts side by side when wide, tables below. */
export const softmaxStyles = css`
  .formula {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .methods {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: minmax(0, 1fr);
  }
  .charts {
    display: grid;
    gap: 0.75rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 560px) {
    .charts {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .methods {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .bar rect {
    fill: color-mix(in srgb, var(--_accent) 55%, transparent);
    stroke: var(--_accent);
    stroke-width: 1;
  }
  .bar.target rect {
    fill: color-mix(in srgb, var(--_series) 60%, transparent);
    stroke: var(--_series);
    stroke-width: 2;
    stroke-dasharray: 4 2;
  }
  .bar text {
    fill: var(--_fg);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .bar .tick {
    fill: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .controls input[type='number'] {
    width: 6rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  tr.target th,
  tr.target td {
    font-weight: 700;
  }
  .mark {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .bad {
    color: var(--_danger);
    font-weight: 600;
  }
  h2 {
    font-size: 1rem;
    margin: 1rem 0 0.25rem;
  }
  h3 {
    font-size: 0.95rem;
    margin: 0.25rem 0;
  }
  .method {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
`;
