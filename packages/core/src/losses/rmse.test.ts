import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { RootMeanSquaredError } from './rmse.js';

describe('RootMeanSquaredError', () => {
  it('per example gives the squared errors, total the root of their mean', () => {
    const before = tf.memory().numTensors;
    const y = tf.tensor1d([1, 2, 3, 4]);
    const yHat = tf.tensor1d([2, 0, 3, 7]);
    const loss = new RootMeanSquaredError();
    const rows = loss.perExample(y, yHat);
    const total = loss.total(y, yHat);
    expect(Array.from(rows.dataSync())).toEqual([1, 4, 0, 9]);
    expect(total.dataSync()[0]).toBeCloseTo(Math.sqrt(14 / 4), 6);
    tf.dispose([y, yHat, rows, total]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it("ignores the 'half' convention: RMSE stays in the target's units", () => {
    const y = tf.tensor1d([10, 20, 30]);
    const yHat = tf.tensor1d([12, 18, 30]);
    const half = new RootMeanSquaredError({ convention: 'half' }).total(y, yHat);
    expect(half.dataSync()[0]).toBeCloseTo(Math.sqrt(8 / 3), 6);
    tf.dispose([y, yHat, half]);
  });

  it('is 0 with a finite gradient at an exact fit', () => {
    const y = tf.tensor1d([5, 6]);
    const loss = new RootMeanSquaredError();
    const total = loss.total(y, y);
    const grad = tf.grad((out: tf.Tensor) => loss.total(y, out))(y);
    expect(total.dataSync()[0]).toBe(0);
    expect(Array.from(grad.dataSync())).toEqual([0, 0]);
    tf.dispose([y, total, grad]);
  });

  it('writes the root over the mean in its formula', () => {
    expect(new RootMeanSquaredError().formulaParts().total).toBe(
      'L = \\sqrt{\\frac{1}{n}\\sum_{i=1}^{n} \\ell_i}',
    );
  });
});
