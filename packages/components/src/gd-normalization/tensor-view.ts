/**
 * The tensor drawn as blocks: one band of rows per example, the channels side by side, each cell
 * with its value. Cells that share one mean and variance carry the same group colour, border
 * pattern and letter (so the groups read without colour too). The input grid is one Tab stop
 * (roving tabindex); arrows, Home and End move the selected cell, whose group is highlighted.
 */
import type { TensorShape } from '@gd-playground/core';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../internal/style-props.js';

/** A cell's position. */
export interface CellIndex {
  readonly n: number;
  readonly c: number;
  readonly h: number;
  readonly w: number;
}

/** Flat index of a cell (row-major N, C, H, W). */
export function flatIndex(shape: TensorShape, cell: CellIndex): number {
  const [, C, H, W] = shape;
  return ((cell.n * C + cell.c) * H + cell.h) * W + cell.w;
}

/** The cell at a flat index. */
export function cellAt(shape: TensorShape, k: number): CellIndex {
  const [, C, H, W] = shape;
  return {
    w: k % W,
    h: Math.floor(k / W) % H,
    c: Math.floor(k / (H * W)) % C,
    n: Math.floor(k / (C * H * W)),
  };
}

/** A group's letter: A … Z, then AA, AB, … */
export function groupLetter(index: number): string {
  let out = '';
  let i = index;
  do {
    out = String.fromCharCode(65 + (i % 26)) + out;
    i = Math.floor(i / 26) - 1;
  } while (i >= 0);
  return out;
}

/** What a grid view needs. */
export interface TensorViewContext {
  readonly id: string;
  readonly shape: TensorShape;
  readonly values: readonly number[];
  readonly groupOf: readonly number[];
  readonly selected: number;
  readonly fullyConnected: boolean;
  /** Whether this grid takes focus and keys (the input grid) or only shows (the output grid). */
  readonly interactive: boolean;
  readonly label: string;
  readonly format: (value: number) => string;
  /** Where a cell is, read before its value by screen readers ("Example 1, channel 2, position 1, 1:"). */
  readonly cellLabel: (cell: CellIndex) => string;
  /** The word read before the group letter. */
  readonly groupWord: string;
  readonly exampleLabel: (n: number) => string;
  readonly channelLabel: (c: number) => string;
  readonly onSelect?: (k: number) => void;
}

/** The new selection after a key press in the grid's visual layout (rows n·H + h, columns c·W + w). */
export function moveSelection(shape: TensorShape, k: number, key: string): number | undefined {
  const [N, C, H, W] = shape;
  const cell = cellAt(shape, k);
  let row = cell.n * H + cell.h;
  let column = cell.c * W + cell.w;
  const rows = N * H;
  const columns = C * W;
  switch (key) {
    case 'ArrowLeft':
      column = Math.max(0, column - 1);
      break;
    case 'ArrowRight':
      column = Math.min(columns - 1, column + 1);
      break;
    case 'ArrowUp':
      row = Math.max(0, row - 1);
      break;
    case 'ArrowDown':
      row = Math.min(rows - 1, row + 1);
      break;
    case 'Home':
      column = 0;
      break;
    case 'End':
      column = columns - 1;
      break;
    default:
      return undefined;
  }
  return flatIndex(shape, { n: Math.floor(row / H), h: row % H, c: Math.floor(column / W), w: column % W });
}

function onKey(event: KeyboardEvent, context: TensorViewContext): void {
  const next = moveSelection(context.shape, context.selected, event.key);
  if (next === undefined) return;
  event.preventDefault();
  context.onSelect?.(next);
  const grid = (event.currentTarget as HTMLElement).closest('[role="grid"]');
  // Focus follows the selection once the host has re-rendered the roving tab stop.
  requestAnimationFrame(() => grid?.querySelector<HTMLElement>(`[data-k="${next}"]`)?.focus());
}

export function renderTensor(context: TensorViewContext): TemplateResult {
  const [N, C, H, W] = context.shape;
  const selectedGroup = context.groupOf[context.selected];
  const role = context.interactive ? 'grid' : 'table';
  const cellRole = context.interactive ? 'gridcell' : 'cell';
  const span = styleProps({ 'grid-column': `span ${W}` });
  const columns = styleProps({ '--_columns': String(C * W) });
  const rows: TemplateResult[] = [];
  for (let n = 0; n < N; n++) {
    for (let h = 0; h < H; h++) {
      const cells: TemplateResult[] = [];
      for (let c = 0; c < C; c++) {
        for (let w = 0; w < W; w++) {
          const k = flatIndex(context.shape, { n, c, h, w });
          const group = context.groupOf[k] as number;
          const letter = groupLetter(group);
          const value = context.format(context.values[k] as number);
          const classes = [
            'cell',
            `g${group % 6}`,
            `p${Math.floor(group / 6) % 3}`,
            w === 0 && c > 0 ? 'channel-start' : '',
            group === selectedGroup ? 'same-group' : '',
            k === context.selected ? 'selected' : '',
          ].join(' ');
          cells.push(html`<div
            role=${cellRole}
            class=${classes}
            data-k=${k}
            data-group=${letter}
            tabindex=${context.interactive ? (k === context.selected ? '0' : '-1') : nothing}
            aria-selected=${context.interactive ? (k === context.selected ? 'true' : 'false') : nothing}
            @click=${context.interactive ? () => context.onSelect?.(k) : nothing}
            @keydown=${context.interactive ? (event: KeyboardEvent) => onKey(event, context) : nothing}
          ><span class="visually-hidden">${context.cellLabel({ n, c, h, w })} </span><span class="value">${value}</span><span class="visually-hidden">, ${context.groupWord} </span><span class="letter">${letter}</span></div>`);
        }
      }
      rows.push(html`<div role="row" class="row ${h === 0 && n > 0 ? 'example-start' : ''}">
        <div role="rowheader" class="example-label">
          <span class=${h === 0 ? '' : 'visually-hidden'}>${context.exampleLabel(n)}</span>
        </div>
        ${cells}
      </div>`);
    }
  }
  return html`<div
    role=${role}
    class="tensor ${context.fullyConnected ? 'fc' : ''}"
    id=${context.id}
    aria-label=${context.label}
    ${columns}
  >
    <div role="row" class="row head">
      <div role="columnheader" class="corner"><span class="visually-hidden">${context.exampleLabel(-1)}</span></div>
      ${Array.from(
        { length: C },
        (_, c) =>
          html`<div role="columnheader" class="channel-label ${c > 0 ? 'channel-start' : ''}" ${span}>${context.channelLabel(c)}</div>`,
      )}
    </div>
    ${rows}
  </div>`;
}
