import { LossError } from './errors.js';
import type { LossId } from './loss.js';
import { isLossId, LOSS_IDS } from './registry.js';

/** How far a row of probabilities may sum from 1 and still count as a distribution (`cce`). */
export const PROBABILITY_SUM_TOLERANCE = 1e-3;

/** Plain-number data checked for one loss, in the layout its tensors take. */
export type CheckedLossData =
  | { layout: 'elementwise'; targets: number[]; outputs: number[] }
  | { layout: 'categorical'; targets: number[][]; outputs: number[][] };

const rowName = (row: number): string => `row ${row + 1}`;
const inputName = (input: 'truth' | 'prediction'): string => (input === 'truth' ? 'truth' : 'prediction');

function checkFinite(value: unknown, input: 'truth' | 'prediction', row: number, column?: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const where = column === undefined ? rowName(row) : `${rowName(row)}, column ${column + 1}`;
    throw new LossError(
      'not-finite',
      `The ${inputName(input)} in ${where} must be a finite number; got ${String(value)}.`,
      column === undefined ? { input, row, value } : { input, row, column, value },
    );
  }
  return value;
}

function checkNonEmpty(id: LossId, truth: unknown, predicted: unknown): void {
  for (const [input, values] of [
    ['truth', truth],
    ['prediction', predicted],
  ] as const) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new LossError('empty', `Loss "${id}" needs at least one example; the ${input} list is empty.`, {
        input,
      });
    }
  }
}

function checkLengths(truth: readonly unknown[], predicted: readonly unknown[]): void {
  if (truth.length !== predicted.length) {
    throw new LossError(
      'length-mismatch',
      `There are ${truth.length} truth values but ${predicted.length} predictions; every row needs both.`,
      { expected: String(truth.length), actual: String(predicted.length) },
    );
  }
}

function checkElementwise(
  id: LossId,
  truth: readonly unknown[],
  predicted: readonly unknown[],
): CheckedLossData {
  checkLengths(truth, predicted);
  const targets = truth.map((value, row) => {
    if (Array.isArray(value)) {
      throw new LossError(
        'shape-mismatch',
        `Loss "${id}" takes one truth number per row; ${rowName(row)} is a list.`,
        {
          input: 'truth',
          row,
          expected: '[n]',
        },
      );
    }
    return checkFinite(value, 'truth', row);
  });
  const outputs = predicted.map((value, row) => {
    if (Array.isArray(value)) {
      throw new LossError(
        'shape-mismatch',
        `Loss "${id}" takes one prediction per row; ${rowName(row)} is a list.`,
        { input: 'prediction', row, expected: '[n]' },
      );
    }
    return checkFinite(value, 'prediction', row);
  });
  if (id === 'bce' || id === 'bce-logits') {
    targets.forEach((y, row) => {
      if (y !== 0 && y !== 1) {
        throw new LossError(
          'target-not-binary',
          `Loss "${id}" needs every truth value to be 0 or 1; ${rowName(row)} is ${y}.`,
          { input: 'truth', row, value: y },
        );
      }
    });
  }
  if (id === 'bce') {
    outputs.forEach((p, row) => {
      if (p < 0 || p > 1) {
        throw new LossError(
          'probability-out-of-range',
          `Loss "bce" needs predicted probabilities between 0 and 1; ${rowName(row)} is ${p}.`,
          { input: 'prediction', row, value: p },
        );
      }
    });
  }
  return { layout: 'elementwise', targets, outputs };
}

