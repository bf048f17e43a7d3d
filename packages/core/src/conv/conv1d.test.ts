import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { conv1d } from './conv1d.js';
import { ConvError } from './errors.js';

/** tf.conv1d on explicitly zero-padded input, 'valid' afterwards. */
function tfConv1d(input: number[], kernel: number[], padding: number, stride: number): number[] {
  return tf.tidy(() => {
    const x = tf.pad(tf.tensor3d(input, [1, input.length, 1]), [
      [0, 0],
      [padding, padding],
      [0, 0],
    ]) as tf.Tensor3D;
    const k = tf.tensor3d(kernel, [kernel.length, 1, 1]);
    return Array.from(tf.conv1d(x, k, stride, 'valid').dataSync());
  });
}

describe('conv1d', () => {
  it('matches tf.conv1d over random inputs, kernels, paddings and strides', () => {
    const rng = createRandom('conv1d');
    const before = tf.memory().numTensors;
    for (let trial = 0; trial < 30; trial++) {
      const n = 3 + rng.int(10);
      const k = 1 + rng.int(Math.min(n, 5));
      const p = rng.int(3);
      const s = 1 + rng.int(3);
      const input = Array.from({ length: n }, () => Math.round(rng.normal(0, 3) * 100) / 100);
      const kernel = Array.from({ length: k }, () => Math.round(rng.normal(0, 1) * 100) / 100);
      const ours = conv1d(input, kernel, { padding: p, stride: s }).output;
      const theirs = tfConv1d(input, kernel, p, s);
      expect(ours.length).toBe(theirs.length);
      ours.forEach((v, i) => {
        expect(v).toBeCloseTo(theirs[i] as number, 4);
      });
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('traces windows through the padding (n = 7, k = 3, p = 1, s = 2 → 4 outputs)', () => {
    const result = conv1d([1, 2, 3, 4, 5, 6, 7], [1, 2, 3], { padding: 1, stride: 2 });
    expect(result.padded).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0]);
    expect(result.steps.map((s) => s.start)).toEqual([0, 2, 4, 6]);
    expect(result.steps.map((s) => s.inputStart)).toEqual([-1, 1, 3, 5]);
    expect(result.steps[0]?.window).toEqual([0, 1, 2]);
    expect(result.steps[0]?.products).toEqual([0, 2, 6]);
    expect(result.steps[3]?.window).toEqual([6, 7, 0]);
    expect(result.output).toEqual([8, 20, 32, 20]);
  });

  it('dilation spaces the taps d apart (positions i·s + j·d), as tf.conv1d with dilation does', () => {
    const result = conv1d([1, 2, 3, 4, 5, 6, 7], [1, 0, -1], { dilation: 2 });
    expect(result.steps[0]?.positions).toEqual([0, 2, 4]);
    expect(result.output).toEqual([-4, -4, -4]);
    const theirs = tf.tidy(() =>
      Array.from(
        tf
          .conv1d(
            tf.tensor3d([1, 2, 3, 4, 5, 6, 7], [1, 7, 1]),
            tf.tensor3d([1, 0, -1], [3, 1, 1]),
            1,
            'valid',
            'NWC',
            2,
          )
          .dataSync(),
      ),
    );
    expect(theirs).toEqual(result.output);
  });

  it('is cross-correlation: an asymmetric kernel is not flipped', () => {
    expect(conv1d([0, 0, 1, 0, 0], [1, 2, 3]).output).toEqual([3, 2, 1]);
  });

  it('rejects empty or non-finite input with codes', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ConvError);
        return (error as ConvError).code;
      }
      return undefined;
    };
    expect(codeOf(() => conv1d([], [1]))).toBe('empty-input');
    expect(codeOf(() => conv1d([1, 2], []))).toBe('invalid-kernel-size');
    expect(codeOf(() => conv1d([1, Number.NaN], [1]))).toBe('non-finite-value');
    expect(codeOf(() => conv1d([1, 2], [1, 2, 3]))).toBe('kernel-too-large');
    expect(codeOf(() => conv1d([1, 2, 3], [1], { stride: 0 }))).toBe('invalid-stride');
  });
});
