import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { conv1d } from './conv1d.js';
import { outputSize } from './output-size.js';

describe('convolution (curriculum C.7)', () => {
  it('[1, 2, 3, 4, 5] ⋆ [1, 0, −1] = [−2, −2, −2], with its trace', () => {
    const result = conv1d([1, 2, 3, 4, 5], [1, 0, -1]);
    expect(result.output).toEqual([-2, -2, -2]);
    expect(result.steps[0]).toEqual({
      index: 0,
      start: 0,
      inputStart: 0,
      positions: [0, 1, 2],
      window: [1, 2, 3],
      kernel: [1, 0, -1],
      products: [1, 0, -3],
      sum: -2,
    });
    expect(result.steps[2]?.window).toEqual([3, 4, 5]);
  });

  it('tf.conv1d agrees (cross-correlation, kernel not flipped)', async () => {
    const before = tf.memory().numTensors;
    const x = tf.tensor3d([1, 2, 3, 4, 5], [1, 5, 1]);
    const k = tf.tensor3d([1, 0, -1], [3, 1, 1]);
    const y = tf.conv1d(x, k, 1, 'valid');
    expect(Array.from(await y.data())).toEqual([-2, -2, -2]);
    tf.dispose([x, k, y]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('output sizes ⌊(n + 2p − k)/s⌋ + 1', () => {
    expect(outputSize({ input: 5, kernel: 3, padding: 0, stride: 1 })).toBe(3);
    expect(outputSize({ input: 7, kernel: 3, padding: 1, stride: 2 })).toBe(4);
    expect(outputSize({ input: 28, kernel: 5, padding: 2, stride: 1 })).toBe(28);
  });
});
