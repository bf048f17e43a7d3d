/**
 * Painting n × n images into canvases with one putImageData each (no per-pixel canvas calls).
 * Only this element paints pixel images of its own size; the other widgets' heat maps are scaled
 * grids (internal/plot's drawHeatmap, gd-network's paint.ts), so the helper lives here.
 */

/** The value painted black and the value painted white; values between are linear greys. */
export interface GrayRange {
  readonly low: number;
  readonly high: number;
}

/**
 * Sizes `canvas` to n × n pixels and paints it at once: `colour` writes each pixel's red, green and
 * blue into `rgb` (alpha is opaque). Nothing happens without a canvas or a 2D context.
 */
function paintPixels(
  canvas: HTMLCanvasElement | undefined | null,
  n: number,
  colour: (i: number, rgb: [number, number, number]) => void,
): void {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== n) canvas.height = n;
  const image = context.createImageData(n, n);
  const rgb: [number, number, number] = [0, 0, 0];
  for (let i = 0; i < n * n; i++) {
    colour(i, rgb);
    image.data[4 * i] = rgb[0];
    image.data[4 * i + 1] = rgb[1];
    image.data[4 * i + 2] = rgb[2];
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/** Grey levels of an n × n image (row-major): `range.low` is black, `range.high` white, clamped. */
export function paintGray(
  canvas: HTMLCanvasElement | undefined | null,
  values: ArrayLike<number>,
  n: number,
  range: GrayRange,
): void {
  const scale = 255 / (range.high - range.low || 1);
  paintPixels(canvas, n, (i, rgb) => {
    const g = Math.max(0, Math.min(255, ((values[i] as number) - range.low) * scale));
    rgb[0] = g;
    rgb[1] = g;
    rgb[2] = g;
  });
}

/** |a − b| as a heat picture (black 0, bright orange at `high`). */
export function paintError(
  canvas: HTMLCanvasElement | undefined | null,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  n: number,
  high: number,
): void {
  paintPixels(canvas, n, (i, rgb) => {
    const t = Math.min(1, Math.abs((a[i] as number) - (b[i] as number)) / high);
    rgb[0] = 255 * Math.sqrt(t);
    rgb[1] = 160 * t;
    rgb[2] = 0;
  });
}

/**
 * k-space log-magnitude, already centred, with unmeasured lines dimmed and tinted so the mask
 * reads on top of the spectrum (lines are rows; `lines` in centred order).
 */
export function paintKSpace(
  canvas: HTMLCanvasElement | undefined | null,
  logMagnitude: ArrayLike<number>,
  lines: Uint8Array,
  n: number,
): void {
  let high = 0;
  for (let i = 0; i < n * n; i++) high = Math.max(high, logMagnitude[i] as number);
  paintPixels(canvas, n, (i, rgb) => {
    const g = (255 * (logMagnitude[i] as number)) / (high || 1);
    const measured = lines[Math.floor(i / n)] === 1;
    rgb[0] = measured ? g : 40 + g * 0.15;
    rgb[1] = measured ? g : 20 + g * 0.1;
    rgb[2] = measured ? g : 60 + g * 0.25;
  });
}
