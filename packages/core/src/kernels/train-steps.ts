import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { LossId } from '../losses/loss.js';
import type { OptimizerKind } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import {
  categoricalTerm,
  elementwiseTerm,
  isCategorical,
  LOSS_CODE,
  ROOT_FLOOR,
  readsLogits,
  type ScalarLoss,
  sigmoid32,
} from './loss-math.js';
import { applyRule, OPTIMIZER_CODE } from './optimizer-math.js';

/**
 * `GdTrainSteps`: k full-batch training steps of a stack of dense layers (a linear, logistic or
 * softmax model, or a plain MLP) in **one** kernel call: per step the forward pass, the loss, the
 * backward pass and the optimizer's update, plus the numbers the session's history records. Where
 * the per-step path pays ~20 kernel calls, their tensors and the engine's bookkeeping (which at
 * N = 1,000 cost far more than the arithmetic), this pays one call per frame.
 *
 * Inputs: `x` [n, m]; `y` [n] (or [n, 1]; one-hot [n, k] for the categorical losses); the
 * parameters `p0`, `p1`, … in the model's order (each layer's weight, then its bias if it has
 * one); the optimizer's slots `s0`, `s1`, … parameter by parameter, slot by slot (the optimizer's
 * slot order).
 * Outputs: the parameters after the k steps, the slots after them (same order and shapes), and the
 * records: per step `[batchLoss, loss, gradients…, parameters…, slots…, predictions…]`, the layout
 * `training/record.ts` unpacks (the loss after step i is step i + 1's batch loss; after the last,
 * one more forward pass).
 *
 * Numerics: the forward pass rounds as the `GdDense` kernel does (float32 z and activations), the
 * sums over rows are float64, each gradient is rounded to float32 before the update, and the update
 * mirrors the optimizer's tensor ops op by op (`optimizer-math.ts`). For a single layer that makes
 * a step identical to `GdDenseLossStep` + the optimizer's `applyGradients` on the cpu backend.
 */
export const TRAIN_STEPS = 'GdTrainSteps';

/** Attributes of {@link TRAIN_STEPS}. */
export interface TrainStepsAttrs {
  readonly loss: LossId;
  /** MSE's `half` convention; Huber's δ; Smooth L1's β. */
  readonly half: boolean;
  readonly delta: number;
  readonly beta: number;
  /** Layer widths from the input to the output, e.g. [2, 8, 1]. */
  readonly sizes: readonly number[];
  /** Each layer's activation: hidden ones relu/tanh/sigmoid, the last identity/sigmoid/softmax. */
  readonly activations: readonly string[];
  /** 1 where a layer has a bias, 0 where not. */
  readonly biases: readonly number[];
  readonly optimizer: OptimizerKind;
  /** The optimizer's hyperparameters in `HYPERPARAMETER_ORDER`. */
  readonly hyper: readonly number[];
  /** Number of slots per parameter. */
  readonly slotCount: number;
  /** The optimizer's update number (1-based) of the first of these steps. */
  readonly t0: number;
  /** How many steps to run. */
  readonly steps: number;
  /** Record the model's outputs for all n rows before each update. */
  readonly predictions: boolean;
}

const HIDDEN_CODE: Record<string, number> = { identity: 0, relu: 1, tanh: 2, sigmoid: 3 };

/** The float32 values of a tensor the kernel reads, from whichever backend holds it. */
type Reader = (t: tf.TensorInfo) => Float32Array;

/** What one call computes, as plain arrays (the backends wrap them as tensors). */
interface TrainResult {
  readonly parameters: Float32Array[];
  readonly slots: Float32Array[];
  readonly records: Float32Array;
}

/**
 * Everything the per-row loop reuses: layer geometry, float64 gradient accumulators, a row's
 * activations and back-propagated deltas, the float32 gradients and the per-parameter slot lists.
 * Kept across calls (see {@link netFor}): building it allocates ~15 arrays, which at k = 1 cost
 * about as much as a linear model's two passes over 1,000 rows.
 */
