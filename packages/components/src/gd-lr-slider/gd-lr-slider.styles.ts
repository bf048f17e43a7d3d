import { css } from 'lit';

/** Styles of `<gd-lr-slider>`; colours come from the theme tokens (`--_*`). */
export const styles = css`
  :host {
    --_zone-slow: color-mix(in srgb, var(--_muted) 45%, var(--_bg));
    --_zone-converge: var(--_accent);
    --_zone-oscillate: var(--_series);
    --_zone-diverge: var(--_danger);
  }
  .root {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  p {
    margin: 0;
  }
  .control {
    display: grid;
    gap: 0.25rem;
  }
  .control-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .control-head label {
    font-weight: 600;
  }
  [part='entry'] {
    width: 7.5rem;
    font-family: var(--_mono);
    text-align: end;
  }
  [part='entry'][aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .hint {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .hint.invalid {
    color: var(--_danger);
  }
  .hint:not(.invalid) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .slider-wrap {
    position: relative;
    padding-block-end: 1.4rem;
  }
  [part='slider'] {
    display: block;
    width: 100%;
    margin: 0;
    height: 1.75rem;
    cursor: pointer;
    background: transparent;
    position: relative;
    z-index: 1;
  }
  [part='slider']:focus-visible {
    border-radius: var(--_radius);
  }
  .band {
    background: var(--_band);
    height: 6px;
    border-radius: 3px;
    margin-block-start: -2px;
    margin-inline: 8px;
  }
  .decades {
    position: absolute;
    inset-inline: 8px;
    bottom: 0;
    height: 1.2rem;
    font-size: 0.75rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .decades span {
    position: absolute;
    left: var(--_at);
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .decades span:first-child {
    transform: none;
  }
  .decades span:last-child:not(:first-child) {
    transform: translateX(-100%);
  }
  .regime {
    border-inline-start: 4px solid var(--_regime);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    display: grid;
    gap: 0.3rem;
  }
  .regime.too-slow,
  .legend .too-slow {
    --_regime: var(--_zone-slow);
  }
  .regime.converges,
  .legend .converges {
    --_regime: var(--_zone-converge);
  }
  .regime.oscillates,
  .legend .oscillates {
    --_regime: var(--_zone-oscillate);
  }
  .regime.diverges,
  .legend .diverges {
    --_regime: var(--_zone-diverge);
  }
  .regime-name {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 1.05em;
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--_regime);
    flex: none;
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .status {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    min-height: 1.45em;
  }
  .status.converged {
    color: var(--_fg);
    font-weight: 600;
  }
  .status.diverged {
    color: var(--_danger);
    font-weight: 600;
  }
  .rule {
    display: grid;
    gap: 0.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 560px) {
    .rule {
      grid-template-columns: minmax(12rem, auto) minmax(0, 1fr);
      align-items: start;
    }
  }
  .convention {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35rem 0.75rem 0.5rem;
    display: grid;
    gap: 0.2rem;
  }
  .convention legend {
    color: var(--_muted);
    font-size: 0.85em;
    padding-inline: 0.25rem;
  }
  .convention label {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    cursor: pointer;
  }
  .convention input {
    accent-color: var(--_accent);
    margin: 0;
  }
  .formulas {
    min-width: 0;
    overflow-x: auto;
  }
  .rule-title {
    color: var(--_muted);
    font-size: 0.85em;
  }
  gd-math {
    margin-block: 0.15rem 0.35rem;
    --gd-math-size: 1.05em;
  }
  gd-math.next {
    color: var(--_accent);
  }
  @container (max-width: 420px) {
    gd-math {
      --gd-math-size: 0.85em;
    }
  }
  .charts {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 560px) {
    .charts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  figcaption {
    font-size: 0.85em;
    color: var(--_muted);
    margin-block-end: 0.2rem;
  }
  .chart {
    display: block;
    max-width: 100%;
    height: auto;
    color: var(--_muted);
    overflow: visible;
  }
  .chart .parabola {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .chart .optimum {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .chart .optimum-label {
    fill: var(--_muted);
    font-size: 11px;
  }
  .chart .hop {
    stroke: var(--_series);
    stroke-width: 1.5;
  }
  .chart .arrow-head {
    fill: var(--_series);
  }
  .chart .visit {
    fill: var(--_accent);
    opacity: 0.75;
  }
  .chart .visit.start {
    fill: var(--_bg);
    stroke: var(--_accent);
    stroke-width: 2;
    opacity: 1;
  }
  .chart .current {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .chart .loss-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .table {
    max-height: 18rem;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  caption {
    text-align: start;
    padding: 0.4rem 0.5rem;
    color: var(--_muted);
    font-size: 0.85em;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
  }
  tbody th {
    color: var(--_muted);
    font-weight: 400;
  }
  td.pending {
    color: var(--_muted);
    font-style: italic;
  }
`;
