import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { convolve, flipKernel } from './conv-trace.js';
import { ConvError } from './errors.js';

const vec = (values: number[]) => [[values]];
const ker = (values: number[]) => [[[values]]];

/** tf.conv2d on NHWC data, explicitly zero-padded: the oracle for multi-channel layers. */
function tfLayer(
  input: number[][][],
  filters: number[][][][],
  padding: [number, number],
  stride: [number, number],
  dilation: [number, number],
): number[][][] {
  const C = input.length;
  const H = input[0]!.length;
  const W = input[0]![0]!.length;
  const O = filters.length;
  const kr = filters[0]![0]!.length;
  const kc = filters[0]![0]![0]!.length;
  return tf.tidy(() => {
    const x = tf.tensor4d(
      Array.from(
        { length: H * W * C },
        (_, t) => input[t % C]![Math.floor(t / (W * C))]![Math.floor(t / C) % W]!,
      ),
      [1, H, W, C],
    );
    const k = tf.tensor4d(
      Array.from({ length: kr * kc * C * O }, (_, t) => {
        const o = t % O;
        const c = Math.floor(t / O) % C;
        const b = Math.floor(t / (O * C)) % kc;
        const a = Math.floor(t / (O * C * kc));
        return filters[o]![c]![a]![b]!;
      }),
      [kr, kc, C, O],
    );
    const xp = tf.pad(x, [
      [0, 0],
      [padding[0], padding[0]],
      [padding[1], padding[1]],
      [0, 0],
    ]);
    const y = tf.conv2d(xp, k, stride, 'valid', 'NHWC', dilation);
    const [, Ho, Wo] = y.shape;
    const data = y.dataSync();
    return Array.from({ length: O }, (_, o) =>
      Array.from({ length: Ho }, (_r, i) =>
        Array.from({ length: Wo }, (_c, j) => data[(i * Wo + j) * O + o]!),
      ),
    );
  });
}

describe('convolve (curriculum C.7 golden values)', () => {
  it('(1, 2, 3, 4, 5) with (1, 0, −1): (−2, −2, −2); padding 1: (−2, −2, −2, −2, 4); padding 1, stride 2: (−2, −2, 4)', () => {
    expect(convolve(vec([1, 2, 3, 4, 5]), ker([1, 0, -1])).output).toEqual([[[-2, -2, -2]]]);
    const padded = convolve(vec([1, 2, 3, 4, 5]), ker([1, 0, -1]), { padding: [0, 1] });
    expect(padded.output).toEqual([[[-2, -2, -2, -2, 4]]]);
    const strided = convolve(vec([1, 2, 3, 4, 5]), ker([1, 0, -1]), { padding: [0, 1], stride: [1, 2] });
    expect(strided.output).toEqual([[[-2, -2, 4]]]);
    expect(strided.outCols).toBe(3);
  });

  it('traces each output: receptive field, products and sum (last window of padding 1, stride 2)', () => {
    const result = convolve(vec([1, 2, 3, 4, 5]), ker([1, 0, -1]), { padding: [0, 1], stride: [1, 2] });
    const last = result.steps[2]!;
    expect(last.taps.map((t) => t.paddedCol)).toEqual([4, 5, 6]);
    expect(last.taps.map((t) => t.value)).toEqual([4, 5, 0]);
    expect(last.taps.map((t) => t.product)).toEqual([4, 0, -0]);
    expect(last.sum).toBe(4);
  });

  it('the 4 × 4 input 1 … 16 with the vertical-edge kernel gives a 2 × 2 output of −6', () => {
    const input = [[0, 1, 2, 3].map((r) => [1, 2, 3, 4].map((c) => r * 4 + c))];
    const edge = [
      [
        [1, 0, -1],
        [1, 0, -1],
        [1, 0, -1],
      ],
    ];
    const result = convolve(input, [edge]);
    expect(result.output).toEqual([
      [
        [-6, -6],
        [-6, -6],
      ],
    ]);
    expect(result.steps[0]!.taps.map((t) => t.value)).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11]);
  });

  it('matches tf.conv2d for several input and output channels, padding, stride and dilation', () => {
    const rng = createRandom('conv-trace');
    const before = tf.memory().numTensors;
    for (let trial = 0; trial < 25; trial++) {
      const C = 1 + rng.int(3);
      const O = 1 + rng.int(3);
      const H = 4 + rng.int(5);
      const W = 4 + rng.int(5);
      const kr = 1 + rng.int(3);
      const kc = 1 + rng.int(3);
      const padding: [number, number] = [rng.int(2), rng.int(2)];
      // tfjs wants stride or dilation to be 1 per op.
      const strided = rng.int(2) === 0;
      const stride: [number, number] = strided ? [1 + rng.int(2), 1 + rng.int(2)] : [1, 1];
      const dilation: [number, number] = strided ? [1, 1] : [1 + rng.int(2), 1 + rng.int(2)];
      if ((kr - 1) * dilation[0] + 1 > H + 2 * padding[0] || (kc - 1) * dilation[1] + 1 > W + 2 * padding[1])
        continue;
      const input = Array.from({ length: C }, () =>
        Array.from({ length: H }, () => Array.from({ length: W }, () => rng.int(9) - 4)),
      );
      const filters = Array.from({ length: O }, () =>
        Array.from({ length: C }, () =>
          Array.from({ length: kr }, () => Array.from({ length: kc }, () => rng.int(5) - 2)),
        ),
      );
      const ours = convolve(input, filters, { padding, stride, dilation }).output;
      expect(ours).toEqual(tfLayer(input, filters, padding, stride, dilation));
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('flip computes true convolution: y[i] = Σ_j x[i + k − 1 − j] k[j] (a hand loop)', () => {
    const x = [3, -1, 4, 1, -5, 9, 2];
    const k = [2, 7, -1];
    const hand = Array.from({ length: x.length - k.length + 1 }, (_, i) =>
      k.reduce((s, w, j) => s + x[i + k.length - 1 - j]! * w, 0),
    );
    expect(convolve(vec(x), ker(k), { flip: true }).output[0]![0]).toEqual(hand);
    // An impulse returns the kernel itself under convolution and reversed under correlation.
    expect(convolve(vec([0, 0, 1, 0, 0]), ker([1, 2, 3]), { flip: true }).output[0]![0]).toEqual([1, 2, 3]);
    expect(convolve(vec([0, 0, 1, 0, 0]), ker([1, 2, 3])).output[0]![0]).toEqual([3, 2, 1]);
    expect(
      flipKernel([
        [1, 2],
        [3, 4],
      ]),
    ).toEqual([
      [4, 3],
      [2, 1],
    ]);
  });

  it('refuses shapes that do not fit, with codes', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ConvError);
        return (error as ConvError).code;
      }
      return undefined;
    };
    expect(
      codeOf(() =>
        convolve(
          [
            [
              [1, 2],
              [3, 4],
            ],
          ],
          [[[[1]], [[1]]]],
        ),
      ),
    ).toBe('channel-mismatch');
    expect(codeOf(() => convolve(vec([1, 2]), ker([1, 2, 3])))).toBe('kernel-too-large');
    expect(codeOf(() => convolve(vec([1, 2, 3]), ker([1]), { stride: 0 }))).toBe('invalid-stride');
    expect(codeOf(() => convolve([[[1, 2], [3]]], ker([1])))).toBe('ragged-matrix');
  });
});