class Net {
  readonly layers: number;
  readonly inSize: Int32Array;
  readonly outSize: Int32Array;
  readonly act: Int32Array;
  /** Index of each layer's weight and bias (−1: none) among the parameters. */
  readonly wIndex: Int32Array;
  readonly bIndex: Int32Array;
  readonly grads: Float64Array[];
  /** The gradients rounded to float32, as the optimizer reads them. */
  readonly g32: Float32Array[];
  /** Each parameter's optimizer slots, refilled per call with that call's copies. */
  readonly slotViews: Float32Array[][];
  /** a[l]: the activations entering layer l for the current row (a[0] unused: x is read in place). */
  readonly a: Float64Array[];
  readonly delta: Float64Array[];
  readonly z: Float64Array;
  readonly p: Float64Array;
  readonly k: number;
  readonly softmaxOutput: boolean;
  readonly slotCount: number;
  /** The shape this net was built for, compared field by field in {@link Net.fits}. */
  private readonly shapeSizes: readonly number[];
  private readonly shapeActivations: readonly string[];
  private readonly shapeBiases: readonly number[];
  /** The loss and its options: may change between calls of the same shape (see {@link Net.configure}). */
  loss: ScalarLoss;
  sigmoidOutput: boolean;

  constructor(a: TrainStepsAttrs) {
    const L = a.sizes.length - 1;
    this.layers = L;
    this.inSize = new Int32Array(L);
    this.outSize = new Int32Array(L);
    this.act = new Int32Array(L);
    this.wIndex = new Int32Array(L);
    this.bIndex = new Int32Array(L);
    let q = 0;
    this.a = [];
    this.delta = [];
    const parameterSizes: number[] = [];
    for (let l = 0; l < L; l++) {
      const inputs = a.sizes[l] as number;
      const outputs = a.sizes[l + 1] as number;
      this.inSize[l] = inputs;
      this.outSize[l] = outputs;
      this.act[l] = HIDDEN_CODE[a.activations[l] as string] ?? 0;
      this.wIndex[l] = q++;
      parameterSizes.push(inputs * outputs);
      if (a.biases[l]) {
        this.bIndex[l] = q++;
        parameterSizes.push(outputs);
      } else this.bIndex[l] = -1;
      this.a.push(new Float64Array(inputs));
      this.delta.push(new Float64Array(outputs));
    }
    this.grads = parameterSizes.map((size) => new Float64Array(size));
    this.g32 = parameterSizes.map((size) => new Float32Array(size));
    this.slotCount = a.slotCount;
    this.slotViews = parameterSizes.map(() => new Array<Float32Array>(a.slotCount));
    this.k = a.sizes[L] as number;
    this.z = new Float64Array(this.k);
    this.p = new Float64Array(this.k);
    this.softmaxOutput = a.activations[L - 1] === 'softmax';
    this.shapeSizes = [...a.sizes];
    this.shapeActivations = [...a.activations];
    this.shapeBiases = [...a.biases];
    // Same literal shape as dense-loss-step.ts builds, so elementwiseTerm sees one map.
    this.loss = { code: 0, half: false, delta: 1, beta: 1 };
    this.sigmoidOutput = false;
    this.configure(a);
  }

  /** Whether this net serves a call with these attributes (same layers, biases and slot count). */
  fits(a: TrainStepsAttrs): boolean {
    return (
      a.slotCount === this.slotCount &&
      sameNumbers(a.sizes, this.shapeSizes) &&
      sameStrings(a.activations, this.shapeActivations) &&
      sameNumbers(a.biases, this.shapeBiases)
    );
  }

  /** Takes the call's loss and options (the learner may change them between frames). */
  configure(a: TrainStepsAttrs): void {
    const loss = this.loss;
    if (
      loss.code !== LOSS_CODE[a.loss] ||
      loss.half !== a.half ||
      loss.delta !== a.delta ||
      loss.beta !== a.beta
    ) {
      this.loss = { code: LOSS_CODE[a.loss], half: a.half, delta: a.delta, beta: a.beta };
    }
    this.sigmoidOutput = a.activations[this.layers - 1] === 'sigmoid' && !readsLogits(a.loss);
  }
}

// Two monomorphic loops rather than one generic one (its element loads went megamorphic).
function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The few shapes a page trains at once (one per widget, usually one). */
const NET_CACHE_SIZE = 4;
const nets: Net[] = [];

