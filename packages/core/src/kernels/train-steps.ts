import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { LossId } from '../losses/loss.js';
import type { OptimizerKind } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import {
  categoricalTerm,
  EPSILON_F32,
  isCategorical,
  LOSS_CODE,
  ROOT_FLOOR,
  readsLogits,
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
 * Everything the per-row loop reuses, sized once per call: layer geometry, float64 gradient
 * accumulators, a row's activations and back-propagated deltas.
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
  /** a[l]: the activations entering layer l for the current row (a[0] unused: x is read in place). */
  readonly a: Float64Array[];
  readonly delta: Float64Array[];
  readonly z: Float64Array;
  readonly p: Float64Array;
  readonly k: number;
  readonly lossCode: number;
  readonly sigmoidOutput: boolean;
  readonly softmaxOutput: boolean;
  readonly half: boolean;
  readonly huberDelta: number;
  readonly smoothBeta: number;

  constructor(a: TrainStepsAttrs, parameterSizes: readonly number[]) {
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
    for (let l = 0; l < L; l++) {
      this.inSize[l] = a.sizes[l] as number;
      this.outSize[l] = a.sizes[l + 1] as number;
      this.act[l] = HIDDEN_CODE[a.activations[l] as string] ?? 0;
      this.wIndex[l] = q++;
      this.bIndex[l] = a.biases[l] ? q++ : -1;
      this.a.push(new Float64Array(a.sizes[l] as number));
      this.delta.push(new Float64Array(a.sizes[l + 1] as number));
    }
    this.grads = parameterSizes.map((size) => new Float64Array(size));
    this.k = a.sizes[L] as number;
    this.z = new Float64Array(this.k);
    this.p = new Float64Array(this.k);
    this.lossCode = LOSS_CODE[a.loss];
    const last = a.activations[L - 1];
    this.softmaxOutput = last === 'softmax';
    this.sigmoidOutput = last === 'sigmoid' && !readsLogits(a.loss);
    this.half = a.half;
    this.huberDelta = a.delta;
    this.smoothBeta = a.beta;
  }
}

/**
 * dℓ/do of the last elementwise term, in a typed array: a number kept in a module variable would
 * be boxed (a heap allocation per row).
 */
const slope = new Float64Array(1);

