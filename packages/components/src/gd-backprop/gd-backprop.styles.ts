import { css } from 'lit';

/** Layout of `<gd-backprop>`: the graph on top (scrolling sideways on a phone), panels below. */
export const backpropStyles = css`
  :host {
    --_ok: var(--gd-color-success, #1a7f37);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_ok: var(--gd-color-success, #3fb950);
    }
  }
  :host([theme='dark']) {
    --_ok: var(--gd-color-success, #3fb950);
  }
  .expression {
    font-family: var(--_mono);
    margin: 0 0 0.5rem;
  }
  .graph-scroll {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .graph {
    position: relative;
  }
  .edges {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  .edge path {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .edge.active.forward path {
    stroke: var(--_accent);
    stroke-width: 3;
  }
  .edge.active.backward path {
    stroke: var(--_series);
    stroke-width: 3;
    stroke-dasharray: 6 3;
  }
  .edge text {
    fill: var(--_fg);
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
  }
  .node {
    position: absolute;
    width: 112px;
    height: 74px;
    padding: 0.2rem 0.4rem;
    font-size: 0.8rem;
    line-height: 1.3;
    background: var(--_bg);
    border: 1.5px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .node.op {
    border-color: var(--_fg);
  }
  .node.constant {
    border-style: dotted;
  }
  .node.current.forward {
    border-color: var(--_accent);
    border-width: 3px;
  }
  .node.current.backward {
    border-color: var(--_series);
    border-width: 3px;
    border-style: dashed;
  }
  .node.overridden {
    outline: 2px dashed var(--_danger);
    outline-offset: 2px;
  }
  .node .head {
    display: flex;
    gap: 0.4rem;
    align-items: baseline;
    font-weight: 700;
  }
  .node .op {
    font-weight: 400;
    color: var(--_muted);
  }
  .node .custom {
    color: var(--_danger);
  }
  .node .row {
    display: flex;
    justify-content: space-between;
    gap: 0.25rem;
  }
  .node .key {
    color: var(--_muted);
  }
  .node .grad {
    font-weight: 700;
  }
  select {
    max-width: 100%;
  }
  .value-input {
    width: 3.8rem;
    padding: 0 0.2rem;
    font-size: 0.8rem;
    text-align: end;
  }
  .panels {
    display: grid;
    align-items: start;
    gap: 0.75rem;
    grid-template-columns: minmax(0, 1fr);
    margin-block: 0.75rem;
  }
  @container (min-width: 700px) {
    .panels {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  fieldset {
    min-width: 0;
    align-content: start;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 0.5rem;
    display: grid;
    gap: 0.4rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .field {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .status,
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    margin: 0;
  }
  .step-text {
    min-height: 3rem;
    font-family: var(--_mono);
    font-size: 0.9rem;
  }
  .sentence {
    margin: 0.25rem 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  tr.ok td[data-value='status'] {
    color: var(--_ok);
    font-weight: 700;
  }
  tr.bad td,
  tr.bad th,
  .bad {
    color: var(--_danger);
    font-weight: 600;
  }
  .modules .chain {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
  }
  .tensor {
    font-family: var(--_mono);
  }
  .shape {
    color: var(--_muted);
  }
  .arrow {
    color: var(--_muted);
  }
  button.module[aria-pressed='true'] {
    border-color: var(--_accent);
    border-width: 2px;
    font-weight: 700;
  }
  .mono {
    font-family: var(--_mono);
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;