/** A {@link Net} for these attributes: a cached one when the shape matches, else a new one. */
function netFor(a: TrainStepsAttrs): Net {
  for (let i = 0; i < nets.length; i++) {
    const net = nets[i] as Net;
    if (net.fits(a)) {
      net.configure(a);
      return net;
    }
  }
  const net = new Net(a);
  nets.unshift(net);
  if (nets.length > NET_CACHE_SIZE) nets.pop();
  return net;
}

/**
 * dℓ/do of the last elementwise term, in a typed array: a number kept in a module variable would
 * be boxed (a heap allocation per row).
 */
const slope = new Float64Array(1);

/**
 * One pass over the rows at the current parameters: returns the summed loss; with `backward`,
 * fills `net.grads` with the summed gradients; with `out`, writes the model's outputs (ŷ, σ(z) or
 * softmax probabilities, float32 as `model.predict` stores them) from `outAt`.
 */
function pass(
  net: Net,
  X: Float32Array,
  Y: Float32Array,
  n: number,
  P: readonly Float32Array[],
  backward: boolean,
  out: Float32Array | undefined,
  outAt: number,
): number {
  if (net.layers === 1 && net.k === 1 && !net.softmaxOutput)
    return passSingle(net, X, Y, n, P, backward, out, outAt);
  const L = net.layers;
  const k = net.k;
  const m = net.inSize[0] as number;
  const z = net.z;
  const last = L - 1;
  if (backward) for (const g of net.grads) g.fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const row = i * m;
    // Forward: hidden activations into a[l + 1], the last layer's z into z.
    for (let l = 0; l < L; l++) {
      const inputs = net.inSize[l] as number;
      const outputs = net.outSize[l] as number;
      const W = P[net.wIndex[l] as number] as Float32Array;
      const bi = net.bIndex[l] as number;
      const B = bi >= 0 ? (P[bi] as Float32Array) : undefined;
      const from = net.a[l] as Float64Array;
      const to = l < last ? (net.a[l + 1] as Float64Array) : z;
      const act = l < last ? (net.act[l] as number) : 0;
      for (let c = 0; c < outputs; c++) {
        let dot = 0;
        if (l === 0)
          for (let j = 0; j < inputs; j++) dot += (X[row + j] as number) * (W[j * outputs + c] as number);
        else for (let j = 0; j < inputs; j++) dot += (from[j] as number) * (W[j * outputs + c] as number);
        // float32 as GdDense rounds its matMul and bias, so kinks fall where they fall there.
        const zc = Math.fround(Math.fround(dot) + (B ? (B[c] as number) : 0));
        to[c] =
          act === 0
            ? zc
            : act === 1
              ? Math.max(zc, 0)
              : act === 2
                ? Math.fround(Math.tanh(zc))
                : Math.fround(1 / (1 + Math.exp(-zc)));
      }
    }
    // Loss and dℓ/dz of the last layer (into delta[last]).
    const dz = net.delta[last] as Float64Array;
    if (k === 1 && !net.softmaxOutput) {
      const zi = z[0] as number;
      if (net.sigmoidOutput) {
        const p = sigmoid32(zi);
        total += elementwiseTerm(net.loss, p, Y[i] as number, slope);
        dz[0] = (slope[0] as number) * p * (1 - p);
        if (out) out[outAt + i] = p;
      } else {
        total += elementwiseTerm(net.loss, zi, Y[i] as number, slope);
        dz[0] = slope[0] as number;
        // A sigmoid output read through its logits (BCE with logits) still predicts σ(z).
        if (out) out[outAt + i] = net.act[last] === 3 ? sigmoid32(zi) : zi;
      }
    } else {
      total += categoricalTerm(net.loss.code, z, Y, i * k, k, net.p, dz);
      if (out) writeSoftmax(z, k, out, outAt + i * k);
    }
    if (!backward) continue;
    // Backward: weight and bias sums, and the delta one layer down (through its activation).
    for (let l = last; l >= 0; l--) {
      const inputs = net.inSize[l] as number;
      const outputs = net.outSize[l] as number;
      const d = net.delta[l] as Float64Array;
      const gW = net.grads[net.wIndex[l] as number] as Float64Array;
      const bi = net.bIndex[l] as number;
      if (bi >= 0) {
        const gB = net.grads[bi] as Float64Array;
        for (let c = 0; c < outputs; c++) gB[c] = (gB[c] as number) + (d[c] as number);
      }
      const from = net.a[l] as Float64Array;
      for (let j = 0; j < inputs; j++) {
        const xj = l === 0 ? (X[row + j] as number) : (from[j] as number);
        const base = j * outputs;
        for (let c = 0; c < outputs; c++) gW[base + c] = (gW[base + c] as number) + (d[c] as number) * xj;
      }
      if (l === 0) break;
      const W = P[net.wIndex[l] as number] as Float32Array;
      const below = net.delta[l - 1] as Float64Array;
      const act = net.act[l - 1] as number;
      for (let j = 0; j < inputs; j++) {
        let s = 0;
        const base = j * outputs;
        for (let c = 0; c < outputs; c++) s += (W[base + c] as number) * (d[c] as number);
        const a = from[j] as number;
        // GdDense's gradient convention: relu′ = [a > 0], tanh′ = 1 − a², σ′ = a(1 − a).
        below[j] =
          act === 0 ? s : act === 1 ? (a > 0 ? s : 0) : act === 2 ? s * (1 - a * a) : s * a * (1 - a);
      }
    }
  }
  return total;
}

