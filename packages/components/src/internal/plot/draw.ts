import { CATEGORICAL_COLORS } from './color-ramp.js';
import type { Scale } from './scales.js';

/** A data point for `drawScatter`. */
export interface ScatterPoint {
  readonly x: number;
  readonly y: number;
  /** Class index, picks `colors[group % colors.length]`; default 0. */
  readonly group?: number;
  /** Drawn with a ring around it, e.g. a member of the current mini-batch. */
  readonly highlighted?: boolean;
}

/** How `drawScatter` maps and paints points. */
export interface ScatterOptions {
  readonly x: Scale;
  readonly y: Scale;
  /** One CSS colour per group (default: `CATEGORICAL_COLORS`). */
  readonly colors?: readonly string[];
  /** Dot radius in CSS pixels (default 4). */
  readonly radius?: number;
  /** Ring colour for highlighted points (default: the point's own colour). */
  readonly highlightColor?: string;
}

/**
 * Draws points as filled dots coloured by group. Highlighted points get a 2 px ring, 3 px outside
 * the dot, drawn after every dot so no neighbour hides it. Points with a non-finite coordinate
 * are skipped.
 */
export function drawScatter(
  ctx: CanvasRenderingContext2D,
  points: readonly ScatterPoint[],
  options: ScatterOptions,
): void {
  const { x, y } = options;
  const colors = options.colors?.length ? options.colors : CATEGORICAL_COLORS;
  const radius = options.radius ?? 4;
  const colorOf = (point: ScatterPoint) => colors[(point.group ?? 0) % colors.length] ?? '#000';
  const visible = points.filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
  ctx.save();
  for (const point of visible) {
    ctx.beginPath();
    ctx.arc(x(point.x), y(point.y), radius, 0, 2 * Math.PI);
    ctx.fillStyle = colorOf(point);
    ctx.fill();
  }
  ctx.lineWidth = 2;
  for (const point of visible) {
    if (!point.highlighted) continue;
    ctx.beginPath();
    ctx.arc(x(point.x), y(point.y), radius + 3, 0, 2 * Math.PI);
    ctx.strokeStyle = options.highlightColor ?? colorOf(point);
    ctx.stroke();
  }
  ctx.restore();
}

/** How `drawPolyline` maps and strokes a line. */
export interface PolylineOptions {
  readonly x: Scale;
  readonly y: Scale;
  readonly color: string;
  /** Line width in CSS pixels (default 2). */
  readonly width?: number;
  /** Canvas dash pattern in CSS pixels, e.g. `[4, 3]`. */
  readonly dash?: readonly number[];
}

/**
 * Strokes a line through the points in order, e.g. a loss curve or an optimizer's path. A point
 * with a non-finite coordinate (a diverged step) breaks the line instead of dragging it off-chart.
 */
export function drawPolyline(
  ctx: CanvasRenderingContext2D,
  points: readonly { readonly x: number; readonly y: number }[],
  options: PolylineOptions,
): void {
  const { x, y } = options;
  ctx.save();
  ctx.beginPath();
  let pen = false;
  for (const point of points) {
    if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) {
      pen = false;
      continue;
    }
    if (pen) ctx.lineTo(x(point.x), y(point.y));
    else ctx.moveTo(x(point.x), y(point.y));
    pen = true;
  }
  ctx.strokeStyle = options.color;
  ctx.lineWidth = options.width ?? 2;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.setLineDash(options.dash ? [...options.dash] : []);
  ctx.stroke();
  ctx.restore();
}
