import { describe, expect, it } from 'vitest';
import type { LossId } from './loss.js';
import { checkLossData } from './validate.js';

const fails = (id: LossId, truth: unknown, predicted: unknown, expected: Record<string, unknown>) =>
  expect(() => checkLossData(id, truth, predicted)).toThrowError(expect.objectContaining(expected));

describe('checkLossData', () => {
  it('rejects unknown ids, empty lists and mismatched lengths', () => {
    fails('hinge' as LossId, [1], [1], { code: 'unknown-loss' });
    fails('mse', [], [], { code: 'empty', input: 'truth' });
    fails('mse', [1], [], { code: 'empty', input: 'prediction' });
    fails('mae', [1, 2, 3], [1, 2], { code: 'length-mismatch', expected: '3', actual: '2' });
  });

  it('names the row (from 1 in the message, from 0 in `row`) of a NaN or infinite value', () => {
    fails('mse', [1, 2, 3], [1, Number.NaN, 3], {
      code: 'not-finite',
      input: 'prediction',
      row: 1,
      message: 'The prediction in row 2 must be a finite number; got NaN.',
    });
    fails('huber', [1, Number.POSITIVE_INFINITY], [1, 2], { code: 'not-finite', input: 'truth', row: 1 });
    fails('mse', [1, 2], [1, [2]], { code: 'shape-mismatch', input: 'prediction', row: 1 });
  });

  it('requires 0/1 targets and probabilities in [0, 1] for BCE', () => {
    fails('bce', [1, 0.5], [0.2, 0.3], {
      code: 'target-not-binary',
      row: 1,
      value: 0.5,
      message: 'Loss "bce" needs every truth value to be 0 or 1; row 2 is 0.5.',
    });
    fails('bce-logits', [2], [0.3], { code: 'target-not-binary', row: 0 });
    fails('bce', [1, 0, 1], [0.2, 1.2, 0.5], { code: 'probability-out-of-range', row: 1, value: 1.2 });
    fails('bce', [1], [-0.1], { code: 'probability-out-of-range', row: 0 });
    // Logits may be any finite number; the ends 0 and 1 are valid probabilities.
    expect(checkLossData('bce-logits', [1, 0], [-40, 7.5])).toEqual({
      layout: 'elementwise',
      targets: [1, 0],
      outputs: [-40, 7.5],
    });
    expect(checkLossData('bce', [1, 0], [0, 1]).layout).toBe('elementwise');
  });

  it('requires one-hot rows (or class indices) and normalised probabilities for CCE', () => {
    const p = [
      [0.7, 0.2, 0.1],
      [0.1, 0.1, 0.8],
    ];
    fails(
      'cce',
      [
        [1, 0, 0],
        [0, 1, 1],
      ],
      p,
      { code: 'target-not-one-hot', row: 1 },
    );
    fails(
      'cce',
      [
        [1, 0, 0],
        [0, 0.5, 0.5],
      ],
      p,
      { code: 'target-not-one-hot', row: 1 },
    );
    fails(
      'cce',
      [
        [1, 0],
        [0, 1],
      ],
      p,
      { code: 'shape-mismatch', input: 'truth', row: 0 },
    );
    fails('cce', [0, 3], p, { code: 'invalid-class-index', row: 1, value: 3 });
    fails('cce-logits', [0, 1.5], p, { code: 'invalid-class-index', row: 1 });
    fails(
      'cce',
      [0, 1],
      [
        [0.7, 0.2, 0.1],
        [0.5, 0.5],
      ],
      { code: 'shape-mismatch', input: 'prediction', row: 1 },
    );
    fails('cce', [0, 1], [0.7, 0.2], { code: 'shape-mismatch', input: 'prediction', row: 0 });
    fails(
      'cce',
      [0, 1],
      [
        [0.7, 0.2, 0.1],
        [1.1, -0.2, 0.1],
      ],
      {
        code: 'probability-out-of-range',
        row: 1,
        column: 0,
      },
    );
    fails(
      'cce',
      [0, 1],
      [
        [0.7, 0.2, 0.1],
        [0.5, 0.2, 0.1],
      ],
      { code: 'probabilities-not-normalised', row: 1 },
    );
    // Logits need not be probabilities.
    expect(
      checkLossData(
        'cce-logits',
        [2, 0],
        [
          [5, -3, 1],
          [0, 0, 9],
        ],
      ).layout,
    ).toBe('categorical');
  });

  it('turns class indices into one-hot rows', () => {
    expect(
      checkLossData(
        'cce',
        [2, 0],
        [
          [0.2, 0.2, 0.6],
          [0.5, 0.25, 0.25],
        ],
      ),
    ).toEqual({
      layout: 'categorical',
      targets: [
        [0, 0, 1],
        [1, 0, 0],
      ],
      outputs: [
        [0.2, 0.2, 0.6],
        [0.5, 0.25, 0.25],
      ],
    });
  });
});
