import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { HuberLoss } from './huber.js';

function perRow(loss: HuberLoss, residuals: number[]): number[] {
  return tf.tidy(() => {
    const y = tf.zeros([residuals.length]);
    return Array.from(loss.perExample(y, tf.tensor1d(residuals)).dataSync());
  });
}

describe('HuberLoss', () => {
  it('is ½r² up to δ and δ(|r| − ½δ) beyond, meeting at |r| = δ', () => {
    const loss = new HuberLoss({ delta: 2 });
    expect(perRow(loss, [-3, -2, 1, 2, 5])).toEqual([4, 2, 0.5, 2, 8]);
  });

  it('defaults to δ = 1 and reads a changed δ at the next evaluation', () => {
    const loss = new HuberLoss();
    expect(loss.options.delta).toBe(1);
    expect(perRow(loss, [3])).toEqual([2.5]);
    loss.options.delta = 4;
    expect(perRow(loss, [3])).toEqual([4.5]);
  });

  it('rejects δ ≤ 0 or not finite, naming the option', () => {
    for (const delta of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new HuberLoss({ delta })).toThrowError(
        expect.objectContaining({ code: 'invalid-option', option: 'delta' }),
      );
    }
    const loss = new HuberLoss();
    loss.options.delta = -2;
    const before = tf.memory().numTensors;
    expect(() => perRow(loss, [1])).toThrowError(
      expect.objectContaining({ code: 'invalid-option', option: 'delta' }),
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('shows δ as its current number, or as a symbol when asked', () => {
    const loss = new HuberLoss({ delta: 4 });
    expect(loss.formulaParts().term).toBe(
      '\\ell_i = \\begin{cases} \\tfrac{1}{2} r_i^2 & \\text{if } |r_i| \\le 4 \\\\ ' +
        '4\\,(|r_i| - \\tfrac{1}{2}\\cdot 4) & \\text{otherwise} \\end{cases}, \\quad r_i = \\hat{y}_i - y_i',
    );
    expect(loss.formula({ symbolic: true })).toContain('\\delta\\,(|r_i| - \\tfrac{1}{2}\\delta)');
    loss.options.delta = 0.00015;
    expect(loss.formula()).toContain('|r_i| \\le 0.00015');
    loss.options.delta = 1e-7;
    expect(loss.formula()).toContain('|r_i| \\le 1 \\times 10^{-7}');
  });
});
