/**
 * The decision regions of a classifier with two or more features, painted on a canvas: each cell
 * tinted by its most likely class, stronger where the model is surer.
 */
import type { Dataset, ParameterValues } from '@gd-playground/core';
import { drawHeatmap, type Rgb, type Scale, sizeCanvas } from '../../internal/plot/index.js';
import type { PlaygroundModel } from '../state.js';
import { classColor } from './class-marks.js';
import { classProbabilities, columnMeans } from './class-probabilities.js';
import type { DataViewMode } from './data-view-layout.js';
import { resolveRgb, resolveVar } from './data-view-scales.js';

/** Grid cells per axis: fine enough for smooth boundaries, cheap enough to redraw every step. */
const REGION_RESOLUTION = 48;

/** What painting the regions needs: scales, data (for the other features' means) and the model. */
export interface RegionsLayout {
  readonly x: Scale;
  readonly y: Scale;
  readonly dataset: Dataset;
  readonly model: PlaygroundModel;
  readonly parameters: ParameterValues;
  readonly classes: number;
  /** The element's computed style: the canvas cannot read the theme's custom properties itself. */
  readonly style: CSSStyleDeclaration;
}

/** Paints the regions over the whole plot (features beyond the first two at their mean). */
export function paintRegions(ctx: CanvasRenderingContext2D, layout: RegionsLayout): void {
  const { x, y, style } = layout;
  const xDomain = x.domain() as [number, number];
  const yDomain = y.domain() as [number, number];
  const k = layout.classes;
  const background = resolveRgb(style.getPropertyValue('--_bg').trim() || '#fff');
  const colors = Array.from({ length: k }, (_, c) => {
    return resolveRgb(resolveVar(style, classColor(c)));
  });
  const means = columnMeans(layout.dataset);
  const g = REGION_RESOLUTION;
  const values = new Float32Array(g * g);
  const row = [...means];
  for (let i = 0; i < g; i++) {
    row[1] = yDomain[0] + ((yDomain[1] - yDomain[0]) * i) / (g - 1);
    for (let j = 0; j < g; j++) {
      row[0] = xDomain[0] + ((xDomain[1] - xDomain[0]) * j) / (g - 1);
      const p = classProbabilities(layout.model, layout.parameters, row, k);
      let best = 0;
      for (let c = 1; c < k; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
      // Encode class and confidence in one number: class + confidence in [0, 1).
      const confidence = ((p[best] ?? 0) - 1 / k) / (1 - 1 / k);
      values[i * g + j] = best + Math.min(0.999, Math.max(0, confidence));
    }
  }
  ctx.save();
  ctx.globalAlpha = 0.5;
  drawHeatmap(ctx, values, g, {
    x,
    y,
    xDomain,
    yDomain,
    smooth: true,
    color: (v) => {
      const c = Math.floor(v);
      const t = 0.15 + 0.6 * (v - c);
      const color = colors[c] ?? background;
      return [0, 1, 2].map((ch) => Math.round(background[ch]! + (color[ch]! - background[ch]!) * t)) as Rgb;
    },
  });
  ctx.restore();
}

/** The canvas under the chart: it holds the regions in the regions chart, and nothing otherwise. */
export class RegionsCanvas {
  /** Whether regions are painted now (so leaving the regions chart clears them). */
  private shown = false;

  /** Whether the canvas needs drawing: every update in the regions chart, once after leaving it. */
  due(mode: DataViewMode): boolean {
    return mode === 'regions' || this.shown;
  }

  /** Clears the canvas (sized width × height) and paints the regions when `layout` is given. */
  draw(canvas: HTMLCanvasElement, width: number, height: number, layout?: () => RegionsLayout): void {
    const ctx = sizeCanvas(canvas, width, height);
    ctx.clearRect(0, 0, width, height);
    this.shown = layout !== undefined;
    if (layout) paintRegions(ctx, layout());
  }
}