/**
 * {@link pass} for one layer with one output (linear and logistic models): reads the layer off the
 * net and hands {@link singleRows} nothing but typed arrays and numbers.
 */
function passSingle(
  net: Net,
  X: Float32Array,
  Y: Float32Array,
  n: number,
  P: readonly Float32Array[],
  backward: boolean,
  out: Float32Array | undefined,
  outAt: number,
): number {
  const bi = net.bIndex[0] as number;
  const loss = net.loss;
  const b0 = bi >= 0 ? ((P[bi] as Float32Array)[0] as number) : 0;
  if (loss.code === 0 && !loss.half && !net.sigmoidOutput && !out && net.inSize[0] === 2) {
    const W = P[0] as Float32Array;
    const total = mseRows2(X, Y, n, W[0] as number, W[1] as number, b0, backward ? 1 : 0, sums3);
    if (backward) {
      const gW = net.grads[0] as Float64Array;
      gW[0] = sums3[0] as number;
      gW[1] = sums3[1] as number;
      if (bi >= 0) (net.grads[bi] as Float64Array)[0] = sums3[2] as number;
    }
    return total;
  }
  const total = singleRows(
    X,
    Y,
    n,
    net.inSize[0] as number,
    P[0] as Float32Array,
    b0,
    loss.code,
    loss.half ? 1 : 0,
    loss.delta,
    loss.beta,
    (net.sigmoidOutput ? 1 : 0) + (net.act[0] === 3 ? 2 : 0),
    backward ? 1 : 0,
    net.grads[0] as Float64Array,
    out ?? NO_OUTPUT,
    out ? outAt : -1,
    biasSum,
  );
  if (backward && bi >= 0) (net.grads[bi] as Float64Array)[0] = biasSum[0] as number;
  return total;
}

/**
 * {@link singleRows} for the commonest case (MSE, two features, no predictions recorded) with
 * every branch taken out of the row loop: the same operations in the same order, ~30 % faster.
 * Writes the sums for w₀, w₁ and b into `sums`.
 */
function mseRows2(
  X: Float32Array,
  Y: Float32Array,
  n: number,
  w0: number,
  w1: number,
  b0: number,
  backward: number,
  sums: Float64Array,
): number {
  let g0 = 0;
  let g1 = 0;
  let gb = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const x0 = X[2 * i] as number;
    const x1 = X[2 * i + 1] as number;
    const z = Math.fround(Math.fround(x0 * w0 + x1 * w1) + b0);
    const r = z - (Y[i] as number);
    total += r * r;
    if (backward === 0) continue;
    const dz = 2 * r;
    gb += dz;
    g0 += dz * x0;
    g1 += dz * x1;
  }
  sums[0] = g0;
  sums[1] = g1;
  sums[2] = gb;
  return total;
}

const sums3 = new Float64Array(3);

/** The bias gradient's sum out of {@link singleRows} (a typed array: a returned pair would allocate). */
const biasSum = new Float64Array(1);
const NO_OUTPUT = new Float32Array(0);

