import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { MeanError } from './mean-error.js';

describe('MeanError', () => {
  it('uses prediction minus truth: over-predictions positive, under-predictions negative', () => {
    const y = tf.tensor1d([10, 10]);
    const yHat = tf.tensor1d([13, 6]);
    const loss = new MeanError();
    const rows = loss.perExample(y, yHat);
    const total = loss.total(y, yHat);
    expect(Array.from(rows.dataSync())).toEqual([3, -4]);
    expect(total.dataSync()[0]).toBeCloseTo(-0.5, 6);
    tf.dispose([y, yHat, rows, total]);
  });

  it('can be driven below 0 without bound, which is why it is not a loss', () => {
    const y = tf.tensor1d([1, 2]);
    const far = tf.tensor1d([-1000, -1000]);
    const total = new MeanError().total(y, far);
    expect(total.dataSync()[0]).toBeCloseTo(-1001.5, 3);
    tf.dispose([y, far, total]);
  });

  it('writes ŷ − y in its formula', () => {
    expect(new MeanError().formulaParts().term).toBe('\\ell_i = \\hat{y}_i - y_i');
  });
});
