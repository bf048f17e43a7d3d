import { describe, expect, it } from 'vitest';
import { numericGradient } from '../autograd/numeric.js';
import { isLayeredModel } from '../models/dense.js';
import { MlpModel } from '../models/mlp.js';
import { tf } from '../tf.js';

const X = [
  [0.5, 12],
  [-1, 30],
  [2, -8],
  [0.25, 5],
  [-0.75, 20],
];
const Y = [1, -0.5, 0.25, 2, 0];

/** Float64 forward of a [2, 3, 1] tanh MLP with a normalisation between the layers, by hand. */
function handLoss(p: Record<string, number[]>, kind: 'batch' | 'layer', eps = 1e-5): number {
  const W1 = p.W1 as number[];
  const z = X.map((x) =>
    [0, 1, 2].map(
      (j) =>
        (x[0] as number) * (W1[j] as number) +
        (x[1] as number) * (W1[3 + j] as number) +
        (p.b1?.[j] as number),
    ),
  );
  const stats = (values: number[]) => {
    const mu = values.reduce((a, b) => a + b, 0) / values.length;
    return [mu, values.reduce((a, b) => a + (b - mu) ** 2, 0) / values.length] as const;
  };
  const normed = z.map((row, i) =>
    row.map((v, j) => {
      const [mu, variance] = kind === 'batch' ? stats(z.map((r) => r[j] as number)) : stats(z[i] as number[]);
      return (p.gamma1?.[j] as number) * ((v - mu) / Math.sqrt(variance + eps)) + (p.beta1?.[j] as number);
    }),
  );
  const out = normed.map((row) =>
    row.reduce((a, v, j) => a + Math.tanh(v) * (p.W2?.[j] as number), p.b2?.[0] as number),
  );
  return out.reduce((a, o, i) => a + (o - (Y[i] as number)) ** 2, 0) / out.length;
}

const INIT = {
  W1: [0.3, -0.8, 0.5, 0.05, 0.02, -0.04],
  b1: [0.1, 0, -0.2],
  gamma1: [1.2, 0.7, -0.9],
  beta1: [0.1, -0.3, 0.2],
  W2: [0.6, -1.1, 0.4],
  b2: [0.05],
};

