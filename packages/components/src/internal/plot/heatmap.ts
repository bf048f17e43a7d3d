import type { Rgb } from './color-ramp.js';
import { checkGrid, clipToDomain, type GridPlacement, sampleToData } from './grid.js';

/** How `drawHeatmap` places and colours the grid. */
export interface HeatmapOptions extends GridPlacement {
  /**
   * Colour of one value: a CSS colour string or `[r, g, b]` (0–255). Normalising (min–max, log)
   * is the caller's choice, e.g. `(v) => ramp.rgb((v - min) / (max - min))`.
   */
  readonly color: (value: number) => string | Rgb;
  /** Blend between samples (bilinear) instead of showing crisp cells; default false. */
  readonly smooth?: boolean;
}

/**
 * Paints a G × G grid (see `GridPlacement` for the layout: row 0 is the smallest y) as coloured
 * cells, each centred on its sample. The grid is written once into a G × G offscreen image and
 * scaled into place with a single `drawImage`, so G = 256 costs one draw, not 65 536 rectangles.
 *
 * @throws RangeError when `values` is not G × G.
 */
export function drawHeatmap(
  ctx: CanvasRenderingContext2D,
  values: Float32Array | readonly number[],
  resolution: number,
  options: HeatmapOptions,
): void {
  checkGrid(values, resolution);
  const g = resolution;
  const image = new ImageData(g, g);
  for (let index = 0; index < g * g; index++) {
    image.data.set(toRgba(options.color(values[index] ?? Number.NaN)), index * 4);
  }
  const offscreen = document.createElement('canvas');
  offscreen.width = g;
  offscreen.height = g;
  offscreen.getContext('2d', { willReadFrequently: true })?.putImageData(image, 0, 0);

  // Image pixel (j, i) covers samples j ± ½ and i ± ½. Image row 0 holds data row 0 (smallest
  // y); mapping it through the y scale flips it upright with a y-up scale, whatever the scales' sign.
  const { x, y, xDomain, yDomain } = options;
  const x0 = x(sampleToData(-0.5, xDomain, g));
  const x1 = x(sampleToData(g - 0.5, xDomain, g));
  const y0 = y(sampleToData(-0.5, yDomain, g));
  const y1 = y(sampleToData(g - 0.5, yDomain, g));
  ctx.save();
  clipToDomain(ctx, options);
  ctx.imageSmoothingEnabled = options.smooth ?? false;
  ctx.translate(x0, y0);
  ctx.scale((x1 - x0) / g, (y1 - y0) / g);
  ctx.drawImage(offscreen, 0, 0);
  ctx.restore();
}

const parsed = new Map<string, Uint8ClampedArray>();
let probe: CanvasRenderingContext2D | null = null;

/** RGBA bytes of a colour. CSS strings are resolved by the browser once and cached. */
function toRgba(color: string | Rgb): ArrayLike<number> {
  if (typeof color !== 'string') return [color[0], color[1], color[2], 255];
  let rgba = parsed.get(color);
  if (!rgba) {
    probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!probe) return [0, 0, 0, 0];
    probe.clearRect(0, 0, 1, 1);
    // An invalid string leaves fillStyle unchanged; start transparent so it paints nothing.
    probe.fillStyle = 'transparent';
    probe.fillStyle = color;
    probe.fillRect(0, 0, 1, 1);
    rgba = probe.getImageData(0, 0, 1, 1).data;
    // A ramp yields at most a few thousand distinct strings; the bound guards against misuse.
    if (parsed.size > 4096) parsed.clear();
    parsed.set(color, rgba);
  }
  return rgba;
}
