/**
 * Drawing images into canvases with one putImageData each (no per-pixel canvas calls).
 */

/** Grey levels: value `low` is black, `high` white, clamped. */
export function drawGray(
  canvas: HTMLCanvasElement | undefined | null,
  values: ArrayLike<number>,
  n: number,
  low: number,
  high: number,
): void {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== n) canvas.height = n;
  const image = context.createImageData(n, n);
  const scale = 255 / (high - low || 1);
  for (let i = 0; i < n * n; i++) {
    const g = Math.max(0, Math.min(255, ((values[i] as number) - low) * scale));
    image.data[4 * i] = g;
    image.data[4 * i + 1] = g;
    image.data[4 * i + 2] = g;
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/** |a − b| as a heat picture (black 0, bright orange at `high`). */
export function drawError(
  canvas: HTMLCanvasElement | undefined | null,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  n: number,
  high: number,
): void {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== n) canvas.height = n;
  const image = context.createImageData(n, n);
  for (let i = 0; i < n * n; i++) {
    const t = Math.min(1, Math.abs((a[i] as number) - (b[i] as number)) / high);
    image.data[4 * i] = 255 * Math.sqrt(t);
    image.data[4 * i + 1] = 160 * t;
    image.data[4 * i + 2] = 0;
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}

/**
 * k-space log-magnitude, already centred, with unmeasured lines dimmed and tinted so the mask
 * reads on top of the spectrum (lines are rows; `lines` in centred order).
 */
export function drawKSpace(
  canvas: HTMLCanvasElement | undefined | null,
  logMagnitude: ArrayLike<number>,
  lines: Uint8Array,
  n: number,
): void {
  const context = canvas?.getContext('2d');
  if (!canvas || !context) return;
  if (canvas.width !== n) canvas.width = n;
  if (canvas.height !== n) canvas.height = n;
  let high = 0;
  for (let i = 0; i < n * n; i++) high = Math.max(high, logMagnitude[i] as number);
  const image = context.createImageData(n, n);
  for (let row = 0; row < n; row++) {
    const measured = lines[row] === 1;
    for (let col = 0; col < n; col++) {
      const i = row * n + col;
      const g = (255 * (logMagnitude[i] as number)) / (high || 1);
      image.data[4 * i] = measured ? g : 40 + g * 0.15;
      image.data[4 * i + 1] = measured ? g : 20 + g * 0.1;
      image.data[4 * i + 2] = measured ? g : 60 + g * 0.25;
      image.data[4 * i + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
}
