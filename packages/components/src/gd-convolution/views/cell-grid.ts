/**
 * A grid of number cells that is one Tab stop (roving tabindex): the arrows move within it, Home
 * and End go to the ends of a row; focus or hover on a cell reports it, so the element can light up
 * what that cell is connected to. An editable grid also takes + and − (change by 1) and Enter
 * (edit the exact value in the element's editor field).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../internal/style-props.js';

/** One cell as shown. */
export interface GridCell {
  readonly text: string;
  /** Accessible name, e.g. "x̃[3] = 2, padding". */
  readonly label: string;
  /** Extra classes: `pad`, `window`, `field`, `fed`, `current`. */
  readonly classes?: string;
  /** 0 … 1: shading of the cell (pictures). */
  readonly shade?: number;
  /** `data-*` value used by tests and stories to read a cell. */
  readonly key?: string;
}

export interface CellGridOptions {
  readonly id: string;
  readonly label: string;
  readonly rows: number;
  readonly cols: number;
  /** The cell holding the Tab stop. */
  readonly active: readonly [number, number];
  readonly cell: (row: number, col: number) => GridCell;
  /** A cell got focus (keyboard or pointer) or the pointer is over it. */
  readonly onEnter: (row: number, col: number, by: 'focus' | 'hover') => void;
  /** The pointer left the grid, or focus left it. */
  readonly onLeave: () => void;
  /** A click on a cell. */
  readonly onPick?: (row: number, col: number) => void;
  /** + / − / Enter on a cell of an editable grid. */
  readonly onEdit?: (row: number, col: number, action: 'increment' | 'decrement' | 'open') => void;
  /** Resolves after the host re-rendered (to move focus to the new active cell). */
  readonly updated: () => Promise<unknown>;
  /** Row labels shown before each row (channels of a 1-D signal). */
  readonly rowLabels?: readonly string[];
}

const cellAt = (event: Event): HTMLElement | null =>
  (event.target as HTMLElement | null)?.closest?.('[role="gridcell"]') ?? null;

const coords = (cell: HTMLElement): [number, number] => [
  Number(cell.dataset['row']),
  Number(cell.dataset['col']),
];

export function renderCellGrid(o: CellGridOptions): TemplateResult {
  const onKey = async (event: KeyboardEvent) => {
    const cell = cellAt(event);
    if (!cell) return;
    let [r, c] = coords(cell);
    switch (event.key) {
      case 'ArrowRight':
        c = Math.min(o.cols - 1, c + 1);
        break;
      case 'ArrowLeft':
        c = Math.max(0, c - 1);
        break;
      case 'ArrowDown':
        r = Math.min(o.rows - 1, r + 1);
        break;
      case 'ArrowUp':
        r = Math.max(0, r - 1);
        break;
      case 'Home':
        c = 0;
        break;
      case 'End':
        c = o.cols - 1;
        break;
      case '+':
      case '=':
        if (!o.onEdit) return;
        event.preventDefault();
        o.onEdit(r, c, 'increment');
        return;
      case '-':
      case '_':
        if (!o.onEdit) return;
        event.preventDefault();
        o.onEdit(r, c, 'decrement');
        return;
      case 'Enter':
      case 'F2':
        if (!o.onEdit) return;
        event.preventDefault();
        o.onEdit(r, c, 'open');
        return;
      default:
        return;
    }
    event.preventDefault();
    const grid = event.currentTarget as HTMLElement;
    o.onEnter(r, c, 'focus');
    await o.updated();
    grid.querySelector<HTMLElement>(`[data-row="${r}"][data-col="${c}"]`)?.focus();
  };
  const labelled = o.rowLabels !== undefined;
  return html`<div
    class="cell-grid ${labelled ? 'labelled' : ''}"
    role="grid"
    id=${o.id}
    aria-label=${o.label}
    aria-rowcount=${o.rows}
    aria-colcount=${o.cols}
    ${styleProps({ '--cols': String(o.cols) })}
    @keydown=${onKey}
    @focusin=${(event: FocusEvent) => {
      const cell = cellAt(event);
      if (cell) o.onEnter(...coords(cell), 'focus');
    }}
    @focusout=${(event: FocusEvent) => {
      if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) o.onLeave();
    }}
    @pointerover=${(event: PointerEvent) => {
      const cell = cellAt(event);
      if (cell) o.onEnter(...coords(cell), 'hover');
    }}
    @pointerleave=${() => o.onLeave()}
    @click=${(event: MouseEvent) => {
      const cell = cellAt(event);
      if (cell && o.onPick) o.onPick(...coords(cell));
    }}
  >
    ${Array.from(
      { length: o.rows },
      (_, r) => html`<div role="row" class="grid-row">
        ${labelled ? html`<span class="row-label" role="rowheader">${o.rowLabels?.[r] ?? ''}</span>` : nothing}
        ${Array.from({ length: o.cols }, (_c, c) => {
          const cell = o.cell(r, c);
          const active = o.active[0] === r && o.active[1] === c;
          return html`<div
            role="gridcell"
            class="cell ${cell.classes ?? ''}"
            data-row=${r}
            data-col=${c}
            data-key=${cell.key ?? nothing}
            tabindex=${active ? '0' : '-1'}
            aria-label=${cell.label}
            ${styleProps({ '--shade': cell.shade === undefined ? undefined : String(cell.shade) })}
          >
            ${cell.text}
          </div>`;
        })}
      </div>`,
    )}
  </div>`;
}
