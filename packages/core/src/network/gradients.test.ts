/**
 * The network's arithmetic (engine.ts, what the fused kernels run) against two oracles, for every
 * hidden activation and every output kind: tfjs autodiff of the same network on ordinary ops
 * (tensor-path.ts), and central differences of the float64 loss.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import {
  type NetworkConfig,
  type NetworkLayerActivation,
  type NetworkOutput,
  resolveNetworkConfig,
} from './config.js';
import { shapeOf } from './engine.js';
import { initNetworkParameters } from './init.js';
import { networkLogitsTensor, networkLossTensor } from './tensor-path.js';
import { batchGradient, workspaceFor } from './train-kernel.js';

const ACTIVATIONS: NetworkLayerActivation[] = ['relu', 'tanh', 'sigmoid', 'linear'];
const OUTPUTS: NetworkOutput[] = ['softmax', 'sigmoid', 'linear'];
const ROWS = 12;

/** Random inputs [ROWS, m] and targets fitting the output kind. */
function problem(m: number, output: NetworkOutput, classes: number) {
  const rng = createRandom('gradients').fork(`${output}`);
  const x = Float32Array.from({ length: ROWS * m }, () => rng.normal(0, 1));
  const y = Float32Array.from({ length: ROWS }, (_, i) =>
    output === 'linear' ? rng.normal(0, 1) : output === 'sigmoid' ? i % 2 : i % classes,
  );
  return { x, y, indices: Int32Array.from({ length: ROWS }, (_, i) => i) };
}

/** ‖a − b‖∞ relative to ‖b‖∞. */
function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < b.length; i++) {
    diff = Math.max(diff, Math.abs((a[i] as number) - (b[i] as number)));
    scale = Math.max(scale, Math.abs(b[i] as number));
  }
  return diff / scale;
}

describe.each(OUTPUTS)('output %s', (output) => {
  describe.each(ACTIVATIONS)('hidden %s', (activation) => {
    const config: NetworkConfig = {
      hidden: [3, 4],
      activation,
      output,
      classes: output === 'softmax' ? 3 : 2,
      features: ['x1x2', 'sin(x1)'],
      init: 'he',
      seed: `grad-${activation}-${output}`,
      l2: 0.01,
    };
    const spec = resolveNetworkConfig(config);
    const { sizes, activations, output: code } = shapeOf(spec);
    const ws = workspaceFor(sizes, activations, code);
    const params = initNetworkParameters(spec);
    // Non-zero biases, so that every parameter's gradient is exercised.
    for (let l = 0; l < spec.biasOffsets.length; l++) {
      for (let c = 0; c < sizes[l + 1]!; c++) params[spec.biasOffsets[l]! + c] = 0.1 * (c + 1) - 0.15 * l;
    }
    const { x, y, indices } = problem(sizes[0]!, output, spec.classes);

    it('forward pass and loss equal the tfjs ops of the same network', () => {
      const before = tf.memory().numTensors;
      const p = tf.tensor1d(params);
      const X = tf.tensor2d(x, [ROWS, sizes[0]!]);
      const Y = tf.tensor1d(y);
      const logits = networkLogitsTensor(spec, p, X);
      const loss = networkLossTensor(spec, p, X, Y, spec.l2);
      const z = logits.dataSync();
      const k = sizes[sizes.length - 1]!;
      const mine = new Float64Array(ROWS * k);
      for (let i = 0; i < ROWS; i++) {
        for (let j = 0; j < sizes[0]!; j++) ws.values[j] = x[i * sizes[0]! + j]!;
        ws.forward(params);
        for (let c = 0; c < k; c++) mine[i * k + c] = ws.values[ws.valueOffsets[spec.sizes.length - 1]! + c]!;
      }
      expect(relativeError(mine, z)).toBeLessThan(1e-5);
      const grad = new Float64Array(spec.parameterCount);
      let penalty = 0;
      for (let l = 0; l < spec.weightOffsets.length; l++) {
        for (let q = spec.weightOffsets[l]!; q < spec.biasOffsets[l]!; q++)
          penalty += (spec.l2 / 2) * params[q]! ** 2;
      }
      const dataLoss = batchGradient(ws, params, x, y, indices, 0, ROWS, spec.l2, grad);
      expect(Math.abs(dataLoss + penalty - loss.dataSync()[0]!) / (dataLoss + penalty)).toBeLessThan(1e-5);
      tf.dispose([p, X, Y, logits, loss]);
      expect(tf.memory().numTensors).toBe(before);
    });

    it('gradient equals tfjs autodiff', () => {
      const before = tf.memory().numTensors;
      const p = tf.tensor1d(params);
      const X = tf.tensor2d(x, [ROWS, sizes[0]!]);
      const Y = tf.tensor1d(y);
      const g = tf.grad((q: tf.Tensor) => networkLossTensor(spec, q as tf.Tensor1D, X, Y, spec.l2))(p);
      const grad = new Float64Array(spec.parameterCount);
      batchGradient(ws, params, x, y, indices, 0, ROWS, spec.l2, grad);
      expect(relativeError(grad, g.dataSync())).toBeLessThan(1e-5);
      tf.dispose([p, X, Y, g]);
      expect(tf.memory().numTensors).toBe(before);
    });

    it('gradient equals central differences of the float64 loss, each component to 1e-5', () => {
      const p64 = Float64Array.from(params);
      const grad = new Float64Array(spec.parameterCount);
      batchGradient(ws, p64, x, y, indices, 0, ROWS, spec.l2, grad);
      const scratch = new Float64Array(spec.parameterCount);
      const objective = (q: Float64Array) => {
        let penalty = 0;
        for (let l = 0; l < spec.weightOffsets.length; l++) {
          for (let i = spec.weightOffsets[l]!; i < spec.biasOffsets[l]!; i++)
            penalty += (spec.l2 / 2) * q[i]! ** 2;
        }
        return batchGradient(ws, q, x, y, indices, 0, ROWS, spec.l2, scratch) + penalty;
      };
      const h = 1e-5;
      for (let q = 0; q < spec.parameterCount; q++) {
        const saved = p64[q]!;
        p64[q] = saved + h;
        const up = objective(p64);
        p64[q] = saved - h;
        const down = objective(p64);
        p64[q] = saved;
        const numeric = (up - down) / (2 * h);
        // ReLU's kink lies within h of a pre-activation only by accident; none does here.
        expect(Math.abs(grad[q]! - numeric), `parameter ${q}`).toBeLessThanOrEqual(
          1e-5 * Math.abs(numeric) + 1e-9,
        );
      }
    });
  });
});
