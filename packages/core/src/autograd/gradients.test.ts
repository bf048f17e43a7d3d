import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { AutogradError } from './errors.js';
import {
  clipGradient,
  disposeGradients,
  gradientOf,
  gradientsOfVariables,
  straightThroughRound,
  valueAndGradient,
  valueAndGradients,
  withCustomGradient,
} from './gradients.js';

const values = (t: tf.Tensor) => Array.from(t.dataSync());

describe('autodiff wrappers', () => {
  it('gradientOf: d/dx Σ x³ = 3x², leaking nothing', () => {
    const x = tf.tensor1d([1, -2, 0.5]);
    const before = tf.memory().numTensors;
    const g = gradientOf((t: tf.Tensor) => tf.sum(tf.pow(t, 3)))(x);
    expect(values(g)).toEqual([3, 12, 0.75]);
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('valueAndGradient and valueAndGradients return the value with the gradients', () => {
    const a = tf.tensor1d([1, 2]);
    const b = tf.tensor1d([3, 4]);
    const before = tf.memory().numTensors;
    const one = valueAndGradient((t: tf.Tensor) => tf.sum(tf.square(t)))(a);
    expect(values(one.value)).toEqual([5]);
    expect(values(one.gradient)).toEqual([2, 4]);
    const two = valueAndGradients(([p, q]) => tf.sum(tf.mul(p as tf.Tensor, q as tf.Tensor)))([a, b]);
    expect(values(two.value)).toEqual([11]);
    expect(two.gradients.map(values)).toEqual([
      [3, 4],
      [1, 2],
    ]);
    tf.dispose([one.value, one.gradient, two.value, ...two.gradients]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([a, b]);
  });

  it('gradientsOfVariables maps gradients back to the variable objects, zero for unused ones', () => {
    // CURRICULUM A.5: X = [[1,2,3],[4,5,6]], y = (14, 32), w = (2,2,2): MSE 4, gradient (−10, −14, −18).
    const X = tf.tensor2d([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const y = tf.tensor2d([[14], [32]]);
    const w = tf.tidy(() => tf.variable(tf.tensor2d([[2], [2], [2]])));
    const unused = tf.tidy(() => tf.variable(tf.tensor1d([7, 7])));
    const before = tf.memory().numTensors;
    const result = gradientsOfVariables(
      () => tf.mean(tf.square(tf.sub(y, tf.matMul(X, w)))) as tf.Scalar,
      [unused, w],
    );
    expect(values(result.value)).toEqual([4]);
    expect(result.gradients[0]?.variable).toBe(unused);
    expect(values(result.gradients[0]?.gradient as tf.Tensor)).toEqual([0, 0]);
    expect(result.gradients[1]?.variable).toBe(w);
    const g = values(result.gradients[1]?.gradient as tf.Tensor);
    [-10, -14, -18].forEach((e, i) => {
      expect(g[i]).toBeCloseTo(e, 4);
    });
    disposeGradients(result);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([X, y, w, unused]);
  });

  it('gradientsOfVariables rejects bad input with codes, leaking nothing', () => {
    const w = tf.tidy(() => tf.variable(tf.tensor1d([1, 2])));
    const frozen = tf.tidy(() => tf.variable(tf.scalar(1), false));
    const before = tf.memory().numTensors;
    expect(() => gradientsOfVariables(() => tf.sum(w) as tf.Scalar, [])).toThrow(
      expect.objectContaining({ code: 'no-variables' }),
    );
    expect(() => gradientsOfVariables(() => tf.sum(w) as tf.Scalar, [w, frozen])).toThrow(
      expect.objectContaining({ code: 'not-trainable' }),
    );
    expect(() => gradientsOfVariables(() => tf.mul(w, 2) as unknown as tf.Scalar, [w])).toThrow(
      AutogradError,
    );
    expect(tf.memory().numTensors).toBe(before);
    // Still works after a failure inside tfjs's tape.
    const ok = gradientsOfVariables(() => tf.sum(tf.square(w)) as tf.Scalar, [w]);
    expect(values(ok.gradients[0]?.gradient as tf.Tensor)).toEqual([2, 4]);
    disposeGradients(ok);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([w, frozen]);
  });
});

describe('custom gradients', () => {
  it('clipGradient: identity forward, gradient clipped to ±limit', () => {
    const x = tf.tensor1d([1, -2, 3]);
    const before = tf.memory().numTensors;
    const clip = clipGradient(5);
    // f = Σ 10·x²  ⇒ true gradient 20x = (20, −40, 60), clipped to (5, −5, 5) at the clip point.
    const f = (t: tf.Tensor) => tf.sum(tf.mul(10, tf.square(clip(t))));
    const y = tf.tidy(() => f(x));
    expect(values(y)).toEqual([140]);
    const g = tf.grad(f)(x);
    expect(values(g)).toEqual([5, -5, 5]);
    tf.dispose([y, g]);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('straightThroughRound: rounds forward, passes the gradient through', () => {
    const x = tf.tensor1d([0.4, 1.6, -2.3]);
    const before = tf.memory().numTensors;
    const y = straightThroughRound(x);
    expect(values(y)).toEqual([0, 2, -2]);
    // d/dx Σ 3·round(x) = 3 with the straight-through estimator (0 with the true gradient).
    const g = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(3, straightThroughRound(t))))(x);
    expect(values(g)).toEqual([3, 3, 3]);
    const trueG = tf.grad((t: tf.Tensor) => tf.sum(tf.mul(3, tf.round(t))))(x);
    expect(values(trueG)).toEqual([0, 0, 0]);
    tf.dispose([y, g, trueG]);
    expect(tf.memory().numTensors).toBe(before);
    x.dispose();
  });

  it('withCustomGradient with two inputs hands backward the inputs and the output', () => {
    const a = tf.tensor1d([2, 3]);
    const b = tf.tensor1d([5, 7]);
    const before = tf.memory().numTensors;
    // Product with a deliberately "wrong" gradient that a lesson can spot: (dy·b·10, dy·output).
    const f = withCustomGradient(
      (p, q) => tf.mul(p as tf.Tensor, q as tf.Tensor),
      (dy, [, q], out) => [tf.mul(tf.mul(dy, q as tf.Tensor), 10), tf.mul(dy, out)],
    );
    const [ga, gb] = tf.grads((p: tf.Tensor, q: tf.Tensor) => tf.sum(f(p, q)))([a, b]);
    expect(values(ga as tf.Tensor)).toEqual([50, 70]);
    expect(values(gb as tf.Tensor)).toEqual([10, 21]);
    tf.dispose([ga as tf.Tensor, gb as tf.Tensor]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([a, b]);
  });
});
