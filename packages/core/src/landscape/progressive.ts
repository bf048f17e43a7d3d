import { tf } from '../tf.js';
import { type Landscape, type LandscapeRequest, linspace, summarize } from './grid.js';
import { gridInputs } from './kernel-grid.js';
import { chooseMethod, computeLandscape } from './landscape.js';
import { quadraticFormLandscape } from './quadratic.js';
import { prepareRequest } from './request.js';
import { abortError, yieldToMain } from './scheduler.js';

/** Where a progressive computation is when it reports. */
export interface LandscapeProgress {
  /** `coarse`: the first, low-resolution picture (upsampled); `refining`: some rows exact; `done`. */
  readonly stage: 'coarse' | 'refining' | 'done';
  /** Grid rows computed at full resolution so far, out of `rows`. */
  readonly rowsDone: number;
  readonly rows: number;
}

/** Options of {@link computeLandscapeProgressive}. */
export interface ProgressiveLandscapeOptions {
  /** Cancels the computation: its promise rejects with an `AbortError` and no more slices run. */
  readonly signal?: AbortSignal;
  /**
   * Called with each better picture: the coarse one, after each refined slice, and the final one.
   * Each call gets a new `Landscape` object (its own `values`), so a view can keep it.
   */
  readonly onProgress?: (landscape: Landscape, progress: LandscapeProgress) => void;
  /**
   * Points per axis of the first picture (default 16: 256 points, under 50 ms of work at n = 1,000
   * for every loss; skipped when the grid is not larger).
   */
  readonly coarseResolution?: number;
  /** Target main-thread time per refining slice, in ms (default 8: half a 60 fps frame). */
  readonly sliceBudgetMs?: number;
  /** How to give the page its turn between slices (default {@link yieldToMain}). */
  readonly yieldToMain?: () => Promise<void>;
}

/** Bilinear resampling of a Gc × Gc grid onto G × G points over the same ranges. */
function upsample(coarse: Float32Array, Gc: number, G: number): Float32Array {
  const out = new Float32Array(G * G);
  const scale = (Gc - 1) / (G - 1);
  for (let i = 0; i < G; i++) {
    const v = i * scale;
    const i0 = Math.min(Math.floor(v), Gc - 2);
    const fv = v - i0;
    for (let j = 0; j < G; j++) {
      const u = j * scale;
      const j0 = Math.min(Math.floor(u), Gc - 2);
      const fu = u - j0;
      const a = coarse[i0 * Gc + j0] as number;
      const b = coarse[i0 * Gc + j0 + 1] as number;
      const c = coarse[(i0 + 1) * Gc + j0] as number;
      const d = coarse[(i0 + 1) * Gc + j0 + 1] as number;
      out[i * G + j] = (1 - fv) * ((1 - fu) * a + fu * b) + fv * ((1 - fu) * c + fu * d);
    }
  }
  return out;
}

/**
 * The loss landscape of {@link computeLandscape}, computed so the page never freezes: a coarse
 * picture first (16 × 16, 3–40 ms of work at n = 1,000 depending on the loss), then the full grid,
 * both in slices of whole rows sized to `sliceBudgetMs`, yielding to the page between slices (the
 * first slice is one row, to measure the speed). Each slice
 * is one call of the `GdLossGrid` kernel (a JavaScript loop on the cpu backend, one
 * fragment-shader pass on WebGL, where slices have a fixed size so one shader serves them all).
 *
 * The final landscape equals {@link computeLandscape}'s. The exact quadratic form (linear + MSE or
 * RMSE) is cheap whatever n, and comes in one go; models the kernel does not draw (MLPs) fall back
 * to the batched method, also in one go.
 *
 * The request's tensors are read when the call starts (data and parameters are snapshotted), so
 * the caller may dispose them or keep training as soon as this function returns its promise.
 *
 * @example
 * const controller = new AbortController();
 * const land = await computeLandscapeProgressive(request, {
 *   signal: controller.signal,
 *   onProgress: (picture) => chart.draw(picture),
 * });
 * @throws LandscapeError as {@link computeLandscape}; rejects with an `AbortError` when cancelled.
 */
