import type { KernelArgs } from '../kernels/kernel-args.js';
import { tf } from '../tf.js';
import { applyUpdate, NetworkWorkspace, type UpdateHyperparameters } from './engine.js';

/**
 * `GdNetworkTrain`: k mini-batch training steps of a small fully connected network in ONE kernel
 * call: for each step the forward pass, the loss, the backward pass, the L2 term and the optimizer
 * update, on float32 arrays. It exists because a playground network is tiny (tens of parameters):
 * as separate tfjs ops a step costs ~100 dispatches of ~10 µs each, while the arithmetic itself
 * takes microseconds.
 *
 * Inputs: `params` [P] (layout: `ResolvedNetworkConfig`), `slots` [S·P] (optimizer state, slot s of
 * parameter q at s·P + q; [1] when S = 0), `x` [n, m] network inputs, `y` [n] targets (class index
 * or value), `indices` int32 [Σ batch sizes]: the rows of every step, one batch after another.
 * Attributes: {@link NetworkTrainAttrs}. Outputs: new `params` [P], new `slots` (same shape),
 * `losses` [k]: each step's mean data loss on its batch before its update (without the L2 term).
 *
 * Registered for `cpu` and `webgl` (both run the loops on the host: see {@link networkTrainHost});
 * on any other backend the trainer takes the batched-tensor path (tensor-path.ts), which computes
 * the same thing with ordinary tfjs ops.
 */
export const NETWORK_TRAIN = 'GdNetworkTrain';

/** Attributes of {@link NETWORK_TRAIN}. */
export interface NetworkTrainAttrs extends UpdateHyperparameters {
  readonly sizes: readonly number[];
  readonly activations: readonly number[];
  readonly output: number;
  /** `OPTIMIZER_CODE` of the update rule. */
  readonly optimizer: number;
  /** L2 strength λ: the gradient of each weight gains λ·w. */
  readonly l2: number;
  /** Updates applied before this call (Adam's t of the first step is iteration + 1). */
  readonly iteration: number;
  /** End (exclusive) of each step's batch in `indices`: k entries, increasing. */
  readonly batchEnds: readonly number[];
}

const workspaces = new Map<string, NetworkWorkspace>();

/** One workspace per network shape, kept: a playground trains the same shape for thousands of calls. */
export function workspaceFor(
  sizes: readonly number[],
  activations: readonly number[],
  output: number,
): NetworkWorkspace {
  const key = `${sizes.join(',')}|${activations.join(',')}|${output}`;
  let ws = workspaces.get(key);
  if (!ws) {
    if (workspaces.size > 32) workspaces.clear();
    ws = new NetworkWorkspace({ sizes, activations, output });
    workspaces.set(key, ws);
  }
  return ws;
}

/**
 * Mean data loss of the rows `indices[start … end)` and, into `grad` (overwritten), the gradient of
 * that loss plus (λ/2) Σ w² over the weights. `params` may be float32 (training) or float64 (tests).
 */
export function batchGradient(
  ws: NetworkWorkspace,
  params: ArrayLike<number>,
  X: ArrayLike<number>,
  Y: ArrayLike<number>,
  indices: ArrayLike<number>,
  start: number,
  end: number,
  l2: number,
  grad: Float64Array,
): number {
  const m = ws.sizes[0]!;
  const { values } = ws;
  const scale = 1 / (end - start);
  grad.fill(0);
  let total = 0;
  for (let r = start; r < end; r++) {
    const row = indices[r] as number;
    for (let j = 0; j < m; j++) values[j] = X[row * m + j] as number;
    ws.forward(params);
    total += ws.lossAndOutputDelta(Y[row] as number, scale);
    ws.backward(params, grad);
  }
  if (l2 > 0) {
    for (let l = 0; l < ws.layers; l++) {
      for (let q = ws.weightOffsets[l]!; q < ws.biasOffsets[l]!; q++) {
        grad[q] = (grad[q] as number) + l2 * (params[q] as number);
      }
    }
  }
  return total * scale;
}

/**
 * The training loop on plain arrays (what the kernel runs): updates `params` and `slots` in place
 * and returns the per-step losses.
 */
export function trainOnArrays(
  a: NetworkTrainAttrs,
  params: Float32Array,
  slots: Float32Array,
  X: ArrayLike<number>,
  Y: ArrayLike<number>,
  indices: ArrayLike<number>,
): Float32Array {
  const ws = workspaceFor(a.sizes, a.activations, a.output);
  const grad = new Float64Array(ws.parameterCount);
  const losses = new Float32Array(a.batchEnds.length);
  let start = 0;
  for (let s = 0; s < a.batchEnds.length; s++) {
    const end = a.batchEnds[s]!;
    losses[s] = batchGradient(ws, params, X, Y, indices, start, end, a.l2, grad);
    applyUpdate(a.optimizer, a, a.iteration + s + 1, params, slots, grad);
    start = end;
  }
  return losses;
}

/** What a host kernel needs of a backend: cpu and webgl both have these two methods. */
export interface HostBackend {
  readSync(dataId: tf.DataId): tf.backend_util.BackendValues;
  makeTensorInfo(shape: number[], dtype: tf.DataType, values?: tf.backend_util.BackendValues): tf.TensorInfo;
}

/**
 * The kernel, for the cpu and the webgl backends: copies the inputs, runs {@link trainOnArrays},
 * hands back three new tensors. On webgl it runs on the host too: a playground batch is ~10 rows ×
 * 8 units, far below what a shader pass pays for, and `readSync` of a tensor made from an array
 * that no shader has touched (the trainer's inputs) is a plain read, no GPU round trip.
 */
export function networkTrainHost({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const host = backend as HostBackend;
  const a = attrs as unknown as NetworkTrainAttrs;
  const read = (name: string) => host.readSync((inputs[name] as tf.TensorInfo).dataId) as Float32Array;
  const params = read('params').slice();
  const slots = read('slots').slice();
  const losses = trainOnArrays(
    a,
    params,
    slots,
    read('x'),
    read('y'),
    read('indices') as unknown as Int32Array,
  );
  return [
    host.makeTensorInfo([params.length], 'float32', params),
    host.makeTensorInfo([slots.length], 'float32', slots),
    host.makeTensorInfo([losses.length], 'float32', losses),
  ];
}

/** What {@link networkTrain} returns; the caller disposes the tensors. */
export interface NetworkTrainResult {
  readonly params: tf.Tensor1D;
  readonly slots: tf.Tensor1D;
  readonly losses: tf.Tensor1D;
}

/** Runs {@link NETWORK_TRAIN} (a tfjs op: tracked by the engine, disposed by the caller). */
export function networkTrain(
  params: tf.Tensor1D,
  slots: tf.Tensor1D,
  x: tf.Tensor2D,
  y: tf.Tensor1D,
  indices: tf.Tensor1D,
  attrs: NetworkTrainAttrs,
): NetworkTrainResult {
  const out = tf
    .engine()
    .runKernel(
      NETWORK_TRAIN,
      { params, slots, x, y, indices },
      attrs as unknown as tf.NamedAttrMap,
    ) as tf.Tensor1D[];
  return { params: out[0]!, slots: out[1]!, losses: out[2]! };
}