function checkCategorical(
  id: LossId,
  truth: readonly unknown[],
  predicted: readonly unknown[],
): CheckedLossData {
  checkLengths(truth, predicted);
  const first = predicted[0];
  const k = Array.isArray(first) ? first.length : 0;
  const outputs = predicted.map((row, i) => {
    if (!Array.isArray(row) || row.length !== k || k === 0) {
      throw new LossError(
        'shape-mismatch',
        `Loss "${id}" needs one list of ${k || 'k'} class scores per row; ${rowName(i)} ` +
          (Array.isArray(row) ? `has ${row.length}.` : 'is not a list.'),
        {
          input: 'prediction',
          row: i,
          expected: String(k),
          actual: Array.isArray(row) ? String(row.length) : '1',
        },
      );
    }
    return row.map((value, c) => checkFinite(value, 'prediction', i, c));
  });
  const targets = truth.map((row, i) => {
    if (!Array.isArray(row)) {
      // A class index: the position of the 1 in the one-hot row.
      const index = checkFinite(row, 'truth', i);
      if (!Number.isInteger(index) || index < 0 || index >= k) {
        throw new LossError(
          'invalid-class-index',
          `The truth in ${rowName(i)} must be a class index from 0 to ${k - 1}, or a one-hot row; got ${index}.`,
          { input: 'truth', row: i, value: index, expected: `0…${k - 1}` },
        );
      }
      return Array.from({ length: k }, (_, c) => (c === index ? 1 : 0));
    }
    if (row.length !== k) {
      throw new LossError(
        'shape-mismatch',
        `The one-hot truth in ${rowName(i)} has ${row.length} entries but the predictions have ${k} classes.`,
        { input: 'truth', row: i, expected: String(k), actual: String(row.length) },
      );
    }
    const values = row.map((value, c) => checkFinite(value, 'truth', i, c));
    const ones = values.filter((v) => v === 1).length;
    const zeros = values.filter((v) => v === 0).length;
    if (ones !== 1 || zeros !== k - 1) {
      throw new LossError(
        'target-not-one-hot',
        `The truth in ${rowName(i)} must be one-hot (a single 1, the rest 0); got [${values.join(', ')}].`,
        { input: 'truth', row: i, value: values },
      );
    }
    return values;
  });
  if (id === 'cce') {
    outputs.forEach((row, i) => {
      row.forEach((p, c) => {
        if (p < 0 || p > 1) {
          throw new LossError(
            'probability-out-of-range',
            `Loss "cce" needs probabilities between 0 and 1; ${rowName(i)}, column ${c + 1} is ${p}.`,
            { input: 'prediction', row: i, column: c, value: p },
          );
        }
      });
      const sum = row.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
        throw new LossError(
          'probabilities-not-normalised',
          `Loss "cce" needs each row of probabilities to sum to 1; ${rowName(i)} sums to ${sum}.`,
          { input: 'prediction', row: i, value: sum, expected: '1' },
        );
      }
    });
  }
  return { layout: 'categorical', targets, outputs };
}

/**
 * Checks plain-number data for the loss `id` and returns it in the layout its tensors take.
 *
 * Regression and binary losses take one number per row in both arrays. `cce` and `cce-logits`
 * take `predicted` as `[n][k]` rows and `truth` either as one-hot rows `[n][k]` or as class
 * indices `[n]` (converted to one-hot). Rows in messages count from 1; `row` properties from 0.
 *
 * @throws {LossError} `unknown-loss`, `empty`, `length-mismatch`, `shape-mismatch`, `not-finite`,
 *   `target-not-binary` (bce, bce-logits), `probability-out-of-range` (bce, cce),
 *   `probabilities-not-normalised` (cce: a row sums further than 0.001 from 1),
 *   `target-not-one-hot` or `invalid-class-index` (cce, cce-logits).
 */
export function checkLossData(id: LossId, truth: unknown, predicted: unknown): CheckedLossData {
  if (!isLossId(id)) {
    throw new LossError(
      'unknown-loss',
      `Unknown loss "${String(id)}". Known losses: ${LOSS_IDS.join(', ')}.`,
      {
        value: id,
      },
    );
  }
  checkNonEmpty(id, truth, predicted);
  const t = truth as readonly unknown[];
  const p = predicted as readonly unknown[];
  return id === 'cce' || id === 'cce-logits' ? checkCategorical(id, t, p) : checkElementwise(id, t, p);
}
