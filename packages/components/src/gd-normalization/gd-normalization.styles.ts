import { css } from 'lit';

/**
 * Layout of `<gd-normalization>`: the two grids side by side when wide, panels below; group
 * colours (six theme colours) combined with three border patterns and a letter in each cell.
 */
export const normalizationStyles = [
  css`
    :host {
      --_g0: var(--gd-color-class-0, #d1495b);
      --_g1: var(--gd-color-class-1, #1f77b4);
      --_g2: var(--gd-color-class-2, #2a9d8f);
      --_g3: var(--gd-color-class-3, #8250df);
      --_g4: var(--gd-color-class-4, #b7791f);
      --_g5: var(--gd-color-series, #e07a00);
    }
    .section-title {
      font-weight: 600;
      margin: 0.75rem 0 0.35rem;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0;
      padding: 0.4rem 0.6rem 0.6rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: end;
    }
    .kinds,
    .modes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.9rem;
    }
    .choice {
      display: inline-flex;
      gap: 0.3rem;
      align-items: center;
      cursor: pointer;
    }
    .field {
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
    }
    input.num {
      width: 6.5rem;
    }
    .affine-table input.num {
      width: 5rem;
    }
    input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .axes {
      margin: 0.5rem 0;
      color: var(--_fg);
      font-weight: 500;
    }
    .grids {
      display: grid;
      gap: 0.75rem 1.25rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 760px) {
      .grids {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      .panels-row {
        grid-template-columns: minmax(0, 1fr) 15rem;
      }
    }
    figure {
      margin: 0;
    }
    figcaption {
      color: var(--_muted);
      font-size: 0.9em;
      margin-bottom: 0.3rem;
    }
    .tensor {
      display: grid;
      grid-template-columns: auto repeat(var(--_columns, 4), minmax(3.6rem, auto));
      gap: 3px;
      font-variant-numeric: tabular-nums;
      width: max-content;
    }
    .row {
      display: contents;
    }
    .example-label,
    .corner {
      color: var(--_muted);
      font-size: 0.8em;
      padding-inline-end: 0.3rem;
      align-self: center;
      white-space: nowrap;
    }
    .channel-label {
      color: var(--_muted);
      font-size: 0.8em;
      text-align: center;
    }
    .channel-start {
      margin-inline-start: 0.6rem;
    }
    .row.example-start > * {
      margin-block-start: 0.45rem;
    }
    .cell {
      position: relative;
      border: 2px solid var(--_gc, var(--_border));
      border-radius: 4px;
      padding: 0.3rem 0.9rem 0.3rem 0.35rem;
      text-align: end;
      background: var(--_bg);
      cursor: default;
    }
    [role='grid'] .cell {
      cursor: pointer;
    }
    .cell .letter {
      position: absolute;
      top: 1px;
      right: 2px;
      font-size: 0.65em;
      font-weight: 700;
      color: var(--_gc);
    }
    .g0 {
      --_gc: var(--_g0);
    }
    .g1 {
      --_gc: var(--_g1);
    }
    .g2 {
      --_gc: var(--_g2);
    }
    .g3 {
      --_gc: var(--_g3);
    }
    .g4 {
      --_gc: var(--_g4);
    }
    .g5 {
      --_gc: var(--_g5);
    }
    .p1 {
      border-style: dashed;
    }
    .p2 {
      border-style: dotted;
    }
    .cell.same-group {
      background: color-mix(in srgb, var(--_gc) 14%, var(--_bg));
    }
    .cell.selected {
      outline: 2px solid var(--_fg);
      outline-offset: 1px;
    }
    .swatch {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      border: 2px solid var(--_gc);
      border-radius: 2px;
      margin-inline-end: 0.3rem;
      vertical-align: -0.05em;
    }
    .panels-row {
      display: grid;
      gap: 0.75rem 1.25rem;
      grid-template-columns: minmax(0, 1fr);
      margin-top: 0.5rem;
    }
    table.stats caption {
      text-align: start;
      font-weight: 600;
      padding-bottom: 0.3rem;
    }
    td.start,
    th.start {
      text-align: start;
    }
    tr.same-group {
      background: var(--_surface);
    }
    .formula {
      margin: 0.3rem 0;
      overflow-x: auto;
    }
    math {
      font-size: 1.1em;
    }
    .note,
    .hint,
    .convention {
      color: var(--_muted);
      font-size: 0.92em;
      margin: 0.35rem 0;
    }
    .note.warn {
      color: var(--_danger);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      margin: 0.4rem 0;
    }
    .status {
      margin: 0.3rem 0;
      font-variant-numeric: tabular-nums;
    }
    .running,
    .comparison {
      border-top: 1px solid var(--_border);
      margin-top: 0.9rem;
    }
    .single {
      background: var(--_surface);
      border-radius: var(--_radius);
      padding: 0.4rem 0.6rem;
    }
    .curves {
      display: grid;
      gap: 0.75rem 1rem;
      grid-template-columns: minmax(0, 1fr);
    }
    .curves.side {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .curve svg {
      display: block;
      max-width: 100%;
      height: auto;
    }
    .curve .tick line {
      stroke: var(--_border);
    }
    .curve text {
      fill: var(--_muted);
      font-size: 11px;
    }
    .line {
      fill: none;
      stroke-width: 2;
    }
    .line.plain {
      stroke: var(--_accent);
    }
    .line.normalized {
      stroke: var(--_series);
      stroke-dasharray: 6 3;
    }
    .key {
      display: inline-block;
      width: 1.4em;
      height: 0;
      border-top: 2px solid var(--_accent);
      margin-inline-end: 0.35rem;
      vertical-align: middle;
    }
    .key.normalized {
      border-top: 2px dashed var(--_series);
    }
    .curve .guide {
      stroke: var(--_border);
      stroke-dasharray: 2 3;
    }
    .curve .point {
      fill: var(--_surface, Canvas);
      stroke-width: 2;
      cursor: default;
    }
    .curve .point.plain {
      stroke: var(--_accent);
    }
    .curve .point.normalized {
      stroke: var(--_series);
    }
    .curve .point:focus {
      outline: none;
    }
    /* The keyboard's place on the curve: a thick ring in the focus colour. */
    .curve .point:focus-visible {
      stroke: var(--gd-focus-color, CanvasText);
      stroke-width: 4;
    }
    .readout {
      margin: 0.2rem 0 0;
      font-variant-numeric: tabular-nums;
      color: var(--_muted);
    }
  `,
];
