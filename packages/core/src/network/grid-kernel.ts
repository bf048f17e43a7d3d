import type { KernelArgs } from '../kernels/kernel-args.js';
import { tf } from '../tf.js';
import { expandInto } from './features.js';
import { type HostBackend, workspaceFor } from './train-kernel.js';

/**
 * `GdNetworkGrid`: every unit's value over a G × G grid of the input plane, in one kernel call:
 * what a playground draws as one small heatmap per neuron and as the decision regions.
 *
 * Input: `params` [P]. Attributes: {@link NetworkGridAttrs}. Output: [U, cells], U = every unit
 * of the network: the input columns (raw inputs, then extra features, as the network sees them),
 * each hidden layer's activations, then the outputs: the class probabilities (softmax, k rows),
 * P(class 1) (sigmoid, one row) or the prediction (linear, one row). With two raw inputs the cells
 * are the G × G grid in row-major canvas order, row 0 at the top: cell (i, j) is the point
 * x₁ = x₁min + (j + ½)(x₁max − x₁min)/G, x₂ = x₂max − (i + ½)(x₂max − x₂min)/G. With one raw
 * input, G cells along x₁ (same centres).
 *
 * Registered for `cpu` and `webgl` (host loops); on another backend the trainer calls
 * {@link gridOnArrays} directly.
 */
export const NETWORK_GRID = 'GdNetworkGrid';

/** Attributes of {@link NETWORK_GRID}. */
export interface NetworkGridAttrs {
  readonly sizes: readonly number[];
  readonly activations: readonly number[];
  readonly output: number;
  /** Raw inputs, 1 or 2. */
  readonly inputs: number;
  /** Codes of the extra features (features.ts). */
  readonly features: readonly number[];
  /** Standardisation of the raw inputs (z = (x − mean)/std) before the features; [] for none. */
  readonly mean: readonly number[];
  readonly std: readonly number[];
  /** [x₁min, x₁max, x₂min, x₂max] in raw units (the x₂ pair is ignored with one input). */
  readonly bounds: readonly number[];
  /** Cells per side G. */
  readonly size: number;
}

/** Number of rows of the grid output: every unit including inputs and outputs. */
export function gridUnitCount(sizes: readonly number[]): number {
  return sizes.reduce((a, b) => a + b, 0);
}

/** The grid evaluation on plain arrays (what the kernel runs): returns [U × cells] float32. */
export function gridOnArrays(a: NetworkGridAttrs, params: ArrayLike<number>): Float32Array {
  const ws = workspaceFor(a.sizes, a.activations, a.output);
  const G = a.size;
  const cells = a.inputs === 1 ? G : G * G;
  const units = gridUnitCount(a.sizes);
  const out = new Float32Array(units * cells);
  const [x1min = 0, x1max = 1, x2min = 0, x2max = 1] = a.bounds;
  const raw = new Float64Array(a.inputs);
  const kIndex = ws.valueOffsets[ws.layers]!;
  const k = a.sizes[a.sizes.length - 1]!;
  const { values, probabilities } = ws;
  for (let cell = 0; cell < cells; cell++) {
    const i = a.inputs === 1 ? 0 : Math.floor(cell / G);
    const j = a.inputs === 1 ? cell : cell - i * G;
    raw[0] = x1min + ((j + 0.5) * (x1max - x1min)) / G;
    if (a.inputs === 2) raw[1] = x2max - ((i + 0.5) * (x2max - x2min)) / G;
    for (let d = 0; d < a.mean.length; d++)
      raw[d] = ((raw[d] as number) - (a.mean[d] as number)) / (a.std[d] as number);
    expandInto(raw, a.features, values, 0);
    ws.forward(params);
    for (let u = 0; u < kIndex; u++) out[u * cells + cell] = values[u] as number;
    for (let c = 0; c < k; c++) out[(kIndex + c) * cells + cell] = probabilities[c] as number;
  }
  return out;
}

/** The kernel for the cpu and webgl backends, on the host (see `networkTrainHost`). */
export function networkGridHost({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const host = backend as HostBackend;
  const a = attrs as unknown as NetworkGridAttrs;
  const params = host.readSync((inputs.params as tf.TensorInfo).dataId) as Float32Array;
  const out = gridOnArrays(a, params);
  const cells = a.inputs === 1 ? a.size : a.size * a.size;
  return host.makeTensorInfo([gridUnitCount(a.sizes), cells], 'float32', out);
}

/** Runs {@link NETWORK_GRID}. Caller disposes. */
export function networkGrid(params: tf.Tensor1D, attrs: NetworkGridAttrs): tf.Tensor2D {
  return tf.engine().runKernel(NETWORK_GRID, { params }, attrs as unknown as tf.NamedAttrMap) as tf.Tensor2D;
}
