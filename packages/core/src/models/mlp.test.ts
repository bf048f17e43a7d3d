import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { ModelError } from './errors.js';
import { MlpModel } from './mlp.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as ModelError).code;
  }
  return undefined;
}

describe('MlpModel', () => {
  it('names parameters W1, b1, W2, b2 with [in, out] shapes', () => {
    const model = new MlpModel({ layers: [2, 8, 1] });
    expect(model.parameters.map((p) => [p.name, p.shape])).toEqual([
      ['W1', [2, 8]],
      ['b1', [8]],
      ['W2', [8, 1]],
      ['b2', [1]],
    ]);
    model.dispose();
  });

  it('computes the forward pass by hand: tanh hidden layer, sigmoid output', () => {
    const init = { W1: [1, -1, 0.5, 2], b1: [0, 0.5], W2: [1.5, -2], b2: [0.25] };
    const model = new MlpModel({ layers: [2, 2, 1], hidden: 'tanh', output: 'sigmoid', init });
    const X = tf.tensor2d([[0.3, -0.7]]);
    const h0 = Math.tanh(0.3 * 1 + -0.7 * 0.5 + 0);
    const h1 = Math.tanh(0.3 * -1 + -0.7 * 2 + 0.5);
    const z = 1.5 * h0 - 2 * h1 + 0.25;
    const logits = model.logits(X);
    const p = model.predict(X);
    expect(logits.shape).toEqual([1]);
    expect(logits.dataSync()[0]).toBeCloseTo(z, 5);
    expect(p.dataSync()[0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
    tf.dispose([X, logits, p]);
    model.dispose();
  });

  it('ReLU hidden units zero negative pre-activations; softmax output is [n, k]', () => {
    const init = { W1: [1, -1], b1: [0, 0], W2: [1, 0, 0, 1], b2: [0, 0] };
    const model = new MlpModel({ layers: [1, 2, 2], hidden: 'relu', output: 'softmax', init });
    const X = tf.tensor2d([[2], [-3]]);
    const z = model.logits(X).arraySync() as number[][];
    expect(z).toEqual([
      [2, 0],
      [0, 3],
    ]);
    const p = tf.tidy(() => model.predict(X).arraySync()) as number[][];
    expect(p[0]?.[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 6);
    tf.dispose(X);
    model.dispose();
  });

  it('seeded init is reproducible, seed-dependent, zero-bias, and scaled He for ReLU', () => {
    const a = new MlpModel({ layers: [200, 100, 1], init: { seed: 7 } });
    const b = new MlpModel({ layers: [200, 100, 1], init: { seed: 7 } });
    const c = new MlpModel({ layers: [200, 100, 1], init: { seed: 8 } });
    const va = a.readSync();
    expect(b.readSync()).toEqual(va);
    expect(c.readSync().W1).not.toEqual(va.W1);
    expect(va.b1?.every((v) => v === 0)).toBe(true);
    const w1 = va.W1 as number[];
    const sd = Math.sqrt(w1.reduce((s, v) => s + v * v, 0) / w1.length);
    // He: √(2/200) = 0.1; 20,000 draws put the sample sd within a few percent.
    expect(sd).toBeGreaterThan(0.095);
    expect(sd).toBeLessThan(0.105);
    const w2 = va.W2 as number[];
    const sd2 = Math.sqrt(w2.reduce((s, v) => s + v * v, 0) / w2.length);
    // Output layer uses Glorot: √(2/101) ≈ 0.141 (100 draws: loose bounds).
    expect(sd2).toBeGreaterThan(0.1);
    expect(sd2).toBeLessThan(0.18);
    for (const m of [a, b, c]) m.dispose();
  });

  it('rejects bad layer sizes and activations with codes; leaks nothing', () => {
    const before = tf.memory().numTensors;
    expect(codeOf(() => new MlpModel({ layers: [2] }))).toBe('invalid-layer-sizes');
    expect(codeOf(() => new MlpModel({ layers: [2, 0, 1] }))).toBe('invalid-layer-sizes');
    expect(codeOf(() => new MlpModel({ layers: [2, 3, 1], output: 'softmax' }))).toBe('invalid-layer-sizes');
    expect(codeOf(() => new MlpModel({ layers: [2, 3, 1], hidden: 'gelu' as never }))).toBe(
      'invalid-activation',
    );
    expect(codeOf(() => new MlpModel({ layers: [2, 3, 1], init: { W9: [1] } }))).toBe('unknown-parameter');
    const model = new MlpModel({ layers: [3, 5, 4, 2], output: 'softmax' });
    const X = tf.ones([6, 3]) as tf.Tensor2D;
    const y = model.predict(X);
    expect(y.shape).toEqual([6, 2]);
    tf.dispose([X, y]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
