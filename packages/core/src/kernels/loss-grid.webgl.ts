import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { tf } from '../tf.js';
import type { KernelArgs } from './kernel-args.js';
import { GLSL_ROW_LOGITS, glslCategorical, glslDenseParameters, glslElementwise } from './loss-glsl.js';
import type { LossGridAttrs } from './loss-grid.js';
import { isCategorical, readsLogits } from './loss-math.js';

/**
 * The grid kernel as one fragment-shader pass: one texel per grid point, each looping over the
 * rows of the data texture. The slice's first point is a uniform (`start`), so every slice of the
 * same size reuses one compiled shader; δ and β are uniforms too.
 */
function gridProgram(
  a: LossGridAttrs,
  x: tf.TensorInfo,
  y: tf.TensorInfo,
  w: tf.TensorInfo,
  hasBias: boolean,
  G: number,
  Gy: number,
): GPGPUProgram {
  const n = x.shape[0] as number;
  const m = x.shape[1] as number;
  const k = w.shape.reduce((p, q) => p * q, 1) / m;
  const wAt = (j: string, c: string) => (w.shape.length === 1 ? `getW(${j})` : `getW(${j}, ${c})`);
  const yAt = (c: string) =>
    y.shape.length === 1 ? 'getY(i)' : y.shape[1] === 1 ? 'getY(i, 0)' : `getY(i, ${c})`;
  const currentOf = (kind: 'weight' | 'bias', row: number, col: number) =>
    kind === 'weight' ? wAt(String(row), String(col)) : hasBias ? `getB(${col})` : '0.0';
  const sweep = (kind: 'weight' | 'bias', row: number) => (kind === 'weight' ? `getX(i, ${row})` : '1.0');
  const sigmoidOutput = a.activation === 'sigmoid' && !readsLogits(a.loss);
  const rowLoss = isCategorical(a.loss)
    ? glslCategorical(a.loss as 'cce' | 'cce-logits', yAt)
    : `{ float o = ${sigmoidOutput ? '1.0 / (1.0 + exp(-z[0]))' : 'z[0]'};
         float yv = ${yAt('0')};
         float slope = 0.0;
         ${glslElementwise(a.loss, a.half, sigmoidOutput ? '1.0 / (1.0 + exp(z[0]))' : '1.0 - o')} }`;
  const userCode = `
    const int N = ${n};
    const int M = ${m};
    const int K = ${k};
    void main() {
      int point = start + getOutputCoords();
      int gx = point - (point / ${G}) * ${G};
      int gy = min(point / ${G}, ${Gy - 1});
      float dx = getXs(gx) - ${currentOf(a.xKind, a.xRow, a.xCol)};
      float dy = getYs(gy) - ${currentOf(a.yKind, a.yRow, a.yCol)};
      ${glslDenseParameters(wAt, hasBias)}
      float sum = 0.0;
      for (int i = 0; i < N; i++) {
        ${GLSL_ROW_LOGITS}
        z[${a.xCol}] += dx * ${sweep(a.xKind, a.xRow)};
        z[${a.yCol}] += dy * ${sweep(a.yKind, a.yRow)};
        float term = 0.0;
        ${rowLoss}
        sum += term;
      }
      float mean = sum / float(N);
      setOutput(${a.loss === 'rmse' ? 'sqrt(mean)' : 'mean'});
    }`;
  return {
    variableNames: hasBias ? ['X', 'Y', 'W', 'B', 'Xs', 'Ys'] : ['X', 'Y', 'W', 'Xs', 'Ys'],
    outputShape: [a.count],
    userCode,
    customUniforms: [
      { name: 'start', type: 'int' },
      { name: 'delta', type: 'float' },
      { name: 'beta', type: 'float' },
    ],
  };
}

/** The WebGL grid kernel (see `LOSS_GRID` in `loss-grid.ts`). */
export function lossGridWebgl({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const gl = backend as MathBackendWebGL;
  const a = attrs as unknown as LossGridAttrs;
  const x = inputs.x as tf.TensorInfo;
  const y = inputs.y as tf.TensorInfo;
  const w = inputs.w as tf.TensorInfo;
  const b = inputs.b;
  const xs = inputs.xs as tf.TensorInfo;
  const ys = inputs.ys as tf.TensorInfo;
  const program = gridProgram(a, x, y, w, b !== undefined, xs.shape[0] as number, ys.shape[0] as number);
  const list = b ? [x, y, w, b, xs, ys] : [x, y, w, xs, ys];
  return gl.runWebGLProgram(program, list, 'float32', [[a.start], [a.delta], [a.beta]]);
}
