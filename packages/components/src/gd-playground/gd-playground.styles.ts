import { css } from 'lit';

/**
 * Layout of `<gd-playground>` (with `panelsLayoutStyles`): views beside the control panels when
 * wide, the table across both columns, stacked on a phone.
 */
export const playgroundStyles = css`
  @container (min-width: 700px) {
    .wide {
      grid-column: 1 / -1;
    }
  }
  .views {
    display: grid;
    gap: 0.75rem;
    min-width: 0;
  }
  @container (min-width: 1000px) {
    .views.two {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .views.two > .full {
      grid-column: 1 / -1;
    }
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  [part='normal-equation'] {
    margin: 0;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  figcaption {
    font-size: 0.85rem;
    color: var(--_muted);
    margin-block-end: 0.25rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    justify-content: space-between;
  }
  .panels {
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  fieldset {
    margin: 0;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.6rem 0.6rem;
    display: grid;
    gap: 0.4rem;
  }
  fieldset[disabled] {
    opacity: 0.75;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.5rem;
  }
  .row > label,
  .field > label {
    font-size: 0.9rem;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(5.5rem, auto) minmax(0, 1fr) 5.5rem;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .field.plain {
    grid-template-columns: minmax(5.5rem, auto) minmax(0, 1fr);
  }
  .field input[type='range'] {
    width: 100%;
    min-width: 0;
  }
  .field input[type='text'],
  .field input[type='number'] {
    width: 100%;
    min-width: 0;
  }
  .field select {
    min-width: 0;
    width: 100%;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
    outline: 2px solid var(--_danger);
  }
  textarea {
    font: inherit;
    font-family: var(--_mono);
    font-size: 0.85rem;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    width: 100%;
    min-height: 4.5rem;
    resize: vertical;
  }
  .radios {
    border: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .radios legend {
    font-weight: normal;
    font-size: 0.9rem;
    padding: 0;
    width: 100%;
    margin-block-end: 0.15rem;
  }
  .hint {
    font-size: 0.85rem;
    color: var(--_muted);
    margin: 0;
  }
  .error {
    font-size: 0.9rem;
    color: var(--_danger);
    margin: 0;
  }
  [part='run-controls'] .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .status {
    font-variant-numeric: tabular-nums;
    margin: 0;
  }
  [part='alert'] {
    color: var(--_danger);
    background: var(--_danger-bg);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.4rem 0.6rem;
    margin: 0;
  }
  .converged {
    color: var(--_fg);
    margin: 0;
  }
  [part='rule'] {
    overflow-x: auto;
  }
  [part='table'] {
    max-height: 22rem;
    overflow: auto;
  }
  /* A secondary panel whose chunk is loading (lazy-panels.ts): about the panel's usual height. */
  .pending-rule {
    min-height: 1rem;
  }
  .pending-matrix {
    min-height: 15rem;
  }
  .pending-matrix.tall {
    min-height: 29rem;
  }
  .pending-code {
    min-height: 6.5rem;
  }
  .pending-code.tall {
    min-height: 33rem;
  }
  .pending-table {
    min-height: 7rem;
  }
  [part='share'] .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  [part='share'] a {
    color: var(--_accent);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
`;
