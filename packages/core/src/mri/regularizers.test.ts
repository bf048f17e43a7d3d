import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { regularizerArrays } from './regularizer-kernel.js';
import {
  objectiveLipschitz,
  type RegularizerKind,
  regularizerLipschitz,
  regularizerValueAndGradient,
  regularizerWithTensorOps,
} from './regularizers.js';

tf.env().set('IS_TEST', true);

const n = 6;
const random = createRandom('tv');
const image = Float32Array.from({ length: n * n }, () => random.next());

describe.each(['tv', 'tikhonov'] as RegularizerKind[])('%s regulariser', (kind) => {
  const epsilon = 0.05;

  it('fused kernel, tensor ops and tfjs autodiff agree on value and gradient', async () => {
    await tf.setBackend('cpu');
    const before = tf.memory().numTensors;
    const x = tf.tensor2d(image, [n, n]);
    const fused = regularizerValueAndGradient(kind, x, epsilon);
    const ops = regularizerWithTensorOps(kind, x, epsilon);
    const auto = tf.grad((v: tf.Tensor) => regularizerWithTensorOps(kind, v as tf.Tensor2D, epsilon).value)(
      x,
    );
    const [fv, fg, ov, og, ag] = (await Promise.all(
      [fused.value, fused.gradient, ops.value, ops.gradient, auto].map((t) => t.data()),
    )) as [Float32Array, Float32Array, Float32Array, Float32Array, Float32Array];
    expect(fv[0]).toBeCloseTo(ov[0] as number, 4);
    for (let i = 0; i < n * n; i++) {
      expect(fg[i]).toBeCloseTo(og[i] as number, 4);
      expect(fg[i]).toBeCloseTo(ag[i] as number, 4);
    }
    tf.dispose([x, fused.value, fused.gradient, ops.value, ops.gradient, auto]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('gradient matches central differences in float64', () => {
    const x = Float64Array.from(image);
    const { gradient } = regularizerArrays(x, n, n, kind === 'tv', epsilon);
    const h = 1e-6;
    for (const i of [0, 7, 14, 21, 35]) {
      const plus = Float64Array.from(x);
      const minus = Float64Array.from(x);
      plus[i] = (plus[i] as number) + h;
      minus[i] = (minus[i] as number) - h;
      const numeric =
        (regularizerArrays(plus, n, n, kind === 'tv', epsilon).value -
          regularizerArrays(minus, n, n, kind === 'tv', epsilon).value) /
        (2 * h);
      expect(gradient[i]).toBeCloseTo(numeric, 4);
    }
  });
});

describe('Lipschitz constants', () => {
  it('L_R = 8/ε for smoothed TV, 8 for Tikhonov; L = 1 + λ·L_R', () => {
    expect(regularizerLipschitz('tv', 0.01)).toBe(800);
    expect(regularizerLipschitz('tikhonov', 0.01)).toBe(8);
    expect(objectiveLipschitz('tv', 0.002, 0.01)).toBeCloseTo(2.6, 12);
  });

  it('8 bounds ‖DᵀD‖: power iteration on the Tikhonov gradient of a 32×32 image approaches it from below', () => {
    const size = 32;
    let v = Float64Array.from({ length: size * size }, (_, i) => ((i * 7919) % 13) - 6);
    let estimate = 0;
    for (let k = 0; k < 300; k++) {
      const w = regularizerArrays(v, size, size, false, 1).gradient;
      const norm = Math.hypot(...w);
      estimate = norm / Math.hypot(...v);
      v = Float64Array.from(w, (value) => value / norm);
    }
    expect(estimate).toBeLessThanOrEqual(8);
    expect(estimate).toBeGreaterThan(7.8);
  });
});