/** One example's elementwise loss term; writes dℓ/do into `slope[0]`. Mirrors `loss-math.ts`'s `elementwiseTerm`. */
function term(net: Net, o: number, y: number): number {
  switch (net.lossCode) {
    case 0: {
      const r = o - y;
      slope[0] = net.half ? r : 2 * r;
      return net.half ? 0.5 * r * r : r * r;
    }
    case 1: {
      const r = o - y;
      slope[0] = 2 * r;
      return r * r;
    }
    case 2: {
      const r = o - y;
      slope[0] = r > 0 ? 1 : -1;
      return Math.abs(r);
    }
    case 3: {
      const r = o - y;
      const abs = Math.abs(r);
      const d = net.huberDelta;
      const q = Math.min(abs, d);
      slope[0] = q * (r > 0 ? 1 : -1);
      return 0.5 * q * q + d * (abs - q);
    }
    case 4: {
      const r = o - y;
      const abs = Math.abs(r);
      const b = net.smoothBeta;
      const q = Math.min(abs, b);
      slope[0] = (abs <= b ? abs / b : 1) * (r > 0 ? 1 : -1);
      return (q * q) / (2 * b) + abs - q;
    }
    case 5:
      slope[0] = 1;
      return o - y;
    case 6: {
      const notP = Math.fround(1 - o);
      const lp = Math.max(o, EPSILON_F32);
      const ln = Math.max(notP, EPSILON_F32);
      slope[0] = (o >= EPSILON_F32 ? -y / lp : 0) + (notP >= EPSILON_F32 ? (1 - y) / ln : 0);
      return -(y * Math.log(lp) + (1 - y) * Math.log(ln));
    }
    case 7:
      slope[0] = 1 / (1 + Math.exp(-o)) - y;
      return Math.max(o, 0) - o * y + Math.log1p(Math.exp(-Math.abs(o)));
    default:
      slope[0] = Number.NaN;
      return Number.NaN;
  }
}

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
        total += term(net, p, Y[i] as number);
        dz[0] = (slope[0] as number) * p * (1 - p);
        if (out) out[outAt + i] = p;
      } else {
        total += term(net, zi, Y[i] as number);
        dz[0] = slope[0] as number;
        // A sigmoid output read through its logits (BCE with logits) still predicts σ(z).
        if (out) out[outAt + i] = net.act[last] === 3 ? sigmoid32(zi) : zi;
      }
    } else {
      total += categoricalTerm(net.lossCode, z, Y, i * k, k, net.p, dz);
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
 * {@link pass} for one layer with one output (linear and logistic models), with the row's dot
 * product unrolled for one and two features: the shape of the plain-JavaScript loop, so the JIT
 * keeps everything in registers (the general loop costs ~20× more per row at N = 1,000).
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
  const m = net.inSize[0] as number;
  const W = P[0] as Float32Array;
  const bi = net.bIndex[0] as number;
  const b0 = bi >= 0 ? ((P[bi] as Float32Array)[0] as number) : 0;
  const sigmoidOutput = net.sigmoidOutput;
  const predictsSigmoid = net.act[0] === 3;
  const code = net.lossCode;
  const half = net.half;
  const gW = net.grads[0] as Float64Array;
  const w0 = W[0] as number;
  const w1 = m > 1 ? (W[1] as number) : 0;
  let g0 = 0;
  let g1 = 0;
  let gb = 0;
  let total = 0;
  if (m > 2) gW.fill(0);
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
      total += term(net, p, Y[i] as number);
      dz = (slope[0] as number) * p * (1 - p);
      if (out) out[outAt + i] = p;
    } else {
      // The two commonest losses inline (MSE, BCE with logits); the rest through term().
      const y = Y[i] as number;
      if (code === 0 && !half) {
        const r = z - y;
        total += r * r;
        dz = 2 * r;
      } else if (code === 7) {
        const e = Math.exp(-Math.abs(z));
        // σ(z) from the same exponential, in the form that cannot overflow.
        dz = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - y;
        total += Math.max(z, 0) - z * y + Math.log1p(e);
      } else {
        total += term(net, z, y);
        dz = slope[0] as number;
      }
      if (out) out[outAt + i] = predictsSigmoid ? sigmoid32(z) : z;
    }
    if (!backward) continue;
    gb += dz;
    if (m <= 2) {
      g0 += dz * x0;
      g1 += dz * x1;
    } else {
      const row = i * m;
      for (let j = 0; j < m; j++) gW[j] = (gW[j] as number) + dz * (X[row + j] as number);
    }
  }
  if (backward) {
    if (m <= 2) {
      gW[0] = g0;
      if (m === 2) gW[1] = g1;
    }
    if (bi >= 0) (net.grads[bi] as Float64Array)[0] = gb;
  }
  return total;
}

/** Softmax of one row as tfjs's cpu softmax stores it: exp(z − max) and the sum each rounded to float32. */
function writeSoftmax(z: Float64Array, k: number, out: Float32Array, at: number): void {
  let mx = z[0] as number;
  for (let c = 1; c < k; c++) if ((z[c] as number) > mx) mx = z[c] as number;
  let sum = 0;
  for (let c = 0; c < k; c++) sum += Math.fround(Math.exp(Math.fround((z[c] as number) - mx)));
  const s = Math.fround(sum);
  for (let c = 0; c < k; c++) out[at + c] = Math.fround(Math.exp(Math.fround((z[c] as number) - mx))) / s;
}

