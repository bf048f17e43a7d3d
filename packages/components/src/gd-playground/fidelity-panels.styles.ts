/**
 * Styles of the probe, matrix and code panels, apart from their templates: the element includes
 * them up front, while the matrix and code panels come later (secondary-panels.ts).
 */
import { css } from 'lit';

export const fidelityPanelStyles = css`
  .probe,
  .matrix,
  .code {
    min-width: 0;
  }
  .probe h3,
  .matrix h3,
  .code h3 {
    font-size: 1rem;
    margin: 0 0 0.4rem;
  }
  .probe-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .probe-inputs label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.85rem;
  }
  .probe-inputs input {
    width: 8em;
  }
  .probe-line {
    margin: 0.35rem 0;
    overflow-x: auto;
  }
  #probe-pick[aria-pressed='true'] {
    outline: 2px solid var(--_accent, #0a66c2);
  }
  .matrix .shapes,
  .matrix .weights {
    margin: 0.25rem 0;
    font-size: 0.9rem;
  }
  .matrix-table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.85rem;
  }
  .matrix-table caption {
    text-align: start;
    font-size: 0.85rem;
  }
  .matrix-table th,
  .matrix-table td {
    padding: 0.15em 0.6em;
    text-align: end;
    border-block-end: 1px solid var(--gd-grid, rgb(128 128 128 / 30%));
  }
  .matrix-table .product {
    border-inline-start: 2px solid var(--_border, #d0d7de);
  }
  .matrix-table tr.in-batch {
    background: var(--gd-highlight, rgb(255 200 0 / 18%));
    font-weight: 600;
  }
  .matrix-table .batch-mark {
    margin-inline-end: 0.25em;
  }
  .matrix-table tr.gap td {
    text-align: center;
  }
  .code-language {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    border: 0;
    padding: 0;
    margin: 0 0 0.5rem;
    font-size: 0.9rem;
  }
  .code-language legend {
    padding: 0;
    float: left;
    margin-inline-end: 0.5rem;
  }
  .code-columns {
    display: grid;
    gap: 0.75rem;
  }
  @container (min-width: 900px) {
    .code-columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  .code-block figcaption {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .code-block pre {
    margin: 0.25rem 0 0;
    padding: 0.5rem;
    overflow: auto;
    max-height: 24rem;
    font-size: 0.8rem;
    line-height: 1.35;
    border: 1px solid var(--_border, #d0d7de);
    border-radius: 4px;
    tab-size: 4;
  }
  .code-block pre:focus-visible,
  .matrix .scroll:focus-visible {
    outline: 2px solid var(--_accent, #0a66c2);
    outline-offset: 2px;
  }
`;
