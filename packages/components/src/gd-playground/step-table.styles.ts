/**
 * The per-step table's styles, apart from its template: the element includes them up front, while
 * the table itself comes with the panels loaded later (secondary-panels.ts).
 */
import { css } from 'lit';

/** Styles for the table; include them in the element's `static styles`. */
export const stepTableStyles = css`
  .step-table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
    font-size: 0.875em;
    width: 100%;
  }
  .step-table caption {
    text-align: start;
    padding-block-end: 0.25em;
  }
  .step-table caption .note {
    display: block;
    font-size: 0.9em;
    opacity: 0.8;
  }
  .step-table th,
  .step-table td {
    padding: 0.2em 0.5em;
    border-block-end: 1px solid var(--gd-grid, rgb(128 128 128 / 30%));
    text-align: end;
    vertical-align: top;
  }
  .step-table thead th {
    text-align: end;
    font-weight: 600;
    /* Korean breaks between words, not inside them: narrow headers otherwise wrap after every syllable. */
    word-break: keep-all;
  }
  .step-table .vector {
    display: block;
    white-space: nowrap;
  }
  .step-table .vector .name {
    font-style: italic;
  }
  .step-table tr.current {
    background: var(--gd-highlight, rgb(255 200 0 / 18%));
  }
`;