describe('MlpModel with a normalisation layer', () => {
  it('adds gamma and beta after each hidden bias; γ starts at 1 and β at 0 under a seed', () => {
    const model = new MlpModel({ layers: [2, 4, 3, 1], normalization: 'batch', init: { seed: 3 } });
    expect(model.parameters.map((p) => p.name)).toEqual([
      'W1',
      'b1',
      'gamma1',
      'beta1',
      'W2',
      'b2',
      'gamma2',
      'beta2',
      'W3',
      'b3',
    ]);
    const values = model.readSync();
    expect(values.gamma1).toEqual([1, 1, 1, 1]);
    expect(values.beta2).toEqual([0, 0, 0]);
    // The shared weights are those of the plain network with the same seed.
    const plain = new MlpModel({ layers: [2, 4, 3, 1], init: { seed: 3 } });
    expect(plain.readSync().W2).toEqual(values.W2);
    // The batched loss landscape evaluates dense layers only: it must not take a normalised MLP for one.
    expect(isLayeredModel(plain)).toBe(true);
    expect(isLayeredModel(model)).toBe(false);
    plain.dispose();
    model.dispose();
  });

  for (const kind of ['batch', 'layer'] as const) {
    it(`${kind} norm: forward equals the float64 hand loop, and autodiff equals central differences`, () => {
      const before = tf.memory().numTensors;
      const model = new MlpModel({ layers: [2, 3, 1], hidden: 'tanh', normalization: kind, init: INIT });
      const Xt = tf.tensor2d(X);
      const Yt = tf.tensor1d(Y);
      const lossOf = () => tf.mean(tf.square(tf.sub(model.logits(Xt), Yt))) as tf.Scalar;
      const loss = tf.tidy(() => lossOf().dataSync()[0] as number);
      expect(loss).toBeCloseTo(handLoss(INIT, kind), 5);

      const variables = model.parameters.map((p) => p.variable);
      const analytic = tf.tidy(() => {
        const { grads } = tf.variableGrads(lossOf, variables);
        return model.parameters.map((p) => Array.from(grads[p.variable.name]!.dataSync()));
      });
      // Central differences of the float64 hand loss, parameter by parameter.
      const names = model.parameters.map((p) => p.name);
      const flat = names.flatMap((n) => INIT[n as keyof typeof INIT]);
      const unflatten = (v: number[]) => {
        const out: Record<string, number[]> = {};
        let k = 0;
        for (const n of names) {
          const size = INIT[n as keyof typeof INIT].length;
          out[n] = v.slice(k, k + size);
          k += size;
        }
        return out;
      };
      const numeric = numericGradient((v) => handLoss(unflatten(v), kind), flat, { epsilon: 1e-6 });
      analytic.flat().forEach((g, i) => {
        expect(Math.abs(g - (numeric[i] as number))).toBeLessThan(
          2e-4 * Math.max(1, Math.abs(numeric[i] as number)),
        );
      });
      tf.dispose([Xt, Yt]);
      model.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('batch norm: running statistics follow PyTorch (momentum 0.1, unbiased variance) and eval mode uses them', () => {
    const before = tf.memory().numTensors;
    // Identity-like first layer, so the batch statistics of z are those of X's columns.
    const init = { W1: [1, 0, 0, 1], b1: [0, 0], W2: [1, 1], b2: [0] };
    const model = new MlpModel({ layers: [2, 2, 1], hidden: 'tanh', normalization: 'batch', init });
    const Xt = tf.tensor2d([
      [1, 2],
      [3, 6],
      [5, 10],
      [7, 14],
    ]);
    model.updateRunningStatistics(Xt);
    const layer = model.normalizationLayers[0]!;
    const first = layer.readRunningSync()!;
    expect(first.mean[0]).toBeCloseTo(0.4, 5);
    expect(first.mean[1]).toBeCloseTo(0.8, 5);
    expect(first.variance[0]).toBeCloseTo(0.9 + 0.1 * (20 / 3), 5);
    expect(first.variance[1]).toBeCloseTo(0.9 + 0.1 * (80 / 3), 5);
    model.updateRunningStatistics(Xt);
    expect(layer.readRunningSync()!.mean[0]).toBeCloseTo(0.9 * 0.4 + 0.4, 5);

    // Eval mode normalises one example with the running statistics; train mode refuses a batch of 1.
    const one = tf.tensor2d([[3, 6]]);
    model.mode = 'eval';
    const running = layer.readRunningSync()!;
    const evalOut = tf.tidy(() => model.logits(one).dataSync()[0] as number);
    const expected = [3, 6].reduce(
      (a, v, j) =>
        a + Math.tanh((v - (running.mean[j] as number)) / Math.sqrt((running.variance[j] as number) + 1e-5)),
      0,
    );
    expect(evalOut).toBeCloseTo(expected, 5);
    model.mode = 'train';
    expect(() => tf.tidy(() => model.logits(one))).toThrow(/at least 2/);
    model.resetRunningStatistics();
    expect(layer.readRunningSync()).toEqual({ mean: [0, 0], variance: [1, 1] });
    tf.dispose([Xt, one]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trainingLogits inside variableGrads: the gradients of logits, and the running statistics of updateRunningStatistics, in one pass', () => {
    const before = tf.memory().numTensors;
    const make = () => new MlpModel({ layers: [2, 3, 3, 1], normalization: 'batch', init: { seed: 7 } });
    const [onePass, twoPasses] = [make(), make()];
    const X = tf.tensor2d([
      [1, 20],
      [-2, 35],
      [0.5, 12],
      [3, 28],
      [-1, 17],
    ]);
    const y = tf.tensor1d([0.5, -1, 2, 0, 1]);
    const loss = (logits: tf.Tensor) => tf.mean(tf.square(tf.sub(logits, y))) as tf.Scalar;
    const grads = (model: MlpModel, forward: () => tf.Tensor) =>
      tf.variableGrads(
        () => loss(forward()),
        model.parameters.map((p) => p.variable),
      );
    const a = grads(onePass, () => onePass.trainingLogits(X));
    const b = grads(twoPasses, () => twoPasses.logits(X));
    twoPasses.updateRunningStatistics(X);
    expect(a.value.dataSync()[0]).toBe(b.value.dataSync()[0]);
    for (const p of twoPasses.parameters) {
      const other = onePass.parameters.find((q) => q.name === p.name)!;
      expect(Array.from(a.grads[other.variable.name]!.dataSync())).toEqual(
        Array.from(b.grads[p.variable.name]!.dataSync()),
      );
    }
    for (let l = 0; l < 2; l++) {
      const running = onePass.normalizationLayers[l]!.readRunningSync()!;
      expect(running).toEqual(twoPasses.normalizationLayers[l]!.readRunningSync());
      expect(running.mean.some((m) => m !== 0)).toBe(true);
    }
    // The mode it was in is kept.
    expect(onePass.mode).toBe('train');
    tf.dispose([X, y, a.value, b.value, ...Object.values(a.grads), ...Object.values(b.grads)]);
    onePass.dispose();
    twoPasses.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('layer norm works on a batch of one and keeps no running statistics', () => {
    const model = new MlpModel({
      layers: [2, 2, 1],
      hidden: 'tanh',
      normalization: 'layer',
      init: { W1: [1, 0, 0, 1], W2: [1, 1] },
    });
    const one = tf.tensor2d([[1, 2]]);
    // Row (1, 2) → (−1, 1) to four decimals; tanh(−1) + tanh(1) = 0.
    expect(tf.tidy(() => model.logits(one).dataSync()[0] as number)).toBeCloseTo(0, 4);
    expect(model.normalizationLayers[0]!.readRunningSync()).toBeUndefined();
    one.dispose();
    model.dispose();
  });

  it('rejects an unknown normalisation with a code', () => {
    expect(() => new MlpModel({ layers: [2, 2, 1], normalization: 'weight' as never })).toThrow(
      /Normalisation must be/,
    );
  });
});
