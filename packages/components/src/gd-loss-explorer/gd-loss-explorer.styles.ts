import { css } from 'lit';
import { draggablePointStyles } from '../internal/plot/index.js';

const lightLossColors = css`
  --_c-mse: var(--gd-loss-color-mse, #0a66c2);
  --_c-rmse: var(--gd-loss-color-rmse, #0e7490);
  --_c-mae: var(--gd-loss-color-mae, #1a7f37);
  --_c-huber: var(--gd-loss-color-huber, #c2410c);
  --_c-smooth-l1: var(--gd-loss-color-smooth-l1, #8250df);
  --_c-bce: var(--gd-loss-color-bce, #bf3989);
  --_c-mean-error: var(--gd-loss-color-mean-error, #57606a);
`;

const darkLossColors = css`
  --_c-mse: var(--gd-loss-color-mse, #4493f8);
  --_c-rmse: var(--gd-loss-color-rmse, #39c5cf);
  --_c-mae: var(--gd-loss-color-mae, #3fb950);
  --_c-huber: var(--gd-loss-color-huber, #f0883e);
  --_c-smooth-l1: var(--gd-loss-color-smooth-l1, #bc8cff);
  --_c-bce: var(--gd-loss-color-bce, #f778ba);
  --_c-mean-error: var(--gd-loss-color-mean-error, #9da7b3);
`;

