/**
 * The data points: one SVG handle each (up to MANY_POINTS), or painted on a canvas with only the
 * active point as a handle (more), the batch's rings, and finding the painted point under a pointer.
 */
import type { Dataset } from '@gd-playground/core';
import { nothing, type SVGTemplateResult, svg } from 'lit';
import {
  type MovePhase,
  markerPath,
  renderDraggablePoints,
  type Scale,
  traceMarker,
} from '../../internal/plot/index.js';
import { classColor, classMarker, colorClass } from './class-marks.js';
import { type DataViewMode, isClassified, pointRadius } from './data-view-layout.js';
import { niceStep, resolveVar } from './data-view-scales.js';

/** What drawing the points needs from the view: the data, the chart and its scales. */
export interface PointsLayout {
  readonly dataset: Dataset;
  readonly mode: DataViewMode;
  readonly classes: number;
  readonly x: Scale;
  readonly y: Scale;
  /** Chart coordinates of row i (a dragged point where the pointer is). */
  readonly pointOf: (i: number) => { x: number; y: number };
}

/** Moves row `index` to chart coordinates (x, y); `input` while dragging, `change` when done. */
export type MovePoint = (index: number, x: number, y: number, phase: MovePhase) => void;

/** The class groups points are drawn in: one per class when classified, else one. */
function groupsOf(layout: PointsLayout): number[] {
  return isClassified(layout.mode) ? Array.from({ length: layout.classes }, (_, c) => c) : [0];
}

/** Every point as SVG, one group per class: plain marks, or draggable handles when editable. */
export function renderPoints(
  layout: PointsLayout,
  options: { editable: boolean; locale: string; label: (i: number) => string; onMove: MovePoint },
): SVGTemplateResult {
  const { dataset, x, y, pointOf } = layout;
  const n = dataset.features.length;
  const classified = isClassified(layout.mode);
  const radius = pointRadius(n);
  const axis = layout.mode === 'curve' ? 'x' : 'xy';
  const step = niceStep(x);
  return svg`${groupsOf(layout).map((group) => {
    const indices: number[] = [];
    for (let i = 0; i < n; i++) if (!classified || dataset.targets[i] === group) indices.push(i);
    // Regression points keep the chart's accent (the default --gd-handle-color).
    const colored = classified ? colorClass(group) : '';
    const marker = classified ? classMarker(group) : 'circle';
    if (!options.editable) {
      const glyph = marker === 'circle' ? '' : markerPath(marker, radius);
      return svg`<g class="points ${colored}">${indices.map((i) => {
        const p = pointOf(i);
        return marker === 'circle'
          ? svg`<circle class="point" cx=${x(p.x)} cy=${y(p.y)} r=${radius}></circle>`
          : svg`<path class="point" d=${glyph} transform="translate(${x(p.x)} ${y(p.y)})"></path>`;
      })}</g>`;
    }
    return svg`<g class="points editable ${colored}" data-group=${group}>${renderDraggablePoints({
      points: indices.map((i) => ({ ...pointOf(i), label: options.label(i) })),
      x,
      y,
      axis,
      step,
      radius,
      marker,
      locale: options.locale,
      rovingFocus: true,
      onMove: (local, px, py, phase) => options.onMove(indices[local] ?? -1, px, py, phase),
    })}</g>`;
  })}`;
}

/** Where N, P, Home and End move the active point among n (wrapping around). */
export type Navigation = 'next' | 'previous' | 'first' | 'last';

/** The active point after a move `to` from point i of n. */
export function steppedIndex(i: number, n: number, to: Navigation): number {
  return to === 'next' ? (i + 1) % n : to === 'previous' ? (i - 1 + n) % n : to === 'first' ? 0 : n - 1;
}

/**
 * With many points: the active one (`active`, kept within the data) as the single focusable,
 * draggable handle, labelled `label(index, n)`.
 */
