import { describe, expect, it } from 'vitest';
import { createRandom } from '../data/random.js';
import { tf } from '../tf.js';
import { type ConvLoss, convGradients, upsample } from './conv-gradients.js';
import { convGradientsTf } from './conv-tf.js';
import { type ConvolveOptions, convolve } from './conv-trace.js';

type V3 = number[][][];
type V4 = number[][][][];

/** The backward pass as a plain scatter loop: each tap sends g · weight to its input and g · input to its weight. */
function scatterGradients(input: V3, filters: V4, options: ConvolveOptions, loss: ConvLoss) {
  const trace = convolve(input, filters, options);
  const dPadded = trace.padded.map((plane) => plane.map((row) => row.map(() => 0)));
  const dUsed = trace.kernel.map((f) => f.map((s) => s.map((r) => r.map(() => 0))));
  for (const step of trace.steps) {
    const g = loss === 'half-square' ? step.sum : 1;
    for (const tap of step.taps) {
      dPadded[tap.channel]![tap.paddedRow]![tap.paddedCol]! += g * tap.weight;
      dUsed[step.outChannel]![tap.channel]![tap.kernelRow]![tap.kernelCol]! += g * tap.value;
    }
  }
  const [pr, pc] = trace.padding;
  const dInput = dPadded.map((plane) =>
    plane.slice(pr, plane.length - pr).map((row) => row.slice(pc, row.length - pc)),
  );
  const flip = (m: number[][]) => [...m].reverse().map((r) => [...r].reverse());
  const dKernel = options.flip ? dUsed.map((f) => f.map(flip)) : dUsed;
  return { dInput, dKernel };
}

const closeTo = (a: number[], b: number[], digits = 3) => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => {
    expect(v).toBeCloseTo(b[i]!, digits);
  });
};

describe('convolution gradients', () => {
  it('golden: (1, 2, 3, 4, 5) ⋆ (1, 0, −1) with L = Σ y: ∂L/∂k = (6, 9, 12), ∂L/∂x = (1, 1, 0, −1, −1)', () => {
    const sum = convGradients([[[1, 2, 3, 4, 5]]], [[[[1, 0, -1]]]], {}, 'sum');
    expect(sum.loss).toBe(-6);
    expect(sum.kernel).toEqual([[[[6, 9, 12]]]]);
    expect(sum.input).toEqual([[[1, 1, 0, -1, -1]]]);
    // L = Σ y²/2: the upstream gradient is y = (−2, −2, −2), so both gradients scale by −2.
    const half = convGradients([[[1, 2, 3, 4, 5]]], [[[[1, 0, -1]]]], {}, 'half-square');
    expect(half.loss).toBe(6);
    expect(half.upstream).toEqual([[[-2, -2, -2]]]);
    expect(half.kernel).toEqual([[[[-12, -18, -24]]]]);
    expect(half.input).toEqual([[[-2, -2, 0, 2, 2]]]);
  });

  it('tf.grad through tf.conv1d / tf.conv2d agrees with the hand forms (correlation; full convolution with the flipped kernel) and the scatter loop', async () => {
    const rng = createRandom('conv-grad');
    const before = tf.memory().numTensors;
    for (let trial = 0; trial < 24; trial++) {
      const oneD = trial % 2 === 0;
      const C = 1 + rng.int(2);
      const O = 1 + rng.int(2);
      const H = oneD ? 1 : 3 + rng.int(4);
      const W = 4 + rng.int(6);
      const kr = oneD ? 1 : 1 + rng.int(3);
      const kc = 1 + rng.int(3);
      const options: ConvolveOptions = {
        padding: [oneD ? 0 : rng.int(2), rng.int(3)],
        stride: [1 + rng.int(2), 1 + rng.int(3)],
        dilation: [1 + rng.int(2), 1 + rng.int(2)],
        flip: rng.int(2) === 1,
      };
      const [pr, pc] = options.padding as [number, number];
      const [dr, dc] = options.dilation as [number, number];
      if ((kr - 1) * dr + 1 > H + 2 * pr || (kc - 1) * dc + 1 > W + 2 * pc) continue;
      const loss: ConvLoss = rng.int(2) === 0 ? 'sum' : 'half-square';
      const input = Array.from({ length: C }, () =>
        Array.from({ length: H }, () => Array.from({ length: W }, () => (rng.int(9) - 4) / 2)),
      );
      const filters = Array.from({ length: O }, () =>
        Array.from({ length: C }, () =>
          Array.from({ length: kr }, () => Array.from({ length: kc }, () => rng.int(5) - 2)),
        ),
      );
      const hand = convGradients(input, filters, options, loss);
      const tfResult = await convGradientsTf(input, filters, options, loss);
      const scatter = scatterGradients(input, filters, options, loss);
      closeTo(tfResult.output.flat(2), hand.output.flat(2));
      expect(tfResult.loss).toBeCloseTo(hand.loss, 2);
      closeTo(tfResult.kernel.flat(3), hand.kernel.flat(3));
      closeTo(tfResult.input.flat(2), hand.input.flat(2));
      expect(hand.kernel).toEqual(scatter.dKernel);
      expect(hand.input).toEqual(scatter.dInput);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('central differences confirm ∂L/∂x and ∂L/∂k of Σ y²/2 (stride 2, padding 1, dilation 2)', () => {
    const x = [[[0.5, -1, 2, 1.5, -0.5, 3, 1]]];
    const k = [[[[1, -2, 0.5]]]];
    const options: ConvolveOptions = { padding: [0, 1], stride: [1, 2], dilation: [1, 2] };
    const L = (xv: V3, kv: V4) => convGradients(xv, kv, options, 'half-square').loss;
    const grads = convGradients(x, k, options, 'half-square');
    const h = 1e-6;
    x[0]![0]!.forEach((_, i) => {
      const plus = structuredClone(x);
      const minus = structuredClone(x);
      plus[0]![0]![i]! += h;
      minus[0]![0]![i]! -= h;
      expect((L(plus, k) - L(minus, k)) / (2 * h)).toBeCloseTo(grads.input[0]![0]![i]!, 5);
    });
    k[0]![0]![0]!.forEach((_, j) => {
      const plus = structuredClone(k);
      const minus = structuredClone(k);
      plus[0]![0]![0]![j]! += h;
      minus[0]![0]![0]![j]! -= h;
      expect((L(x, plus) - L(x, minus)) / (2 * h)).toBeCloseTo(grads.kernel[0]![0]![0]![j]!, 5);
    });
  });

  it('upsample inserts s − 1 zeros between neighbours', () => {
    expect(upsample([[1, 2, 3]], [1, 2])).toEqual([[1, 0, 2, 0, 3]]);
    expect(
      upsample(
        [
          [1, 2],
          [3, 4],
        ],
        [2, 1],
      ),
    ).toEqual([
      [1, 2],
      [0, 0],
      [3, 4],
    ]);
  });
});
