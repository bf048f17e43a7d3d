import { ClosedFormError, type SingularityReason, SingularMatrixError } from './errors.js';
import { backSubstitute, householderQr, jacobiSvd } from './linear-algebra.js';

/** Default ceiling on κ(XᵀX) before a fit is refused as ill-conditioned. */
export const DEFAULT_MAX_CONDITION_NUMBER = 1e10;

/** Options of {@link solveNormalEquation}. */
export interface NormalEquationOptions {
  /** Fit an intercept b (a column of ones appended to X). Default `true`. */
  bias?: boolean;
  /**
   * Largest acceptable condition number of XᵀX (columns scaled to unit length), > 1.
   * Default 10¹⁰: beyond it the weights swing wildly with tiny changes in the data.
   */
  maxConditionNumber?: number;
}

/** The least-squares fit. */
export interface NormalEquationSolution {
  /** One weight per feature, in the features' units. */
  weights: number[];
  /** The intercept b; absent when fitted without a bias. */
  bias?: number;
  /**
   * Condition number κ(XᵀX) = (σ_max/σ_min)² of the design matrix (bias column included) after
   * scaling each column to unit length, so a change of units (m² to cm²) does not change it.
   * 1 means perfectly independent columns; large means nearly collinear ones.
   */
  conditionNumber: number;
  /** Σᵢ (yᵢ − ŷᵢ)² on the training data; 0 for an exact fit. */
  residualSumOfSquares: number;
  /** ŷ = w·x + b for one example: a feature vector, or a plain number when there is one feature. */
  predict(x: number | readonly number[]): number;
}

/** Features as rows `[n][m]`, or a plain list of numbers for a single feature. */
export type FeatureRows = readonly (readonly number[])[] | readonly number[];

const feature = (j: number): string => `feature ${j + 1}`;