export async function computeLandscapeProgressive(
  request: LandscapeRequest,
  options: ProgressiveLandscapeOptions = {},
): Promise<Landscape> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError(signal);
  const prepared = prepareRequest(request);
  const method = chooseMethod(request, prepared);
  const G = prepared.resolution;
  if (method !== 'kernel') {
    const land =
      method === 'quadratic' ? await quadraticFormLandscape(request) : await computeLandscape(request);
    if (signal?.aborted) throw abortError(signal);
    onProgress?.(land, { stage: 'done', rowsDone: G, rows: G });
    return land;
  }

  const pause = options.yieldToMain ?? yieldToMain;
  const budget = options.sliceBudgetMs ?? 8;
  const xs = prepared.axes[0].values;
  const ys = prepared.axes[1].values;
  const inputs = gridInputs(request, prepared);
  const onGpu = tf.getBackend() === 'webgl';
  const owned: tf.Tensor[] = [];
  const check = () => {
    if (signal?.aborted) throw abortError(signal);
  };
  try {
    // Speed of the kernel on this backend and machine, measured as slices run (ms per grid point).
    let msPerPoint = Number.NaN;
    /**
     * Fills `out` (a Gy × Gx grid, row-major) slice by slice: as many whole rows per slice as fit
     * the budget at the speed measured so far (the first slice is one row, to measure it). WebGL:
     * four fixed-size slices (the GPU does the work; one shader serves them all). Calls `after`
     * with the rows done after every slice but the last, then yields to the page.
     */
    const fill = async (
      axes: { xs: tf.Tensor1D; ys: tf.Tensor1D },
      Gx: number,
      Gy: number,
      out: Float32Array,
      after: (rowsDone: number) => void,
    ) => {
      const fixedRows = Math.ceil(Gy / 4);
      let row = 0;
      while (row < Gy) {
        const fit = Number.isFinite(msPerPoint) ? Math.floor(budget / Math.max(msPerPoint * Gx, 1e-6)) : 1;
        const rows = Math.max(1, Math.min(onGpu ? fixedRows : fit, Gy - row));
        const count = onGpu ? fixedRows * Gx : rows * Gx;
        const t0 = performance.now();
        const slice = inputs.run(axes, row * Gx, count);
        const data = (await slice.data()) as Float32Array;
        slice.dispose();
        const measured = (performance.now() - t0) / (rows * Gx);
        // Smoothed, and never trusting one fast slice to more than double the next one.
        msPerPoint = Number.isFinite(msPerPoint) ? Math.max(measured, 0.5 * msPerPoint) : measured;
        check();
        out.set(data.subarray(0, rows * Gx), row * Gx);
        row += rows;
        if (row < Gy) {
          after(row);
          await pause();
          check();
        }
      }
    };

    let values: Float32Array = new Float32Array(G * G);
    const Gc = Math.min(options.coarseResolution ?? 16, G);
    if (Gc >= 2 && Gc < G) {
      const axes = inputs.axisTensors(linspace(xs[0]!, xs[G - 1]!, Gc), linspace(ys[0]!, ys[G - 1]!, Gc));
      owned.push(axes.xs, axes.ys);
      const coarse = new Float32Array(Gc * Gc);
      // The coarse grid is sliced too, so even a slow machine never gets one long task from it.
      await fill(axes, Gc, Gc, coarse, () => {});
      values = upsample(coarse, Gc, G);
      onProgress?.(summarize(values.slice(), xs, ys, 'kernel'), { stage: 'coarse', rowsDone: 0, rows: G });
      await pause();
      check();
    }

    const axes = inputs.axisTensors(xs, ys);
    owned.push(axes.xs, axes.ys);
    await fill(axes, G, G, values, (rowsDone) =>
      onProgress?.(summarize(values.slice(), xs, ys, 'kernel'), { stage: 'refining', rowsDone, rows: G }),
    );
    const land = summarize(values, xs, ys, 'kernel');
    onProgress?.(land, { stage: 'done', rowsDone: G, rows: G });
    return land;
  } finally {
    tf.dispose(owned);
    inputs.dispose();
  }
}
