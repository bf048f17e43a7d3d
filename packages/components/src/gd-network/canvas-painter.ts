/**
 * Sizes of the layout's pieces and the drawing of the two canvases (decision regions, neuron heat
 * maps), kept apart from the element's wiring: the painter remembers what it drew last so a frame
 * that changed nothing draws nothing, reads the theme's colours once per theme (a style read forces
 * a style recalculation), and paces the graph's number labels while playing.
 */
import { graphLayout } from './graph-layout.js';
import type { NetworkRun } from './network-run.js';
import { drawNeurons, drawRegions, type Palette, readPalette } from './paint.js';

/** Width of one column of the layout (three columns from 980 px, two from 640 px). */
function columnWidth(width: number): number {
  const w = width || 360;
  return w >= 980 ? (w - 32) / 3.3 : w >= 640 ? (w - 16) / 2 : w;
}

/** Side of the square data plot for an element `width` px wide. */
export function plotSide(width: number): number {
  return Math.round(Math.max(180, Math.min(360, columnWidth(width))));
}

/** Width of the network graph for an element `width` px wide. */
export function graphWidth(width: number): number {
  return Math.round(Math.max(220, width >= 980 ? columnWidth(width) * 1.3 : columnWidth(width)));
}

/** Index of the first output unit in a grid evaluation (every unit before it is an input or hidden). */
export function firstOutputOf(run: NetworkRun): number {
  return run.view ? run.view.sizes.slice(0, -1).reduce((a, b) => a + b, 0) : 0;
}

export interface PaintRequest {
  readonly host: HTMLElement;
  readonly run: NetworkRun;
  readonly width: number;
  readonly theme: string;
  readonly hideNetwork: boolean;
  readonly regions: HTMLCanvasElement | undefined;
  readonly neurons: HTMLCanvasElement | undefined;
}

export class CanvasPainter {
  private drawnKey = '';
  private palette?: Palette;
  private paletteKey = '';
  private labelsAt = 0;
  private labelsFor = -1;

  /** Draws the canvases after render, only when the run's numbers, the size or the theme changed. */
  draw(r: PaintRequest): void {
    const key = `${r.run.version}:${r.width}:${r.theme}:${r.hideNetwork}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const themeKey = `${r.theme}:${r.host.hasAttribute('style')}`;
    if (!this.palette || this.paletteKey !== themeKey) {
      this.palette = readPalette(r.host);
      this.paletteKey = themeKey;
    }
    const view = r.run.view;
    drawRegions(
      r.regions,
      r.run.grid,
      firstOutputOf(r.run),
      view?.classes ?? 0,
      plotSide(r.width),
      this.palette,
    );
    if (view && !r.hideNetwork)
      drawNeurons(r.neurons, r.run.grid, graphLayout(view.sizes, graphWidth(r.width)), view, this.palette);
  }

  /** The graph's labels follow every change when paused, twice a second while playing. */
  labelVersion(run: NetworkRun): number {
    const now = performance.now();
    if (!run.playing || now - this.labelsAt > 500) {
      this.labelsAt = now;
      this.labelsFor = run.version;
    }
    return this.labelsFor;
  }
}