/**
 * The rows of a one-layer, one-output model, the row's dot product unrolled for one and two
 * features: the shape of the plain-JavaScript loop. Only typed arrays and numbers come in, so no
 * object's map can change under the optimised loop: a map check failing at entry left V8 running
 * this loop half in baseline code (on-stack replacement at every call), 4–10× slower.
 * `flags`: 1 the loss reads σ(z), 2 the model predicts σ(z). `outAt` −1: no predictions.
 */
function singleRows(
  X: Float32Array,
  Y: Float32Array,
  n: number,
  m: number,
  W: Float32Array,
  b0: number,
  code: number,
  half: number,
  delta: number,
  beta: number,
  flags: number,
  backward: number,
  gW: Float64Array,
  out: Float32Array,
  outAt: number,
  gBias: Float64Array,
): number {
  const loss = rowLoss;
  loss.code = code;
  loss.half = half === 1;
  loss.delta = delta;
  loss.beta = beta;
  const sigmoidOutput = (flags & 1) !== 0;
  const predictsSigmoid = (flags & 2) !== 0;
  const writes = outAt >= 0;
  const w0 = W[0] as number;
  const w1 = m > 1 ? (W[1] as number) : 0;
  let g0 = 0;
  let g1 = 0;
  let gb = 0;
  let total = 0;
  if (m > 2 && backward === 1) gW.fill(0);
  for (let i = 0; i < n; i++) {
    let dot = 0;
    let x0 = 0;
    let x1 = 0;
    if (m === 1) {
      x0 = X[i] as number;
      dot = x0 * w0;
    } else if (m === 2) {
      x0 = X[2 * i] as number;
      x1 = X[2 * i + 1] as number;
      dot = x0 * w0 + x1 * w1;
    } else {
      const row = i * m;
      for (let j = 0; j < m; j++) dot += (X[row + j] as number) * (W[j] as number);
    }
    const z = Math.fround(Math.fround(dot) + b0);
    let dz = 0;
    if (sigmoidOutput) {
      const p = sigmoid32(z);
      total += elementwiseTerm(loss, p, Y[i] as number, slope);
      dz = (slope[0] as number) * p * (1 - p);
      if (writes) out[outAt + i] = p;
    } else {
      // The two commonest losses inline (MSE, BCE with logits); the rest through elementwiseTerm().
      const y = Y[i] as number;
      if (code === 0 && half === 0) {
        const r = z - y;
        total += r * r;
        dz = 2 * r;
      } else if (code === 7) {
        const e = Math.exp(-Math.abs(z));
        // σ(z) from the same exponential, in the form that cannot overflow.
        dz = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - y;
        total += Math.max(z, 0) - z * y + Math.log1p(e);
      } else {
        total += elementwiseTerm(loss, z, y, slope);
        dz = slope[0] as number;
      }
      if (writes) out[outAt + i] = predictsSigmoid ? sigmoid32(z) : z;
    }
    if (backward === 0) continue;
    gb += dz;
    if (m <= 2) {
      g0 += dz * x0;
      g1 += dz * x1;
    } else {
      const row = i * m;
      for (let j = 0; j < m; j++) gW[j] = (gW[j] as number) + dz * (X[row + j] as number);
    }
  }
  if (backward === 1) {
    if (m <= 2) {
      gW[0] = g0;
      if (m === 2) gW[1] = g1;
    }
    gBias[0] = gb;
  }
  return total;
}

/**
 * The loss {@link singleRows} hands elementwiseTerm: one object, refilled per call, so its map
 * never changes (δ and β start fractional, so their fields are doubles from the start).
 */
const rowLoss: { code: number; half: boolean; delta: number; beta: number } = {
  code: 0,
  half: false,
  delta: 1.5,
  beta: 1.5,
};

/** Softmax of one row as tfjs's cpu softmax stores it: exp(z − max) and the sum each rounded to float32. */
function writeSoftmax(z: Float64Array, k: number, out: Float32Array, at: number): void {
  let mx = z[0] as number;
  for (let c = 1; c < k; c++) if ((z[c] as number) > mx) mx = z[c] as number;
  let sum = 0;
  for (let c = 0; c < k; c++) sum += Math.fround(Math.exp(Math.fround((z[c] as number) - mx)));
  const s = Math.fround(sum);
  for (let c = 0; c < k; c++) out[at + c] = Math.fround(Math.exp(Math.fround((z[c] as number) - mx))) / s;
}

