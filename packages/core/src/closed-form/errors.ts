/**
 * Errors raised by the closed-form (normal equation) solver.
 *
 * Every error carries a stable machine-readable `code` (widgets translate by code). Rows and
 * columns are 0-based in properties and counted from 1 in the English `message`, like a table a
 * learner reads: `column: 1` appears as "feature 2".
 */

/** Machine-readable reasons the solver refuses its input. */
export type ClosedFormErrorCode =
  | 'empty'
  | 'no-features'
  | 'length-mismatch'
  | 'ragged-row'
  | 'not-finite'
  | 'invalid-option'
  | 'singular'
  | 'ill-conditioned';

/** Details attached to a {@link ClosedFormError}; all optional. */
export interface ClosedFormErrorDetails {
  /** 0-based row (example) index. */
  row?: number;
  /** 0-based feature (column) index. */
  column?: number;
  /** The offending option name. */
  option?: string;
  /** The offending value, as given. */
  value?: unknown;
  /** Expected count. */
  expected?: number;
  /** Actual count. */
  actual?: number;
}

/** Bad input to the normal-equation solver: empty data, ragged rows, NaN, a bad option… */
export class ClosedFormError extends Error implements ClosedFormErrorDetails {
  override readonly name: string = 'ClosedFormError';
  readonly code: ClosedFormErrorCode;
  readonly row?: number;
  readonly column?: number;
  readonly option?: string;
  readonly value?: unknown;
  readonly expected?: number;
  readonly actual?: number;

  constructor(code: ClosedFormErrorCode, message: string, details: ClosedFormErrorDetails = {}) {
    super(message);
    this.code = code;
    // Only set the details that were given, so `'row' in error` is meaningful.
    if (details.row !== undefined) this.row = details.row;
    if (details.column !== undefined) this.column = details.column;
    if (details.option !== undefined) this.option = details.option;
    if ('value' in details) this.value = details.value;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.actual !== undefined) this.actual = details.actual;
  }
}

/**
 * Why XᵀX has no (trustworthy) inverse, for a widget's translated explanation:
 * - `more-features-than-examples`: more unknowns (weights, bias) than rows;
 * - `zero-column`: a feature that is 0 in every row;
 * - `duplicate-columns`: two identical features;
 * - `proportional-columns`: one feature a multiple of another (x and 2x, m and cm);
 * - `constant-column-with-bias`: a feature with one value in every row, beside the bias column;
 * - `collinear-columns`: a feature that is a combination of several others (a + b = c);
 * - `nearly-collinear-columns`: close to one of the above (the `ill-conditioned` case).
 */
export type SingularityReason =
  | 'more-features-than-examples'
  | 'zero-column'
  | 'duplicate-columns'
  | 'proportional-columns'
  | 'constant-column-with-bias'
  | 'collinear-columns'
  | 'nearly-collinear-columns';

/** Details of a {@link SingularMatrixError}. */
export interface SingularMatrixDetails {
  reason: SingularityReason;
  /** 0-based features involved in the (near) dependency; empty when it cannot be told. */
  columns: number[];
  /** Whether the bias column (the column of ones) is part of the dependency. */
  involvesBias: boolean;
  /** Condition number of XᵀX (columns scaled to unit length); `Infinity` when exactly singular. */
  conditionNumber: number;
}

/**
 * XᵀX is singular (`code: 'singular'`: no unique least-squares solution exists) or so close to
 * singular that the weights would be meaningless (`code: 'ill-conditioned'`).
 *
 * @example
 * try { solveNormalEquation([[1, 2], [2, 4], [3, 6]], [1, 2, 3]); }
 * catch (e) { if (e instanceof SingularMatrixError) console.log(e.code, e.reason, e.columns); }
 * // 'singular' 'proportional-columns' [0, 1]
 */
export class SingularMatrixError extends ClosedFormError implements SingularMatrixDetails {
  override readonly name: string = 'SingularMatrixError';
  declare readonly code: 'singular' | 'ill-conditioned';
  readonly reason: SingularityReason;
  readonly columns: number[];
  readonly involvesBias: boolean;
  readonly conditionNumber: number;

  constructor(code: 'singular' | 'ill-conditioned', message: string, details: SingularMatrixDetails) {
    super(code, message);
    this.reason = details.reason;
    this.columns = details.columns;
    this.involvesBias = details.involvesBias;
    this.conditionNumber = details.conditionNumber;
  }
}
