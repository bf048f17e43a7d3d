import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { ModelError } from './errors.js';
import { LinearModel } from './linear.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as ModelError).code;
  }
  return undefined;
}

describe('LinearModel', () => {
  it('starts at zeros, with w [m] and b [1] in that order', () => {
    const model = new LinearModel({ features: 3 });
    expect(model.kind).toBe('linear');
    expect(model.featureCount).toBe(3);
    expect(model.outputSize).toBe(1);
    expect(model.parameters.map((p) => [p.name, p.shape])).toEqual([
      ['w', [3]],
      ['b', [1]],
    ]);
    expect(model.readSync()).toEqual({ w: [0, 0, 0], b: [0] });
    model.dispose();
  });

  it('reads back what it was given, sync and async, and assign changes only the listed parameters', async () => {
    const model = new LinearModel({ features: 2, init: { w: [1.5, -2] } });
    expect(model.readSync()).toEqual({ w: [1.5, -2], b: [0] });
    model.assign({ b: [7] });
    expect(await model.read()).toEqual({ w: [1.5, -2], b: [7] });
    model.dispose();
  });

  it('predicts Xw + b like a hand-built tf expression', () => {
    const model = new LinearModel({ features: 2, init: { w: [0.5, -1.25], b: [3] } });
    const X = tf.tensor2d([
      [1, 2],
      [3, -4],
      [0.5, 0.25],
    ]);
    const y = model.predict(X);
    const expected = tf.tidy(() => tf.add(tf.reshape(tf.matMul(X, tf.tensor2d([[0.5], [-1.25]])), [3]), 3));
    expect(Array.from(y.dataSync())).toEqual(Array.from(expected.dataSync()));
    tf.dispose([X, y, expected]);
    model.dispose();
  });

  it('rejects bad input with typed error codes and leaves parameters unchanged', () => {
    const model = new LinearModel({ features: 2, init: { w: [1, 2], b: [3] } });
    expect(codeOf(() => model.assign({ w: [1] }))).toBe('parameter-length-mismatch');
    expect(codeOf(() => model.assign({ w: [9, 9], b: [Number.NaN] }))).toBe('non-finite-parameter');
    expect(codeOf(() => model.assign({ v: [1] }))).toBe('unknown-parameter');
    expect(model.readSync()).toEqual({ w: [1, 2], b: [3] });
    const X = tf.tensor2d([[1, 2, 3]]);
    expect(codeOf(() => model.predict(X))).toBe('input-shape-mismatch');
    X.dispose();
    expect(codeOf(() => new LinearModel({ features: 0 }))).toBe('invalid-feature-count');
    expect(codeOf(() => new LinearModel({ features: 2, init: { w: [1, 2, 3] } }))).toBe(
      'parameter-length-mismatch',
    );
    expect(codeOf(() => new LinearModel({ features: 2, init: 'ones' as never }))).toBe('invalid-init');
    model.dispose();
    expect(codeOf(() => model.readSync())).toBe('model-disposed');
  });

  it('frees every variable on dispose and leaks nothing in assign/read', async () => {
    const before = tf.memory().numTensors;
    const model = new LinearModel({ features: 4, init: { seed: 3 } });
    expect(tf.memory().numTensors).toBe(before + 2);
    model.assign({ w: [1, 2, 3, 4], b: [5] });
    model.readSync();
    await model.read();
    expect(tf.memory().numTensors).toBe(before + 2);
    model.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('two models on one page get distinct variables', () => {
    const a = new LinearModel({ features: 1, init: { w: [1] } });
    const b = new LinearModel({ features: 1, init: { w: [2] } });
    expect(a.parameters[0]?.variable.name).not.toBe(b.parameters[0]?.variable.name);
    expect(a.readSync().w).toEqual([1]);
    expect(b.readSync().w).toEqual([2]);
    a.dispose();
    b.dispose();
  });
});
