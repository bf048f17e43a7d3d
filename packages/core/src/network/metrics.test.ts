import { describe, expect, it } from 'vitest';
import { evaluateRows, stopReason } from './metrics.js';

describe('evaluateRows', () => {
  // No hidden layer, 1 input column … only the biases matter: the weights are 0.
  it('counts the confusion matrix [actual][predicted] and the accuracy; loss is the mean cross-entropy', () => {
    // Softmax over 3 classes, biases (0, 1, 0): every row is predicted class 1 with p = e/(e + 2).
    const params = [0, 0, 0, 0, 1, 0];
    const x = [0, 0, 0, 0];
    const y = [0, 1, 1, 2];
    const result = evaluateRows([1, 3], [], 2, 3, params, x, y);
    expect(result.confusion).toEqual([
      [0, 1, 0],
      [0, 2, 0],
      [0, 1, 0],
    ]);
    expect(result.accuracy).toBe(0.5);
    const logSum = Math.log(Math.E + 2);
    expect(result.loss).toBeCloseTo((2 * logSum + 2 * (logSum - 1)) / 4, 12);
  });

  it('uses p > ½ for a sigmoid output and reports NaN with no rows', () => {
    const result = evaluateRows([1, 1], [], 1, 2, [0, 0.2], [0, 0], [1, 0]);
    expect(result.confusion).toEqual([
      [0, 1],
      [0, 1],
    ]);
    expect(evaluateRows([1, 1], [], 1, 2, [0, 0.2], [], []).loss).toBeNaN();
  });
});

describe('stopReason', () => {
  it('stops at the target accuracy, on divergence, and when the loss has stopped moving', () => {
    expect(stopReason([0.5, 0.4], 1, { targetAccuracy: 1 })).toBe('target-accuracy');
    expect(stopReason([0.5, 0.4], 0.9, { targetAccuracy: 1 })).toBeNull();
    expect(stopReason([0.5, Number.NaN], 0.9, { targetAccuracy: 1 })).toBe('diverged');
    const flat = [1, 0.5, 0.30001, 0.30002, 0.3];
    expect(stopReason(flat, 0, { tolerance: 1e-3, window: 2 })).toBe('converged');
    expect(stopReason(flat, 0, { tolerance: 1e-3, window: 3 })).toBeNull();
  });
});
