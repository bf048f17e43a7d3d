import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { GPGPUProgram, MathBackendWebGL } from '@tensorflow/tfjs-backend-webgl';
import { tf } from '../tf.js';
import type { KernelArgs } from './kernel-args.js';

/**
 * `GdDense`: one dense layer, a = act(x·W + b), in one kernel, with its gradient registered so
 * autodiff passes through (an MLP's hidden layers and every model's forward pass use it).
 *
 * Inputs: `x` [n, p], `w` [p, q], optionally `b` [q]. Attribute `activation`. Output `a` [n, q].
 */
export const DENSE = 'GdDense';

/** Activations the fused dense layer applies (softmax is applied afterwards, over the row). */
export type DenseActivation = 'identity' | 'relu' | 'tanh' | 'sigmoid';

const ACTIVATION_CODE: Record<DenseActivation, number> = { identity: 0, relu: 1, tanh: 2, sigmoid: 3 };

/** cpu: the matrix product row by row, bias and activation applied as each value is written. */
export function denseCpu({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const cpu = backend as MathBackendCPU;
  const xInfo = inputs.x as tf.TensorInfo;
  const wInfo = inputs.w as tf.TensorInfo;
  const X = cpu.data.get(xInfo.dataId).values as Float32Array;
  const W = cpu.data.get(wInfo.dataId).values as Float32Array;
  const B = inputs.b ? (cpu.data.get(inputs.b.dataId).values as Float32Array) : undefined;
  const n = xInfo.shape[0] as number;
  const p = xInfo.shape[1] as number;
  const q = wInfo.shape[1] as number;
  const act = ACTIVATION_CODE[(attrs?.activation as DenseActivation | undefined) ?? 'identity'];
  const out = new Float32Array(n * q);
  for (let i = 0; i < n; i++) {
    const row = i * p;
    for (let c = 0; c < q; c++) {
      let dot = 0;
      for (let j = 0; j < p; j++) dot += (X[row + j] as number) * (W[j * q + c] as number);
      // Rounded as the unfused matMul then add would round.
      const z = Math.fround(Math.fround(dot) + (B ? (B[c] as number) : 0));
      out[i * q + c] =
        act === 0 ? z : act === 1 ? Math.max(z, 0) : act === 2 ? Math.tanh(z) : 1 / (1 + Math.exp(-z));
    }
  }
  return cpu.makeTensorInfo([n, q], 'float32', out);
}

const GLSL_ACTIVATION: Record<DenseActivation, string> = {
  identity: 'z',
  relu: 'max(z, 0.0)',
  // tfjs's own tanh shader (GLSL's tanh overflows to NaN for large |z| on some drivers).
  tanh: 'sign(z) * (1.0 - exp(-2.0 * abs(z))) / (1.0 + exp(-2.0 * abs(z)))',
  sigmoid: '1.0 / (1.0 + exp(-z))',
};

/** webgl: one texel per output value, looping over the p inputs. */
export function denseWebgl({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const gl = backend as MathBackendWebGL;
  const x = inputs.x as tf.TensorInfo;
  const w = inputs.w as tf.TensorInfo;
  const b = inputs.b;
  const n = x.shape[0] as number;
  const p = x.shape[1] as number;
  const q = w.shape[1] as number;
  const activation = (attrs?.activation as DenseActivation | undefined) ?? 'identity';
  const act = GLSL_ACTIVATION[activation];
  const program: GPGPUProgram = {
    variableNames: b ? ['X', 'W', 'B'] : ['X', 'W'],
    outputShape: [n, q],
    userCode: `
      void main() {
        ivec2 rc = getOutputCoords();
        float z = 0.0;
        for (int j = 0; j < ${p}; j++) z += getX(rc.x, j) * getW(j, rc.y);
        ${b ? 'z += getB(rc.y);' : ''}
        setOutput(${act});
      }`,
  };
  return gl.runWebGLProgram(program, b ? [x, w, b] : [x, w], 'float32');
}

/**
 * Backward pass: with dz = dy ⊙ act′ (read from the saved output a: 1, [a > 0], 1 − a², a(1 − a)),
 * ∂/∂x = dz·Wᵀ, ∂/∂W = xᵀ·dz, ∂/∂b = Σ over rows of dz. Explicit transposes: matMul's transpose
 * flags gave wrong sums on tfjs-backend-webgl 4.22 for some inputs.
 */
export const denseGradConfig: tf.GradConfig = {
  kernelName: DENSE,
  inputsToSave: ['x', 'w'],
  outputsToSave: [true],
  gradFunc: (dy, saved, attrs) => {
    const [x, w, a] = saved as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
    const activation = (attrs.activation as DenseActivation | undefined) ?? 'identity';
    const up = dy as tf.Tensor2D;
    // Recomputed in each thunk: the engine runs every input's gradient in its own tidy.
    const dz = (): tf.Tensor2D => {
      switch (activation) {
        case 'identity':
          return up;
        case 'relu':
          return tf.mul(up, tf.step(a));
        case 'tanh':
          return tf.mul(up, tf.sub(1, tf.square(a)));
        case 'sigmoid':
          return tf.mul(up, tf.mul(a, tf.sub(1, a)));
      }
    };
    return {
      x: () => tf.matMul(dz(), tf.transpose(w)),
      w: () => tf.matMul(tf.transpose(x), dz()),
      b: () => tf.sum(dz(), 0),
    };
  },
};

/**
 * act(x·W + b) in one kernel, differentiable. `w` is [p, q] (reshape a linear model's [m] first).
 * Caller disposes.
 */
export function dense(
  x: tf.Tensor2D,
  w: tf.Tensor2D,
  b: tf.Tensor1D | undefined,
  activation: DenseActivation,
): tf.Tensor2D {
  const inputs: Record<string, tf.Tensor> = { x, w };
  if (b) inputs.b = b;
  return tf.engine().runKernel(DENSE, inputs, { activation }) as tf.Tensor2D;
}