/** "Feature 2", "Features 1, 2 and 3" (counted from 1, as a learner reads a table). */
function listFeatures(columns: readonly number[]): string {
  const names = columns.map((j) => String(j + 1));
  if (names.length <= 1) return `Feature ${names[0] ?? '?'}`;
  return `Features ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Checks the data and returns the rows as a rectangular `[n][m]` array. */
function checkData(x: FeatureRows, y: readonly number[]): number[][] {
  if (!Array.isArray(x) || x.length === 0) {
    throw new ClosedFormError('empty', 'The normal equation needs at least one example; X has no rows.');
  }
  const rows: number[][] = x.map((row: unknown) =>
    Array.isArray(row) ? [...(row as number[])] : [row as number],
  );
  const m = rows[0]?.length ?? 0;
  if (m === 0) throw new ClosedFormError('no-features', 'X has no feature columns.');
  rows.forEach((row, i) => {
    if (row.length !== m) {
      throw new ClosedFormError(
        'ragged-row',
        `Row ${i + 1} of X has ${row.length} features; row 1 has ${m}. Every row needs the same number.`,
        { row: i, expected: m, actual: row.length },
      );
    }
    row.forEach((value, j) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ClosedFormError(
          'not-finite',
          `X in row ${i + 1}, ${feature(j)} must be a finite number; got ${String(value)}.`,
          { row: i, column: j, value },
        );
      }
    });
  });
  if (!Array.isArray(y) || y.length !== rows.length) {
    const actual = Array.isArray(y) ? y.length : 0;
    throw new ClosedFormError(
      'length-mismatch',
      `X has ${rows.length} rows but y has ${actual} values; every example needs both.`,
      { expected: rows.length, actual },
    );
  }
  y.forEach((value, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ClosedFormError(
        'not-finite',
        `y in row ${i + 1} must be a finite number; got ${String(value)}.`,
        {
          row: i,
          value,
        },
      );
    }
  });
  return rows;
}

/** The design matrix: the features, then a column of ones when fitting a bias. */
function designMatrix(rows: readonly (readonly number[])[], bias: boolean): number[][] {
  return rows.map((row) => (bias ? [...row, 1] : [...row]));
}

/**
 * XᵀX and Xᵀy of the curriculum's formula w = (XᵀX)⁻¹Xᵀy, for a widget to display. The bias
 * column (ones) comes last when `bias` is true. Display only: {@link solveNormalEquation} never
 * forms or inverts XᵀX.
 * @throws {ClosedFormError} for empty, ragged or non-finite data.
 */
export function normalEquationMatrices(
  x: FeatureRows,
  y: readonly number[],
  options: Pick<NormalEquationOptions, 'bias'> = {},
): { xtx: number[][]; xty: number[] } {
  const a = designMatrix(checkData(x, y), options.bias ?? true);
  const p = a[0]!.length;
  const xtx = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => a.reduce((s, row) => s + row[i]! * row[j]!, 0)),
  );
  const xty = Array.from({ length: p }, (_, i) => a.reduce((s, row, k) => s + row[i]! * y[k]!, 0));
  return { xtx, xty };
}

function describeSingular(
  reason: SingularityReason,
  columns: readonly number[],
  involvesBias: boolean,
): string {
  const tail = 'so XᵀX is singular: it has no inverse, and no single best set of weights exists.';
  switch (reason) {
    case 'zero-column':
      return `${listFeatures(columns)} is 0 in every row: it says nothing about its weight, ${tail}`;
    case 'duplicate-columns':
      return `${listFeatures(columns)} are identical: any split of the weight between them fits equally well, ${tail} Remove one of them.`;
    case 'proportional-columns':
      return `${listFeatures(columns)} are multiples of each other (like one length in m and in cm): any split of the weight between them fits equally well, ${tail} Keep only one.`;
    case 'constant-column-with-bias':
      return `${listFeatures(columns)} has the same value in every row, exactly like the bias column of ones: its weight and the bias cannot be told apart, ${tail} Remove it or fit without a bias.`;
    default: {
      const what = columns.length > 0 ? listFeatures(columns) : 'Some features';
      const bias = involvesBias ? ' (together with the bias column)' : '';
      return `${what}${bias} are linearly dependent: one is a combination of the others, ${tail} Remove one of them.`;
    }
  }
}

/**
 * Least squares by the normal equation's solution, computed stably:
 * w = argmin ‖Xw + b − y‖², which solves XᵀX w = Xᵀy (the curriculum's w = (XᵀX)⁻¹Xᵀy).
 *
 * Method. No inverse and not even XᵀX is formed: forming XᵀX squares the condition number, so
 * rounding errors grow like κ(X)² instead of κ(X). Instead, in float64:
 * 1. each column of X (and the bias column of ones) is scaled to unit length, so units do not
 *    matter;
 * 2. Householder QR: X = QR, and min ‖Xw − y‖ = min ‖Rw − Qᵀy‖, solved by back substitution;
 * 3. the singular values of the small p×p matrix R (one-sided Jacobi), which are those of X, give
 *    κ(XᵀX) = (σ_max/σ_min)² exactly rather than as an estimate, and the right singular vector of
 *    the smallest σ names the columns that are (nearly) dependent.
 * QR is the textbook stable method for least squares; Cholesky of XᵀX would be cheaper but works on
 * the squared condition number. The data in a lesson are small, so float64 plain JavaScript is
 * instant and makes the conditioning checks trustworthy (float32 would call many fine problems
 * singular).
 *
 * Curriculum A.2: sizes (50, 60, 70, 80, 100) m², prices (400, 450, 500, 550, 650) give w = 5,
 * b = 150, and `predict(120)` = 750.
 *
 * @param x Features, rows `[n][m]`, or a plain list for one feature.
 * @param y Targets, one per row.
 * @throws {SingularMatrixError} `singular` when XᵀX has no inverse (more unknowns than examples,
 *   an all-zero feature, duplicate or proportional features, a constant feature beside the bias,
 *   any linear dependency): σ_min ≤ 10·max(n, p)·ε·σ_max, i.e. indistinguishable from rounding.
 *   `ill-conditioned` when κ(XᵀX) exceeds `maxConditionNumber`. Both say which features are
 *   involved, whether the bias is, and κ.
 * @throws {ClosedFormError} `empty`, `no-features`, `ragged-row`, `not-finite`, `length-mismatch`,
 *   `invalid-option`.
 */
export function solveNormalEquation(
  x: FeatureRows,
  y: readonly number[],
  options: NormalEquationOptions = {},
): NormalEquationSolution {
  const bias = options.bias ?? true;
  const maxCondition = options.maxConditionNumber ?? DEFAULT_MAX_CONDITION_NUMBER;
  if (typeof maxCondition !== 'number' || Number.isNaN(maxCondition) || maxCondition <= 1) {
    throw new ClosedFormError(
      'invalid-option',
      `Option "maxConditionNumber" must be a number greater than 1; got ${String(maxCondition)}.`,
      { option: 'maxConditionNumber', value: maxCondition },
    );
  }
  const rows = checkData(x, y);
  const n = rows.length;
  const m = rows[0]!.length;
  const a = designMatrix(rows, bias);
  const p = a[0]!.length;
  const biasIndex = bias ? m : -1;

  if (p > n) {
    const unknowns = bias ? `${m} weights and a bias` : `${m} weights`;
    throw new SingularMatrixError(
      'singular',
      `There are ${p} unknowns (${unknowns}) but only ${n} example${n === 1 ? '' : 's'}: many different weights fit the data exactly, so XᵀX is singular. Add examples or remove features.`,
      { reason: 'more-features-than-examples', columns: [], involvesBias: false, conditionNumber: Infinity },
    );
  }

  const norms = Array.from({ length: p }, (_, j) => Math.sqrt(a.reduce((s, row) => s + row[j]! ** 2, 0)));
  const zero = norms.indexOf(0);
  if (zero >= 0) {
    throw new SingularMatrixError('singular', describeSingular('zero-column', [zero], false), {
      reason: 'zero-column',
      columns: [zero],
      involvesBias: false,
      conditionNumber: Infinity,
    });
  }
  const scaled = a.map((row) => row.map((value, j) => value / norms[j]!));
  const { r, qtb } = householderQr(scaled, y);
  const { values, vectors } = jacobiSvd(r);
  const sigmaMax = Math.max(...values);
  const sigmaMin = Math.min(...values);
  const conditionNumber = sigmaMin === 0 ? Infinity : (sigmaMax / sigmaMin) ** 2;

  // Columns with a real share in the (near) null vectors v, where Xv ≈ 0.
  const involvedIn = (k: number): number[] => {
    const vector = vectors[k]!;
    const largest = Math.max(...vector.map(Math.abs));
    return vector.flatMap((value, j) => (Math.abs(value) >= 0.01 * largest ? [j] : []));
  };
  const split = (involved: Iterable<number>) => {
    const sorted = [...new Set(involved)].sort((i, j) => i - j);
    return { columns: sorted.filter((j) => j !== biasIndex), involvesBias: sorted.includes(biasIndex) };
  };

  const singularTolerance = 10 * Math.max(n, p) * Number.EPSILON;
  if (sigmaMin <= singularTolerance * sigmaMax) {
    const involved = values.flatMap((s, k) => (s <= singularTolerance * sigmaMax ? involvedIn(k) : []));
    const { columns, involvesBias } = split(involved);
    let reason: SingularityReason = 'collinear-columns';
    if (involvesBias && columns.length === 1) reason = 'constant-column-with-bias';
    else if (!involvesBias && columns.length === 2) {
      const [i, j] = columns as [number, number];
      reason = rows.every((row) => row[i] === row[j]) ? 'duplicate-columns' : 'proportional-columns';
    }
    throw new SingularMatrixError('singular', describeSingular(reason, columns, involvesBias), {
      reason,
      columns,
      involvesBias,
      conditionNumber,
    });
  }

  if (conditionNumber > maxCondition) {
    const k = values.indexOf(sigmaMin);
    const { columns, involvesBias } = split(involvedIn(k));
    const what = columns.length > 0 ? listFeatures(columns) : 'Some features';
    const withBias = involvesBias ? ' (together with the bias column)' : '';
    throw new SingularMatrixError(
      'ill-conditioned',
      `${what}${withBias} are nearly collinear: the condition number of XᵀX is about ` +
        `${conditionNumber.toExponential(1)}, above the limit of ${maxCondition.toExponential(0)}. XᵀX is ` +
        'almost singular, so tiny changes in the data would swing the weights wildly. Remove or combine ' +
        'those features, or collect more varied data.',
      { reason: 'nearly-collinear-columns', columns, involvesBias, conditionNumber },
    );
  }

  const scaledSolution = backSubstitute(r, qtb.slice(0, p));
  const coefficients = scaledSolution.map((value, j) => value / norms[j]!);
  const weights = coefficients.slice(0, m);
  const intercept = bias ? coefficients[m]! : 0;
  const predictRow = (row: readonly number[]): number =>
    row.reduce((s, value, j) => s + value * weights[j]!, intercept);
  const residualSumOfSquares = rows.reduce((s, row, i) => s + (y[i]! - predictRow(row)) ** 2, 0);

  const solution: NormalEquationSolution = {
    weights,
    conditionNumber,
    residualSumOfSquares,
    predict(features: number | readonly number[]): number {
      const row = typeof features === 'number' ? [features] : features;
      if (row.length !== m || !row.every((value) => typeof value === 'number' && Number.isFinite(value))) {
        throw new ClosedFormError(
          row.length !== m ? 'length-mismatch' : 'not-finite',
          `predict needs ${m} finite feature value${m === 1 ? '' : 's'}; got [${row.join(', ')}].`,
          { expected: m, actual: row.length },
        );
      }
      return predictRow(row);
    },
  };
  if (bias) solution.bias = intercept;
  return solution;
}
