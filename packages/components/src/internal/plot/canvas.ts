/**
 * Sizes a canvas for crisp drawing on high-DPI screens: the backing store gets
 * `round(css × devicePixelRatio)` pixels, the element is shown at `css` size, and the returned
 * context is scaled so drawing code works in CSS pixels (a 1-unit line is one CSS pixel wide).
 *
 * Call it again when the container resizes; resizing clears the canvas and resets the context
 * state, so redraw afterwards.
 *
 * @throws Error when the canvas already holds a different kind of context (e.g. WebGL).
 */
export function sizeCanvas(
  canvas: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number = window.devicePixelRatio,
): CanvasRenderingContext2D {
  const width = Math.max(0, cssWidth);
  const height = Math.max(0, cssHeight);
  // Zoomed or odd browsers can report 0 or NaN; a ratio of 1 still draws something sensible.
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const backingWidth = Math.round(width * ratio);
  const backingHeight = Math.round(height * ratio);
  // A CPU-backed canvas: the charts draw a heat map once and a few paths, and creating a
  // GPU-backed context took about 100 ms of the first frame on a software GPU (SwiftShader).
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('sizeCanvas: this canvas cannot give a 2D context.');
  if (canvas.width !== backingWidth || canvas.height !== backingHeight) {
    canvas.width = backingWidth;
    canvas.height = backingHeight;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  } else {
    // Same size (every animation frame): clear instead of reallocating the backing store.
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.globalCompositeOperation = 'source-over';
    context.clearRect(0, 0, backingWidth, backingHeight);
  }
  // Scale by the rounded backing size so CSS coordinates land exactly on the backing grid.
  const scaleX = width > 0 ? canvas.width / width : ratio;
  const scaleY = height > 0 ? canvas.height / height : ratio;
  context.setTransform(scaleX, 0, 0, scaleY, 0, 0);
  return context;
}
