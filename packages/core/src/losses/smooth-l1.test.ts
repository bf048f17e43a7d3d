import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { HuberLoss } from './huber.js';
import { SmoothL1Loss } from './smooth-l1.js';

describe('SmoothL1Loss', () => {
  it('is Huber with δ = β, divided by β', () => {
    const residuals = [-7, -2.5, -0.3, 0, 0.9, 2.5, 4, 11];
    tf.tidy(() => {
      const y = tf.zeros([residuals.length]);
      const yHat = tf.tensor1d(residuals);
      for (const beta of [0.5, 2.5, 5]) {
        const smooth = new SmoothL1Loss({ beta }).perExample(y, yHat).dataSync();
        const huber = new HuberLoss({ delta: beta }).perExample(y, yHat).dataSync();
        smooth.forEach((value, i) => {
          expect(value).toBeCloseTo(huber[i]! / beta, 5);
        });
      }
    });
  });

  it('is ½r²/β below β and |r| − ½β from β on', () => {
    const values = tf.tidy(() =>
      Array.from(new SmoothL1Loss({ beta: 2 }).perExample(tf.zeros([3]), tf.tensor1d([1, -2, 6])).dataSync()),
    );
    expect(values).toEqual([0.25, 1, 5]);
  });

  it('rejects β ≤ 0, naming the option', () => {
    expect(() => new SmoothL1Loss({ beta: 0 })).toThrowError(
      expect.objectContaining({ code: 'invalid-option', option: 'beta', value: 0 }),
    );
  });

  it('shows β as its current number, or as a symbol when asked', () => {
    const loss = new SmoothL1Loss({ beta: 5 });
    expect(loss.formulaParts().term).toBe(
      '\\ell_i = \\begin{cases} \\frac{r_i^2}{2 \\cdot 5} & \\text{if } |r_i| < 5 \\\\ ' +
        '|r_i| - \\frac{5}{2} & \\text{otherwise} \\end{cases}, \\quad r_i = \\hat{y}_i - y_i',
    );
    expect(loss.formulaParts({ symbolic: true }).term).toContain('\\frac{r_i^2}{2\\beta}');
  });
});