/** The mean loss (RMSE: its root). */
function meanLoss(code: number, total: number, n: number): number {
  const mean = total / n;
  return code === LOSS_CODE.rmse ? Math.sqrt(mean) : mean;
}

/** The factor that turns summed gradients into the gradient of {@link meanLoss}'s value. */
function gradientScale(code: number, value: number, n: number): number {
  const scale = 1 / n;
  return code === LOSS_CODE.rmse ? scale * (0.5 / Math.max(value, ROOT_FLOOR)) : scale;
}

/** The whole computation on plain arrays: shared by both backends' kernels. */
export function trainSteps(
  a: TrainStepsAttrs,
  X: Float32Array,
  Y: Float32Array,
  n: number,
  parametersIn: readonly Float32Array[],
  slotsIn: readonly Float32Array[],
): TrainResult {
  const net = netFor(a);
  // The outputs are new arrays (the kernel never writes its inputs); slice() is the plain copy.
  const P = parametersIn.map(copy);
  const S = slotsIn.map(copy);
  const slotCount = a.slotCount;
  const g32 = net.g32;
  const slotViews = net.slotViews;
  let total = 0;
  for (let q = 0; q < P.length; q++) {
    total += (P[q] as Float32Array).length;
    const views = slotViews[q] as Float32Array[];
    for (let j = 0; j < slotCount; j++) views[j] = S[q * slotCount + j] as Float32Array;
  }
  const outWidth = a.predictions ? n * net.k : 0;
  const length = 2 + total * (2 + slotCount) + outWidth;
  const steps = a.steps;
  const records = new Float32Array(steps * length);
  const code = OPTIMIZER_CODE[a.optimizer];
  const lossCode = net.loss.code;
  for (let s = 0; s < steps; s++) {
    const at = s * length;
    const sum = pass(net, X, Y, n, P, true, a.predictions ? records : undefined, at + length - outWidth);
    const value = meanLoss(lossCode, sum, n);
    const scale = gradientScale(lossCode, value, n);
    records[at] = value;
    if (s > 0) records[at - length + 1] = value;
    let offset = at + 2;
    for (let q = 0; q < P.length; q++) {
      const g = g32[q] as Float32Array;
      const acc = net.grads[q] as Float64Array;
      for (let e = 0; e < g.length; e++) g[e] = acc[e]! * scale;
      records.set(g, offset);
      offset += g.length;
      applyRule(code, a.hyper, a.t0 + s, P[q] as Float32Array, g, slotViews[q]!, g.length);
    }
    for (let q = 0; q < P.length; q++) {
      const p = P[q] as Float32Array;
      records.set(p, offset);
      offset += p.length;
    }
    for (let q = 0; q < S.length; q++) {
      const slot = S[q] as Float32Array;
      records.set(slot, offset);
      offset += slot.length;
    }
  }
  // The whole-data loss after the last update: one more forward pass.
  records[(steps - 1) * length + 1] = meanLoss(lossCode, pass(net, X, Y, n, P, false, undefined, 0), n);
  // The cached net must not keep this call's slot arrays alive (they are the caller's now).
  if (slotCount > 0) for (const views of slotViews) views.fill(EMPTY);
  return { parameters: P, slots: S, records };
}

const copy = (values: Float32Array) => values.slice();
const EMPTY = new Float32Array(0);

/** Whether {@link TRAIN_STEPS} trains this stack with this loss (the same pairs `GdDenseLossStep` takes, at the last layer). */
export function trainable(loss: LossId, activations: readonly string[], outputs: number): boolean {
  const last = activations[activations.length - 1] as string;
  const hiddenOk = activations
    .slice(0, -1)
    .every((act) => act === 'relu' || act === 'tanh' || act === 'sigmoid');
  if (!hiddenOk) return false;
  if (isCategorical(loss)) return last === 'softmax' && outputs >= 2;
  return outputs === 1 && (last === 'identity' || last === 'sigmoid');
}

/** `p0`, `p1`, … and `s0`, `s1`, …: the input names, built once rather than per call. */
const INPUT_NAMES: Record<'p' | 's', string[]> = { p: [], s: [] };
function inputName(kind: 'p' | 's', q: number): string {
  const names = INPUT_NAMES[kind];
  for (let i = names.length; i <= q; i++) names.push(`${kind}${i}`);
  return names[q] as string;
}

