import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { LossError } from './errors.js';
import { MeanSquaredError } from './mse.js';

describe('MeanSquaredError', () => {
  it("defaults to the 'mean' convention and reads a changed convention at the next evaluation", () => {
    const mse = new MeanSquaredError();
    expect(mse.options.convention).toBe('mean');
    const y = tf.tensor1d([0, 0]);
    const yHat = tf.tensor1d([2, 4]);
    const mean = mse.total(y, yHat);
    mse.options.convention = 'half';
    const half = mse.total(y, yHat);
    expect(mean.dataSync()[0]).toBeCloseTo(10, 6); // (4 + 16) / 2
    expect(half.dataSync()[0]).toBeCloseTo(5, 6); // (2 + 8) / 2
    tf.dispose([y, yHat, mean, half]);
  });

  it('accepts [n, 1] columns as well as [n] vectors', () => {
    const y = tf.tensor2d([[10], [20], [30]]);
    const yHat = tf.tensor2d([[12], [18], [30]]);
    const rows = new MeanSquaredError().perExample(y, yHat);
    expect(rows.shape).toEqual([3]);
    expect(Array.from(rows.dataSync())).toEqual([4, 4, 0]);
    tf.dispose([y, yHat, rows]);
  });

  it('shows the ½ in its formula only under the half convention', () => {
    expect(new MeanSquaredError().formula()).toBe(
      '\\ell_i = (\\hat{y}_i - y_i)^2, \\qquad L = \\frac{1}{n}\\sum_{i=1}^{n} \\ell_i',
    );
    expect(new MeanSquaredError({ convention: 'half' }).formulaParts().term).toBe(
      '\\ell_i = \\tfrac{1}{2}(\\hat{y}_i - y_i)^2',
    );
  });

  it('rejects an unknown convention, at construction and after a change', () => {
    const bad = { convention: 'sum' } as unknown as { convention: 'mean' };
    expect(() => new MeanSquaredError(bad)).toThrowError(
      expect.objectContaining({ code: 'invalid-option', option: 'convention', value: 'sum' }),
    );
    const mse = new MeanSquaredError();
    Object.assign(mse.options, bad);
    const y = tf.tensor1d([1]);
    const before = tf.memory().numTensors;
    expect(() => mse.total(y, y)).toThrow(LossError);
    expect(tf.memory().numTensors).toBe(before);
    y.dispose();
  });

  it('rejects mismatched shapes and empty inputs with typed errors', () => {
    const a = tf.tensor1d([1, 2, 3]);
    const b = tf.tensor1d([1, 2]);
    const empty = tf.tensor1d([]);
    const matrix = tf.tensor2d([
      [1, 2],
      [3, 4],
    ]);
    const mse = new MeanSquaredError();
    expect(() => mse.perExample(a, b)).toThrowError(
      expect.objectContaining({ code: 'shape-mismatch', actual: '[3] and [2]' }),
    );
    expect(() => mse.total(matrix, matrix)).toThrowError(expect.objectContaining({ code: 'shape-mismatch' }));
    expect(() => mse.total(empty, empty)).toThrowError(expect.objectContaining({ code: 'empty' }));
    tf.dispose([a, b, empty, matrix]);
  });
});