export function renderActivePoint(
  layout: PointsLayout,
  options: {
    active: number;
    label: (index: number, n: number) => string;
    locale: string;
    onMove: MovePoint;
    onNavigate: (to: Navigation) => void;
  },
): SVGTemplateResult {
  const { dataset, x, y, mode } = layout;
  const n = dataset.features.length;
  const index = Math.min(n - 1, Math.max(0, options.active));
  const classified = isClassified(mode);
  const group = dataset.targets[index] ?? 0;
  const colored = classified ? colorClass(group) : '';
  return svg`<g class="points editable active ${colored}">${renderDraggablePoints({
    points: [{ ...layout.pointOf(index), label: options.label(index, n) }],
    x,
    y,
    axis: mode === 'curve' ? 'x' : 'xy',
    step: niceStep(x),
    radius: pointRadius(n) + 2,
    marker: classified ? classMarker(group) : 'circle',
    locale: options.locale,
    onMove: (_, px, py, phase) => options.onMove(index, px, py, phase),
    onNavigate: options.onNavigate,
  })}</g>`;
}

/** Paints every point on a canvas (many points), one fill per class and marker. */
export function paintManyPoints(
  ctx: CanvasRenderingContext2D,
  layout: PointsLayout,
  style: CSSStyleDeclaration,
): void {
  const { dataset, x, y } = layout;
  const classified = isClassified(layout.mode);
  const cssColor = (css: string) => resolveVar(style, css) || '#808080';
  const n = dataset.features.length;
  const radius = pointRadius(n);
  ctx.lineWidth = 1;
  ctx.strokeStyle = cssColor('var(--_bg)');
  for (const group of groupsOf(layout)) {
    ctx.fillStyle = cssColor(classified ? classColor(group) : 'var(--_accent)');
    const marker = classified ? classMarker(group) : 'circle';
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      if (classified && dataset.targets[i] !== group) continue;
      const p = layout.pointOf(i);
      traceMarker(ctx, marker, x(p.x), y(p.y), radius);
    }
    ctx.fill();
    ctx.stroke();
  }
}

/** The point within a few pixels of (ux, uy) in chart units, nearest first; later rows win ties. */
export function nearestPoint(layout: PointsLayout, ux: number, uy: number): number | undefined {
  const { dataset, x, y } = layout;
  const reach = pointRadius(dataset.features.length) + 4;
  let best: number | undefined;
  let bestDistance = reach * reach;
  for (let i = 0; i < dataset.features.length; i++) {
    const p = layout.pointOf(i);
    const d = (x(p.x) - ux) ** 2 + (y(p.y) - uy) ** 2;
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}

/** Rings around the rows of the current batch (none when the batch is every row). */
export function renderBatch(
  layout: PointsLayout,
  batch: readonly number[],
): SVGTemplateResult | typeof nothing {
  const { dataset, x, y } = layout;
  const n = dataset.features.length;
  // A batch of every row marks nothing in particular: no rings (full-batch training).
  const rows = [...new Set(batch)].filter((i) => Number.isInteger(i) && i >= 0 && i < n);
  if (rows.length === 0 || rows.length >= n) return nothing;
  const radius = pointRadius(n) + 3;
  return svg`<g class="batch" aria-hidden="true">${rows.map((i) => {
    const p = layout.pointOf(i);
    return svg`<circle class="batch-ring" cx=${x(p.x)} cy=${y(p.y)} r=${radius}></circle>`;
  })}</g>`;
}

/** What a canvas was last painted from, so that an update which changed none of it skips the paint. */
export class PaintedFrom {
  private deps?: readonly unknown[];

  /** Whether `deps` differ from the last ones (which it then remembers). */
  changed(deps: readonly unknown[]): boolean {
    const drawn = this.deps;
    if (drawn && drawn.length === deps.length && drawn.every((d, i) => Object.is(d, deps[i]))) return false;
    this.deps = deps;
    return true;
  }

  /** The canvas was removed: paint anew next time. */
  forget(): void {
    this.deps = undefined;
  }
}
