import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import type { tf } from '../tf.js';
import type { DenseLossStepAttrs } from './dense-loss-step.js';
import type { KernelArgs } from './kernel-args.js';
import { GLSL_ROW_LOGITS, glslCategorical, glslDenseParameters, glslElementwise } from './loss-glsl.js';
import { isCategorical, readsLogits } from './loss-math.js';

/** Which output a program of the WebGL step writes: the loss, ∂L/∂w or ∂L/∂b. */
type StepPart = 'loss' | 'w' | 'b';

/** GLSL reading element (j, c) of the weight, whatever its rank. */
function weightAt(wShape: readonly number[], j: string, c: string): string {
  return wShape.length === 1 ? `getW(${j})` : `getW(${j}, ${c})`;
}

/** GLSL reading target column c of row i: `[n]`, `[n, 1]` or one-hot `[n, k]`. */
function targetAt(yShape: readonly number[], c: string): string {
  if (yShape.length === 1) return 'getY(i)';
  return yShape[1] === 1 ? 'getY(i, 0)' : `getY(i, ${c})`;
}

/**
 * One program per output. Every texel loops over all n rows, recomputing the row's logits (cheap
 * next to a read-back: m·k multiply-adds), and accumulates its own sum, so no reduction pass is
 * needed. Shapes and the loss are compiled in; δ and β are uniforms.
 */
function stepProgram(
  part: StepPart,
  attrs: DenseLossStepAttrs,
  x: tf.TensorInfo,
  y: tf.TensorInfo,
  w: tf.TensorInfo,
  hasBias: boolean,
): GPGPUProgram {
  const n = x.shape[0] as number;
  const m = x.shape[1] as number;
  const size = w.shape.reduce((p, q) => p * q, 1);
  const k = size / m;
  const categorical = isCategorical(attrs.loss);
  const sigmoidOutput = attrs.activation === 'sigmoid' && !readsLogits(attrs.loss);
  const outputShape = part === 'loss' ? [1] : part === 'w' ? [...w.shape] : [k];

  let pick: string;
  if (part === 'loss') pick = 'int jq = 0; int cq = 0;';
  else if (part === 'b') pick = 'int jq = 0; int cq = getOutputCoords();';
  else if (w.shape.length === 1) pick = 'int jq = getOutputCoords(); int cq = 0;';
  else pick = 'ivec2 rc = getOutputCoords(); int jq = rc.x; int cq = rc.y;';

  const rowLoss = categorical
    ? glslCategorical(attrs.loss as 'cce' | 'cce-logits', (c) => targetAt(y.shape, c))
    : `{ float z0 = z[0];
         float o = ${sigmoidOutput ? '1.0 / (1.0 + exp(-z0))' : 'z0'};
         float yv = ${targetAt(y.shape, '0')};
         float slope = 0.0;
         ${glslElementwise(attrs.loss, attrs.half)}
         dz[0] = ${sigmoidOutput ? 'slope * o * (1.0 - o)' : 'slope'}; }`;

  const rmse = attrs.loss === 'rmse';
  const finish =
    part === 'loss'
      ? `float value = sumTerm / float(N); ${rmse ? 'value = sqrt(value);' : ''} setOutput(value);`
      : `float g = sumGrad / float(N);
         ${rmse ? 'g *= 0.5 / max(sqrt(sumTerm / float(N)), 1e-30);' : ''}
         setOutput(g);`;

  const userCode = `
    const int N = ${n};
    const int M = ${m};
    const int K = ${k};
    void main() {
      ${pick}
      float sumTerm = 0.0;
      float sumGrad = 0.0;
      ${glslDenseParameters((j, c) => weightAt(w.shape, j, c), hasBias)}
      for (int i = 0; i < N; i++) {
        ${GLSL_ROW_LOGITS}
        float term = 0.0;
        ${rowLoss}
        sumTerm += term;
        ${part === 'loss' ? '' : `sumGrad += dz[cq]${part === 'w' ? ' * getX(i, jq)' : ''};`}
      }
      ${finish}
    }`;
  return {
    variableNames: hasBias ? ['X', 'Y', 'W', 'B'] : ['X', 'Y', 'W'],
    outputShape,
    userCode,
    customUniforms: [
      { name: 'delta', type: 'float' },
      { name: 'beta', type: 'float' },
    ],
  };
}

/** The WebGL kernel: three passes (loss, ∂L/∂w, ∂L/∂b), each one texel per output number. */
export function denseLossStepWebgl({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo[] {
  const gl = backend as MathBackendWebGL;
  const a = attrs as unknown as DenseLossStepAttrs;
  const x = inputs.x as tf.TensorInfo;
  const y = inputs.y as tf.TensorInfo;
  const w = inputs.w as tf.TensorInfo;
  const b = inputs.b;
  const list = b ? [x, y, w, b] : [x, y, w];
  const uniforms = [[a.delta], [a.beta]];
  const parts: StepPart[] = b ? ['loss', 'w', 'b'] : ['loss', 'w'];
  return parts.map((part) => {
    const out = gl.runWebGLProgram(stepProgram(part, a, x, y, w, b !== undefined), list, 'float32', uniforms);
    // The loss program writes one texel; the kernel's contract is a scalar.
    return part === 'loss' ? { ...out, shape: [] } : out;
  });
}
