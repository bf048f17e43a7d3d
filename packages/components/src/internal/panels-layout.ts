import { css } from 'lit';

/**
 * The layout of widgets with a column of control panels: `.layout` puts its content beside
 * `.panels` (which spans two rows) once the widget is at least 700 px wide, and stacks them on a
 * phone. The panel column is `--_panels-width` wide (default 18rem). Widgets add their own rules
 * for what goes where below.
 */
export const panelsLayoutStyles = css`
  .layout {
    display: grid;
    gap: 0.75rem 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 700px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) var(--_panels-width, 18rem);
      align-items: start;
    }
    .panels {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }
`;
