import { css } from 'lit';

/**
 * Layout of `<gd-convolution>`: the views beside the panels when wide, stacked on a phone. Cells are
 * fixed-width boxes so the 1-D kernel line aligns under the padded input; state is shown by
 * outline style as well as colour (window: solid accent; receptive field: dashed; fed outputs:
 * double), never by colour alone.
 */
export const convolutionStyles = css`
  :host {
    /* Wide enough for the padding, stride and dilation fields side by side with one-line labels in
       every shipped language (Portuguese is the widest: 'Preenchimento p'). */
    --_panels-width: 20rem;
    --_cell: 2.6rem;
    --_window: var(--_accent);
    /* The theme's class colours (theme.ts), which follow the light or dark palette. */
    --_field: var(--_class0);
    --_fed: var(--_class1);
  }
  .content {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  .view-label {
    margin: 0.25rem 0;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .cell-grid {
    contain: content;
    display: grid;
    gap: 2px;
    overflow-x: auto;
    padding: 3px;
  }
  .grid-row {
    display: grid;
    grid-template-columns: repeat(var(--cols), var(--_cell));
    gap: 2px;
  }
  .one-d .grid-row,
  .kernel-line {
    grid-template-columns: 3.2rem repeat(var(--cols), var(--_cell));
  }
  .kernel-line {
    display: grid;
    gap: 2px;
    padding: 0 3px;
    min-height: 1.8rem;
  }
  .row-label {
    font-family: var(--_mono);
    font-size: 0.8rem;
    align-self: center;
    color: var(--_muted);
  }
  .cell,
  .k-cell {
    font-family: var(--_mono);
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
    text-align: center;
    padding: 0.3rem 0;
    border: 1px solid var(--_border);
    border-radius: 3px;
    background: color-mix(in srgb, var(--_fg) calc(var(--shade, 0) * 28%), var(--_bg));
    cursor: pointer;
    white-space: nowrap;
    overflow: hidden;
  }
  .k-cell {
    grid-column: var(--col);
    grid-row: 1;
    border-color: var(--_window);
    border-width: 2px;
    background: var(--_surface);
    cursor: default;
  }
  .cell.pad {
    border-style: dashed;
    color: var(--_muted);
  }
  .cell.window {
    outline: 2px solid var(--_window);
    outline-offset: -2px;
    font-weight: 600;
  }
  .cell.field {
    box-shadow: inset 0 0 0 3px var(--_field);
    border-style: dashed;
  }
  .cell.fed {
    border: 3px double var(--_fed);
  }
  .cell.current {
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
  }
  .cell.source {
    text-decoration: underline;
  }
  .cell:focus-visible {
    outline: 3px solid var(--_fg);
    outline-offset: 1px;
  }
  .two-d {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-start;
  }
  .grid-group {
    display: grid;
    gap: 0.4rem;
    align-content: start;
  }
  .kernel-table,
  .grad-table {
    width: auto;
    font-family: var(--_mono);
    font-size: 0.85rem;
  }
  .kernel-table td,
  .grad-table td {
    border: 1px solid var(--_border);
    padding: 0.2rem 0.45rem;
    text-align: right;
  }
  caption {
    text-align: left;
    font-size: 0.85rem;
    color: var(--_muted);
    padding-bottom: 0.2rem;
  }
  .products {
    font-family: var(--_mono);
    font-size: 0.9rem;
    overflow-wrap: anywhere;
    margin: 0.5rem 0 0;
  }
  .products output {
    font-weight: 700;
  }
  .mode-note,
  .hint {
    font-size: 0.85rem;
    color: var(--_muted);
    margin: 0.25rem 0 0;
  }
  .formulas {
    overflow-x: auto;
  }
  .size-formula {
    margin: 0.25rem 0;
    font-size: 1.15rem;
  }
  .size-formula math {
    text-align: left;
    margin: 0.1rem 0;
    margin-inline: 0;
  }
  .matrix-title {
    margin: 0 0 0.25rem;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .shapes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0.25rem 0 0;
    font-size: 0.85rem;
  }
  .shapes dt {
    color: var(--_muted);
  }
  .shapes dd {
    margin: 0;
    font-family: var(--_mono);
  }
  .matrix-scroll {
    contain: content;
    overflow-x: auto;
    max-height: 22rem;
    overflow-y: auto;
  }
  .matrix {
    width: auto;
    font-family: var(--_mono);
    font-size: 0.8rem;
  }
  .matrix th,
  .matrix td {
    padding: 0.15rem 0.4rem;
    text-align: right;
    border-bottom: 1px solid var(--_border);
  }
  .matrix th {
    white-space: nowrap;
  }
  .matrix td.zero {
    color: var(--_muted);
  }
  .matrix tr.current {
    outline: 2px solid var(--_window);
    outline-offset: -2px;
    background: var(--_surface);
  }
  .matrix tr.source {
    box-shadow: inset 4px 0 0 var(--_field);
  }
  .matrix tr.fed td.result {
    text-decoration: underline double var(--_fed);
  }
  .matrix tfoot td {
    border-top: 2px solid var(--_fg);
  }
  .matrix-sum {
    margin-left: 0.5rem;
    font-family: var(--_mono);
  }
  .gradients h3 {
    margin: 0 0 0.25rem;
    font-size: 1rem;
  }
  .grad-tables {
    display: flex;
    align-items: flex-start;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .facts {
    font-size: 0.9rem;
    padding-left: 1.2rem;
  }
  .autodiff {
    font-size: 0.85rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .field {
    display: grid;
    gap: 0.15rem;
    margin-top: 0.5rem;
  }
  /* The three number fields: labels on one shared grid row, inputs on the next, so the inputs line
     up even when one label is longer; labels never wrap (a Korean label broke between syllables). */
  .row {
    display: grid;
    grid-template-columns: repeat(3, auto);
    grid-template-rows: auto auto;
    /* At least 0.5rem between the fields; spare width spreads them so labels do not run together. */
    column-gap: 0.5rem;
    justify-content: space-between;
  }
  .row .field {
    grid-row: span 2;
    grid-template-rows: subgrid;
  }
  .row label {
    white-space: nowrap;
    font-size: 0.875em;
    align-self: end;
  }
  .row input {
    width: 100%;
    min-width: 3.5rem;
    box-sizing: border-box;
  }
  .check {
    display: flex;
    gap: 0.4rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
