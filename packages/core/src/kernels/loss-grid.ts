import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { LossId } from '../losses/loss.js';
import { tf } from '../tf.js';
import type { StepActivation } from './dense-loss-step.js';
import type { KernelArgs } from './kernel-args.js';
import { EPSILON_F32, isCategorical, LOSS_CODE, readsLogits } from './loss-math.js';

/**
 * `GdLossGrid`: the loss of a single-layer model (linear, logistic, softmax) at many settings of
 * two of its parameters, every other parameter at its current value: one kernel for a whole grid,
 * or for a slice of it (grid points `start` … `start + count − 1`, row-major).
 *
 * A swept coordinate θ enters one logit linearly: z_c = z_c(current) + (θ − θ_current)·s, with
 * s = x_row for a weight and 1 for a bias. So each grid point costs one pass over the rows with a
 * couple of multiply-adds and the loss, and nothing of size grid × rows is ever built.
 *
 * Inputs: `x` [n, m], `y` [n] (or one-hot [n, k]), `w` (m·k values), optionally `b` [k],
 * `xs` [G] (the x coordinate of each grid column), `ys` [G'] (the y coordinate of each grid row).
 * Output: [count], the mean loss (RMSE: its root) at each point.
 */
export const LOSS_GRID = 'GdLossGrid';

/** Where a swept coordinate sits: in the weight (input `row`, output `col`) or in the bias (output `col`). */
export interface GridCoordinate {
  readonly kind: 'weight' | 'bias';
  readonly row: number;
  readonly col: number;
}

/** Attributes of {@link LOSS_GRID}. */
export interface LossGridAttrs {
  readonly loss: LossId;
  readonly activation: StepActivation;
  readonly half: boolean;
  readonly delta: number;
  readonly beta: number;
  readonly xKind: 'weight' | 'bias';
  readonly xRow: number;
  readonly xCol: number;
  readonly yKind: 'weight' | 'bias';
  readonly yRow: number;
  readonly yCol: number;
  /** First grid point of this slice (row-major, `row · G + column`). */
  readonly start: number;
  /** Points in this slice. */
  readonly count: number;
}

/** Whether one grid kernel can draw this model and loss (otherwise the batched tensor path does). */
export function gridKernelSupports(loss: LossId, activation: string, outputs: number): boolean {
  if (loss === 'mean-error') return false;
  if (isCategorical(loss)) return activation === 'softmax' && outputs >= 2;
  return outputs === 1 && (activation === 'identity' || activation === 'sigmoid');
}

/** One example's loss value ℓ(o, y) (no derivative), for an elementwise loss code. */
function termValue(code: number, o: number, y: number, half: boolean, delta: number, beta: number): number {
  switch (code) {
    case 0: {
      const r = o - y;
      return half ? 0.5 * r * r : r * r;
    }
    case 1: {
      const r = o - y;
      return r * r;
    }
    case 2:
      return Math.abs(o - y);
    case 3: {
      const a = Math.abs(o - y);
      return a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
    }
    case 4: {
      const a = Math.abs(o - y);
      return a < beta ? (0.5 * a * a) / beta : a - 0.5 * beta;
    }
    case 6: {
      const lp = Math.max(o, EPSILON_F32);
      const notP = 1 - o;
      const ln = Math.max(notP, EPSILON_F32);
      // With 0/1 targets one of the two logs has a zero coefficient: skip it.
      let value = 0;
      if (y !== 0) value -= y * Math.log(lp);
      if (y !== 1) value -= (1 - y) * Math.log(ln);
      return value;
    }
    case 7:
      return Math.max(o, 0) - o * y + Math.log1p(Math.exp(-Math.abs(o)));
    default:
      return Number.NaN;
  }
}

