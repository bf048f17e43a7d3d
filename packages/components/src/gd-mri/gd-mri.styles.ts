import { css } from 'lit';

/** Layout of `<gd-mri>`: a grid of square pictures, then controls, curves and the rule. */
export const mriStyles = css`
  .pictures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.5rem;
  }
  .pictures figure,
  .curve {
    margin: 0;
  }
  canvas {
    inline-size: 100%;
    aspect-ratio: 1;
    image-rendering: pixelated;
    background: #000;
    display: block;
  }
  figcaption {
    font-size: 0.85em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin-block: 0.5rem;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    font-size: 0.9em;
  }
  .controls label.inline {
    flex-direction: row;
    align-items: center;
    gap: 0.3rem;
  }
  .curves {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.5rem;
  }
  .curve svg {
    inline-size: 100%;
    block-size: 4rem;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
  }
  polyline {
    fill: none;
    stroke: var(--gd-color-class-1, #1f77b4);
    stroke-width: 1.5;
    vector-effect: non-scaling-stroke;
  }
  .reference {
    stroke: var(--gd-color-class-0, #d1495b);
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .note {
    font-size: 0.9em;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--gd-color-accent, #0a66c2);
    outline-offset: 2px;
  }
`;