type KernelArgs = { inputs: tf.NamedTensorInfoMap; backend: unknown; attrs?: tf.NamedAttrMap };

function run(args: KernelArgs, read: Reader, make: (shape: number[], values: Float32Array) => tf.TensorInfo) {
  const a = args.attrs as unknown as TrainStepsAttrs;
  const inputs = args.inputs;
  const x = inputs.x as tf.TensorInfo;
  const parameterInfos: tf.TensorInfo[] = [];
  const parameterValues: Float32Array[] = [];
  for (let q = 0; inputs[inputName('p', q)]; q++) {
    const info = inputs[inputName('p', q)] as tf.TensorInfo;
    parameterInfos.push(info);
    parameterValues.push(read(info));
  }
  const slotInfos: tf.TensorInfo[] = [];
  const slotValues: Float32Array[] = [];
  for (let q = 0; inputs[inputName('s', q)]; q++) {
    const info = inputs[inputName('s', q)] as tf.TensorInfo;
    slotInfos.push(info);
    slotValues.push(read(info));
  }
  const result = trainSteps(
    a,
    read(x),
    read(inputs.y as tf.TensorInfo),
    x.shape[0] as number,
    parameterValues,
    slotValues,
  );
  const outputs: tf.TensorInfo[] = [];
  for (let q = 0; q < parameterInfos.length; q++) {
    outputs.push(
      make((parameterInfos[q] as tf.TensorInfo).shape.slice(), result.parameters[q] as Float32Array),
    );
  }
  for (let q = 0; q < slotInfos.length; q++) {
    outputs.push(make((slotInfos[q] as tf.TensorInfo).shape.slice(), result.slots[q] as Float32Array));
  }
  outputs.push(make([result.records.length], result.records));
  return outputs;
}

/** cpu: the loops over the tensors' own typed arrays. */
export function trainStepsCpu(args: KernelArgs): tf.TensorInfo[] {
  const cpu = args.backend as MathBackendCPU;
  return run(
    args,
    (t) => cpu.data.get(t.dataId).values as Float32Array,
    (shape, values) => cpu.makeTensorInfo(shape, 'float32', values),
  );
}

/**
 * webgl: the same loops on the CPU, over the tensors' CPU copies (read once: the data's copy stays
 * cached, and parameters and slots this kernel wrote never left the CPU unless another op used
 * them on the GPU). At the sizes a lesson trains, one GPU pass plus its read-back costs more than
 * the whole step (the webgl backend itself keeps tensors under 128 numbers on the CPU); and the
 * results are the cpu backend's to the bit.
 */
export function trainStepsWebgl(args: KernelArgs): tf.TensorInfo[] {
  const gl = args.backend as MathBackendWebGL;
  return run(
    args,
    (t) => gl.readSync(t.dataId) as Float32Array,
    (shape, values) => gl.makeTensorInfo(shape, 'float32', values),
  );
}

/** What {@link trainStepsKernel} returns; the caller owns every tensor. */
export interface TrainStepsResult {
  readonly parameters: tf.Tensor[];
  readonly slots: tf.Tensor[];
  readonly records: tf.Tensor1D;
}

/** Runs {@link TRAIN_STEPS}: k steps in one kernel call. Caller disposes the results. */
export function trainStepsKernel(
  x: tf.Tensor2D,
  y: tf.Tensor,
  parameters: readonly tf.Tensor[],
  slots: readonly tf.Tensor[],
  attrs: TrainStepsAttrs,
): TrainStepsResult {
  const inputs: Record<string, tf.Tensor> = { x, y };
  for (let q = 0; q < parameters.length; q++) inputs[inputName('p', q)] = parameters[q] as tf.Tensor;
  for (let q = 0; q < slots.length; q++) inputs[inputName('s', q)] = slots[q] as tf.Tensor;
  const out = tf.engine().runKernel(TRAIN_STEPS, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
  return {
    parameters: out.slice(0, parameters.length),
    slots: out.slice(parameters.length, parameters.length + slots.length),
    records: out[out.length - 1] as tf.Tensor1D,
  };
}