/** cpu: float64 loops; the current logits and the swept columns are computed once per call. */
export function lossGridCpu({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const cpu = backend as MathBackendCPU;
  const a = attrs as unknown as LossGridAttrs;
  const values = (t: tf.TensorInfo | undefined) =>
    t ? (cpu.data.get(t.dataId).values as Float32Array) : undefined;
  const xInfo = inputs.x as tf.TensorInfo;
  const X = values(xInfo) as Float32Array;
  const Y = values(inputs.y) as Float32Array;
  const W = values(inputs.w) as Float32Array;
  const B = values(inputs.b);
  const xs = values(inputs.xs) as Float32Array;
  const ys = values(inputs.ys) as Float32Array;
  const n = xInfo.shape[0] as number;
  const m = xInfo.shape[1] as number;
  const k = W.length / m;
  const G = xs.length;
  const Gy = ys.length;

  // Current logits Z [n, k] and each swept coordinate's column s [n].
  const Z = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      let dot = B ? (B[c] as number) : 0;
      for (let j = 0; j < m; j++) dot += (X[i * m + j] as number) * (W[j * k + c] as number);
      Z[i * k + c] = dot;
    }
  }
  const column = (kind: 'weight' | 'bias', row: number): Float64Array => {
    const s = new Float64Array(n);
    for (let i = 0; i < n; i++) s[i] = kind === 'weight' ? (X[i * m + row] as number) : 1;
    return s;
  };
  const current = (kind: 'weight' | 'bias', row: number, col: number): number =>
    kind === 'weight' ? (W[row * k + col] as number) : B ? (B[col] as number) : 0;
  const sx = column(a.xKind, a.xRow);
  const sy = column(a.yKind, a.yRow);
  const x0 = current(a.xKind, a.xRow, a.xCol);
  const y0 = current(a.yKind, a.yRow, a.yCol);
  const cx = a.xCol;
  const cy = a.yCol;
  const code = LOSS_CODE[a.loss];
  const sigmoidOutput = a.activation === 'sigmoid' && !readsLogits(a.loss);
  const { half, delta, beta } = a;
  const out = new Float32Array(a.count);
  const z = new Float64Array(k);

  for (let t = 0; t < a.count; t++) {
    const point = a.start + t;
    const gy = Math.min(Math.floor(point / G), Gy - 1);
    const dx = (xs[point % G] as number) - x0;
    const dy = (ys[gy] as number) - y0;
    let sum = 0;
    if (k === 1) {
      for (let i = 0; i < n; i++) {
        const zi = (Z[i] as number) + dx * (sx[i] as number) + dy * (sy[i] as number);
        const o = sigmoidOutput ? 1 / (1 + Math.exp(-zi)) : zi;
        sum += termValue(code, o, Y[i] as number, half, delta, beta);
      }
    } else {
      for (let i = 0; i < n; i++) {
        const base = i * k;
        let mx = Number.NEGATIVE_INFINITY;
        for (let c = 0; c < k; c++) {
          let zc = Z[base + c] as number;
          if (c === cx) zc += dx * (sx[i] as number);
          if (c === cy) zc += dy * (sy[i] as number);
          z[c] = zc;
          if (zc > mx) mx = zc;
        }
        let s = 0;
        for (let c = 0; c < k; c++) s += Math.exp((z[c] as number) - mx);
        const lse = mx + Math.log(s);
        for (let c = 0; c < k; c++) {
          const yc = Y[base + c] as number;
          if (yc === 0) continue;
          const logP = (z[c] as number) - lse;
          // cce from probabilities clips p at ε: ln max(p, ε) = max(ln p, ln ε).
          sum -= yc * (code === LOSS_CODE.cce ? Math.max(logP, Math.log(EPSILON_F32)) : logP);
        }
      }
    }
    const mean = sum / n;
    out[t] = code === LOSS_CODE.rmse ? Math.sqrt(mean) : mean;
  }
  return cpu.makeTensorInfo([a.count], 'float32', out);
}

/**
 * Grid losses for points `start … start + count − 1` (row-major over `ys` × `xs`). Caller disposes.
 * Inputs are as {@link LOSS_GRID} describes; `xs` and `ys` are float32 vectors.
 */
export function lossGrid(
  tensors: {
    readonly x: tf.Tensor2D;
    readonly y: tf.Tensor;
    readonly w: tf.Tensor;
    readonly b: tf.Tensor | undefined;
    readonly xs: tf.Tensor1D;
    readonly ys: tf.Tensor1D;
  },
  attrs: LossGridAttrs,
): tf.Tensor1D {
  const { x, y, w, b, xs, ys } = tensors;
  const inputs: Record<string, tf.Tensor> = { x, y, w, xs, ys };
  if (b) inputs.b = b;
  return tf.engine().runKernel(LOSS_GRID, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor1D;
}