export const lossExplorerStyles = [
  draggablePointStyles,
  css`
    :host {
      ${lightLossColors}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${darkLossColors}
      }
    }
    :host([theme='dark']) {
      ${darkLossColors}
    }

    .loss-mse {
      --_c: var(--_c-mse);
    }
    .loss-rmse {
      --_c: var(--_c-rmse);
    }
    .loss-mae {
      --_c: var(--_c-mae);
    }
    .loss-huber {
      --_c: var(--_c-huber);
    }
    .loss-smooth-l1 {
      --_c: var(--_c-smooth-l1);
    }
    .loss-bce {
      --_c: var(--_c-bce);
    }
    .loss-mean-error {
      --_c: var(--_c-mean-error);
    }

    .swatch {
      display: inline-block;
      width: 0.65em;
      height: 0.65em;
      border-radius: 2px;
      background: var(--_c, currentColor);
      margin-inline-end: 0.35em;
      vertical-align: baseline;
    }

    /* Loss picker */
    .losses {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 0.75rem;
      padding: 0.35rem 0.75rem 0.5rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .losses legend {
      color: var(--_muted);
      font-size: 0.875em;
      padding: 0 0.25rem;
    }
    .loss-choice {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      min-height: 2rem;
      cursor: pointer;
      white-space: nowrap;
    }
    .loss-choice input {
      width: 1.05rem;
      height: 1.05rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    abbr {
      text-decoration: none;
    }

    /* δ and β */
    .parameters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin-block-end: 0.75rem;
    }
    .parameter {
      display: flex;
      flex-direction: column;
      gap: 0.2rem;
      flex: 1 1 14rem;
      min-width: 0;
    }
    .parameter label {
      font-weight: 600;
    }
    .parameter-inputs {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .parameter-inputs .range {
      flex: 1 1 auto;
      min-width: 6rem;
      min-height: 1.75rem;
    }
    .parameter-inputs .typed {
      width: 5.5rem;
      flex: 0 0 auto;
    }

    /* Table */
    .table-box {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    table {
      font-size: 0.95em;
    }
    thead th {
      vertical-align: bottom;
      white-space: nowrap;
      background: var(--_surface);
      color: var(--_fg);
    }
    th .sub {
      display: block;
      font-weight: 400;
      font-size: 0.8em;
      color: var(--_muted);
    }
    .column-name {
      white-space: nowrap;
    }
    th.row-head,
    tbody th {
      text-align: center;
      width: 2.5rem;
    }
    tbody td,
    tfoot td {
      white-space: nowrap;
    }
    tbody tr:last-child > * {
      border-bottom-width: 2px;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
      color: var(--_fg);
      border-bottom: none;
      background: var(--_surface);
    }
    tfoot th {
      text-align: start;
    }
    .cell {
      width: 5.5rem;
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    input[aria-invalid='true'] {
      border-color: var(--_danger);
      outline: 2px solid var(--_danger);
      outline-offset: -1px;
    }
    button.remove {
      min-height: 1.75rem;
      min-width: 1.75rem;
      padding: 0 0.4rem;
      line-height: 1;
      font-size: 1.1em;
    }
    .add-row {
      margin-block: 0.5rem 0.25rem;
    }

    @container (max-width: 30rem) {
      .cell {
        width: 4.5rem;
      }
      th,
      td {
        padding-inline: 0.3rem;
      }
      .losses {
        padding-inline: 0.5rem;
      }
    }

    /* Notes */
    .notes {
      margin-block: 0.25rem 0.5rem;
    }
    .notes p {
      margin: 0.35rem 0;
      padding: 0.35rem 0.6rem;
      border-inline-start: 3px solid var(--_accent);
      background: var(--_surface);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    .notes p.invalid {
      border-inline-start-color: var(--_danger);
      color: var(--_danger);
    }

    /* Charts */
    .charts {
      display: flex;
      flex-direction: column;
      gap: 0.75rem 1rem;
      margin-block: 0.75rem;
    }
    .charts.side {
      flex-direction: row;
    }
    .charts.side .figure {
      flex: 1 1 0;
    }
    .figure {
      margin: 0;
      min-width: 0;
    }
    svg {
      display: block;
      max-width: 100%;
      height: auto;
      overflow: visible;
      color: var(--_muted);
      --gd-axis-text-color: var(--_muted);
      --gd-handle-color: var(--_series);
      --gd-handle-outline: var(--_bg);
      --gd-focus-color: var(--_fg);
    }
    .error-line {
      stroke: var(--_muted);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }
    .truth-mark {
      fill: var(--_bg);
      stroke: var(--_class1);
      stroke-width: 2.5;
    }
    .gd-handle:focus-visible {
      stroke-width: 4px;
    }
    .curve {
      fill: none;
      stroke: var(--_c);
      stroke-width: 2.5;
      stroke-linejoin: round;
    }
    .mark {
      fill: var(--_c);
      stroke: var(--_bg);
      stroke-width: 1.5;
    }
    .threshold {
      stroke: var(--_c);
      stroke-width: 1.25;
      stroke-dasharray: 5 4;
      opacity: 0.8;
    }
    .rug {
      stroke: var(--_fg);
      stroke-width: 2;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.9rem;
      font-size: 0.85em;
      color: var(--_muted);
      margin-block-start: 0.25rem;
    }
    .legend .unplotted {
      flex-basis: 100%;
    }
    .key {
      display: inline-block;
      vertical-align: middle;
      margin-inline-end: 0.35em;
    }
    .truth-key {
      width: 0.7em;
      height: 0.7em;
      border: 2px solid var(--_class1);
      transform: rotate(45deg);
    }
    .prediction-key {
      width: 0.8em;
      height: 0.8em;
      border-radius: 50%;
      background: var(--_series);
    }
    .line-key {
      width: 1.2em;
      height: 0;
      border-top: 3px solid var(--_c);
    }
    .dash-key {
      width: 1.2em;
      height: 0;
      border-top: 2px dashed var(--_c);
    }
    .plot-empty {
      color: var(--_muted);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      padding: 1rem;
      margin: 0;
    }

    /* Formulas */
    .formulas {
      border-top: 1px solid var(--_border);
      padding-top: 0.5rem;
    }
    .section-title {
      font-weight: 600;
      margin: 0 0 0.25rem;
    }
    .formula {
      margin-block: 0.5rem;
    }
    .formula-name {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .formula-math {
      overflow-x: auto;
      max-width: 100%;
    }
    .convention {
      margin: 0;
      font-size: 0.85em;
      color: var(--_muted);
    }
  `,
];