/** The mean loss (RMSE: its root) and the factor that turns summed gradients into its gradient. */
function finish(code: number, total: number, n: number): { value: number; scale: number } {
  let value = total / n;
  let scale = 1 / n;
  if (code === LOSS_CODE.rmse) {
    value = Math.sqrt(value);
    scale *= 0.5 / Math.max(value, ROOT_FLOOR);
  }
  return { value, scale };
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
  const P = parametersIn.map((p) => Float32Array.from(p));
  const S = slotsIn.map((s) => Float32Array.from(s));
  const sizes = P.map((p) => p.length);
  const net = new Net(a, sizes);
  const total = sizes.reduce((s, v) => s + v, 0);
  const slotCount = a.slotCount;
  const outWidth = a.predictions ? n * net.k : 0;
  const length = 2 + total * (2 + slotCount) + outWidth;
  const steps = a.steps;
  const records = new Float32Array(steps * length);
  const code = OPTIMIZER_CODE[a.optimizer];
  const g32 = sizes.map((size) => new Float32Array(size));
  const perParameterSlots = P.map((_, q) => S.slice(q * slotCount, (q + 1) * slotCount));
  for (let s = 0; s < steps; s++) {
    const at = s * length;
    const sum = pass(net, X, Y, n, P, true, a.predictions ? records : undefined, at + length - outWidth);
    const { value, scale } = finish(net.lossCode, sum, n);
    records[at] = value;
    if (s > 0) records[at - length + 1] = value;
    let offset = at + 2;
    for (let q = 0; q < P.length; q++) {
      const g = g32[q] as Float32Array;
      const acc = net.grads[q] as Float64Array;
      for (let e = 0; e < g.length; e++) g[e] = acc[e]! * scale;
      records.set(g, offset);
      offset += g.length;
      applyRule(code, a.hyper, a.t0 + s, P[q] as Float32Array, g, perParameterSlots[q]!, g.length);
    }
    for (const p of P) {
      records.set(p, offset);
      offset += p.length;
    }
    for (const slot of S) {
      records.set(slot, offset);
      offset += slot.length;
    }
  }
  // The whole-data loss after the last update: one more forward pass.
  const after = finish(net.lossCode, pass(net, X, Y, n, P, false, undefined, 0), n);
  records[(steps - 1) * length + 1] = after.value;
  return { parameters: P, slots: S, records };
}

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

type KernelArgs = { inputs: tf.NamedTensorInfoMap; backend: unknown; attrs?: tf.NamedAttrMap };

function run(args: KernelArgs, read: Reader, make: (shape: number[], values: Float32Array) => tf.TensorInfo) {
  const a = args.attrs as unknown as TrainStepsAttrs;
  const inputs = args.inputs;
  const x = inputs.x as tf.TensorInfo;
  const parameterInfos: tf.TensorInfo[] = [];
  for (let q = 0; inputs[`p${q}`]; q++) parameterInfos.push(inputs[`p${q}`] as tf.TensorInfo);
  const slotInfos: tf.TensorInfo[] = [];
  for (let q = 0; inputs[`s${q}`]; q++) slotInfos.push(inputs[`s${q}`] as tf.TensorInfo);
  const result = trainSteps(
    a,
    read(x),
    read(inputs.y as tf.TensorInfo),
    x.shape[0] as number,
    parameterInfos.map(read),
    slotInfos.map(read),
  );
  return [
    ...result.parameters.map((values, q) => make([...(parameterInfos[q] as tf.TensorInfo).shape], values)),
    ...result.slots.map((values, q) => make([...(slotInfos[q] as tf.TensorInfo).shape], values)),
    make([result.records.length], result.records),
  ];
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
  parameters.forEach((p, q) => {
    inputs[`p${q}`] = p;
  });
  slots.forEach((s, q) => {
    inputs[`s${q}`] = s;
  });
  const out = tf.engine().runKernel(TRAIN_STEPS, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
  return {
    parameters: out.slice(0, parameters.length),
    slots: out.slice(parameters.length, parameters.length + slots.length),
    records: out[out.length - 1] as tf.Tensor1D,
  };
}
