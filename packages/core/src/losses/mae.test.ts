import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { MeanAbsoluteError } from './mae.js';
import { MeanSquaredError } from './mse.js';

describe('MeanAbsoluteError', () => {
  it('weighs an outlier linearly where MSE weighs it quadratically', () => {
    const y = tf.tensor1d([0, 0, 0, 0]);
    const yHat = tf.tensor1d([1, -1, 1, 100]);
    const mae = new MeanAbsoluteError().total(y, yHat);
    const mse = new MeanSquaredError().total(y, yHat);
    expect(mae.dataSync()[0]).toBeCloseTo(103 / 4, 5);
    expect(mse.dataSync()[0]).toBeCloseTo(10003 / 4, 2);
    tf.dispose([y, yHat, mae, mse]);
  });

  it('has gradient 0 at a zero error (the subgradient autodiff picks)', () => {
    const y = tf.tensor1d([3]);
    const grad = tf.grad((out: tf.Tensor) => new MeanAbsoluteError().total(y, out))(y);
    expect(grad.dataSync()[0]).toBe(0);
    tf.dispose([y, grad]);
  });

  it('writes |ŷ − y| in its formula', () => {
    expect(new MeanAbsoluteError().formulaParts().term).toBe('\\ell_i = |\\hat{y}_i - y_i|');
  });
});
