import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { conv2d } from './conv2d.js';
import { ConvError } from './errors.js';

function tfConv2d(
  input: number[][],
  kernel: number[][],
  padding: [number, number],
  stride: [number, number],
) {
  return tf.tidy(() => {
    const H = input.length;
    const W = input[0]?.length ?? 0;
    const x = tf.pad(tf.tensor4d(input.flat(), [1, H, W, 1]), [
      [0, 0],
      [padding[0], padding[0]],
      [padding[1], padding[1]],
      [0, 0],
    ]) as tf.Tensor4D;
    const k = tf.tensor4d(kernel.flat(), [kernel.length, kernel[0]?.length ?? 0, 1, 1]);
    const y = tf.conv2d(x, k, stride, 'valid');
    return { shape: y.shape.slice(1, 3), values: Array.from(y.dataSync()) };
  });
}

describe('conv2d', () => {
  it('matches tf.conv2d over random matrices, kernels, paddings and strides', () => {
    const rng = createRandom('conv2d');
    const before = tf.memory().numTensors;
    for (let trial = 0; trial < 20; trial++) {
      const H = 3 + rng.int(6);
      const W = 3 + rng.int(6);
      const kh = 1 + rng.int(3);
      const kw = 1 + rng.int(3);
      const padding: [number, number] = [rng.int(2), rng.int(2)];
      const stride: [number, number] = [1 + rng.int(2), 1 + rng.int(2)];
      const input = Array.from({ length: H }, () => Array.from({ length: W }, () => rng.int(9) - 4));
      const kernel = Array.from({ length: kh }, () => Array.from({ length: kw }, () => rng.int(5) - 2));
      const ours = conv2d(input, kernel, { padding, stride });
      const theirs = tfConv2d(input, kernel, padding, stride);
      expect([ours.output.length, ours.output[0]?.length]).toEqual(theirs.shape);
      expect(ours.output.flat()).toEqual(theirs.values);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('traces each window: a vertical-edge kernel on a step image', () => {
    const image = [
      [0, 0, 1, 1],
      [0, 0, 1, 1],
      [0, 0, 1, 1],
    ];
    const kernel = [
      [-1, 1],
      [-1, 1],
    ];
    const result = conv2d(image, kernel);
    expect(result.output).toEqual([
      [0, 2, 0],
      [0, 2, 0],
    ]);
    const step = result.steps[1];
    expect(step).toMatchObject({ row: 0, col: 1, top: 0, left: 1, sum: 2 });
    expect(step?.window).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(step?.products).toEqual([
      [-0, 1],
      [-0, 1],
    ]);
    expect(result.steps.length).toBe(6);
  });

  it('pads with zeros on every side and keeps a 28 × 28 image at 28 × 28 for k = 5, p = 2', () => {
    const image = Array.from({ length: 28 }, (_, r) => Array.from({ length: 28 }, (_, c) => (r + c) % 3));
    const kernel = Array.from({ length: 5 }, () => new Array<number>(5).fill(1));
    const result = conv2d(image, kernel, { padding: 2 });
    expect(result.padded.length).toBe(32);
    expect(result.padded[0]?.every((v) => v === 0)).toBe(true);
    expect(result.output.length).toBe(28);
    expect(result.output[0]?.length).toBe(28);
    // Top-left output: the 3 × 3 real corner under the kernel.
    const corner = [0, 1, 2].reduce((s, r) => s + [0, 1, 2].reduce((t, c) => t + ((r + c) % 3), 0), 0);
    expect(result.output[0]?.[0]).toBe(corner);
  });

  it('rejects ragged or empty matrices with codes', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ConvError);
        return (error as ConvError).code;
      }
      return undefined;
    };
    expect(codeOf(() => conv2d([[1, 2], [3]], [[1]]))).toBe('ragged-matrix');
    expect(codeOf(() => conv2d([], [[1]]))).toBe('empty-input');
    expect(codeOf(() => conv2d([[1, 2]], [[1], [1]]))).toBe('kernel-too-large');
    expect(codeOf(() => conv2d([[1, Number.POSITIVE_INFINITY]], [[1]]))).toBe('non-finite-value');
  });
});
