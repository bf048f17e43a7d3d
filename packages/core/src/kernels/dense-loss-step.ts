import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { LossId } from '../losses/loss.js';
import { tf } from '../tf.js';
import type { KernelArgs } from './kernel-args.js';
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

/**
 * `GdDenseLossStep`: one dense layer's forward pass, its loss and the loss's gradient with respect
 * to the weights and the bias, in one kernel: what one training step of a linear, logistic or
 * softmax model needs, without the ~28 small kernels (and the tape) of the autodiff path.
 *
 * Inputs: `x` [n, m], `y` [n] (or [n, 1]; one-hot [n, k] for the categorical losses), `w` (m·k
 * values, any shape: a linear model's [m] or a softmax's [m, k]), optionally `b` [k].
 * Outputs: the loss (a scalar), ∂L/∂w (w's shape), and ∂L/∂b ([k]) when there is a bias.
 */
export const DENSE_LOSS_STEP = 'GdDenseLossStep';

/** The link a single-layer model applies: linear (identity), logistic (sigmoid), softmax. */
export type StepActivation = 'identity' | 'sigmoid' | 'softmax';

/** Attributes of {@link DENSE_LOSS_STEP}: the loss and its options. */
export interface DenseLossStepAttrs {
  readonly loss: LossId;
  readonly activation: StepActivation;
  /** MSE's `half` convention. */
  readonly half: boolean;
  readonly delta: number;
  readonly beta: number;
}

/**
 * Whether one fused kernel can stand in for the autodiff step: an elementwise loss on a single
 * output (identity or sigmoid), or a categorical cross-entropy on a softmax.
 */
export function fusableStep(loss: LossId, activation: string, outputs: number): boolean {
  if (isCategorical(loss)) return activation === 'softmax' && outputs >= 2;
  return outputs === 1 && (activation === 'identity' || activation === 'sigmoid');
}

/** Float32 view of a tensor's values on the cpu backend. */
function valuesOf(backend: MathBackendCPU, t: tf.TensorInfo): ArrayLike<number> {
  return backend.data.get(t.dataId).values as Float32Array;
}

/** The cpu kernel: one pass over the rows, plain loops, float64 accumulators. */
export function denseLossStepCpu({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const cpu = backend as MathBackendCPU;
  const a = attrs as unknown as DenseLossStepAttrs;
  const xInfo = inputs.x as tf.TensorInfo;
  const wInfo = inputs.w as tf.TensorInfo;
  const bInfo = inputs.b;
  const X = valuesOf(cpu, xInfo);
  const Y = valuesOf(cpu, inputs.y as tf.TensorInfo);
  const W = valuesOf(cpu, wInfo);
  const B = bInfo ? valuesOf(cpu, bInfo) : undefined;
  const n = xInfo.shape[0] as number;
  const m = xInfo.shape[1] as number;
  const k = W.length / m;
  const code = LOSS_CODE[a.loss];
  const gw = new Float64Array(m * k);
  const gb = new Float64Array(k);
  let total = 0;

  if (k === 1) {
    const loss: ScalarLoss = { code, half: a.half, delta: a.delta, beta: a.beta };
    const slope = new Float64Array(1);
    const b0 = B ? (B[0] as number) : 0;
    const sigmoidOutput = a.activation === 'sigmoid' && !readsLogits(a.loss);
    for (let i = 0; i < n; i++) {
      const row = i * m;
      let dot = 0;
      for (let j = 0; j < m; j++) dot += (X[row + j] as number) * (W[j] as number);
      // float32 like the unfused matMul and add, so kinks (r = 0, p = ε) fall where they fall there.
      const z = Math.fround(Math.fround(dot) + b0);
      let dz: number;
      if (sigmoidOutput) {
        const p = sigmoid32(z);
        total += elementwiseTerm(loss, p, Y[i] as number, slope);
        dz = (slope[0] as number) * p * (1 - p);
      } else {
        total += elementwiseTerm(loss, z, Y[i] as number, slope);
        dz = slope[0] as number;
      }
      for (let j = 0; j < m; j++) gw[j] = (gw[j] as number) + dz * (X[row + j] as number);
      gb[0] = (gb[0] as number) + dz;
    }
  } else {
    const z = new Float64Array(k);
    const p = new Float64Array(k);
    const dz = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const row = i * m;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < m; j++) dot += (X[row + j] as number) * (W[j * k + c] as number);
        z[c] = Math.fround(Math.fround(dot) + (B ? (B[c] as number) : 0));
      }
      total += categoricalTerm(code, z, Y, i * k, k, p, dz);
      for (let j = 0; j < m; j++) {
        const xj = X[row + j] as number;
        for (let c = 0; c < k; c++) gw[j * k + c] = (gw[j * k + c] as number) + (dz[c] as number) * xj;
      }
      for (let c = 0; c < k; c++) gb[c] = (gb[c] as number) + (dz[c] as number);
    }
  }

  let value = total / n;
  let scale = 1 / n;
  if (code === LOSS_CODE.rmse) {
    value = Math.sqrt(value);
    scale *= 0.5 / Math.max(value, ROOT_FLOOR);
  }
  const outW = new Float32Array(m * k);
  for (let q = 0; q < m * k; q++) outW[q] = (gw[q] as number) * scale;
  const outputs = [
    cpu.makeTensorInfo([], 'float32', new Float32Array([value])),
    cpu.makeTensorInfo([...wInfo.shape], 'float32', outW),
  ];
  if (bInfo) {
    const outB = new Float32Array(k);
    for (let c = 0; c < k; c++) outB[c] = (gb[c] as number) * scale;
    outputs.push(cpu.makeTensorInfo([k], 'float32', outB));
  }
  return outputs;
}

/** What {@link denseLossStep} returns; the caller disposes every tensor. */
export interface DenseLossStepResult {
  readonly loss: tf.Scalar;
  readonly gradW: tf.Tensor;
  readonly gradB: tf.Tensor1D | undefined;
}

/**
 * Loss and gradients of a single dense layer in one kernel (see {@link DENSE_LOSS_STEP}).
 * Targets as the unfused loss takes them: `[n]`/`[n, 1]`, or one-hot `[n, k]`. Caller disposes.
 */
export function denseLossStep(
  x: tf.Tensor2D,
  y: tf.Tensor,
  w: tf.Tensor,
  b: tf.Tensor | undefined,
  attrs: DenseLossStepAttrs,
): DenseLossStepResult {
  const inputs: Record<string, tf.Tensor> = { x, y, w };
  if (b) inputs.b = b;
  const out = tf
    .engine()
    .runKernel(DENSE_LOSS_STEP, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
  return { loss: out[0] as tf.Scalar, gradW: out[1] as tf.Tensor, gradB: out[2] as tf.Tensor1D | undefined };
}
