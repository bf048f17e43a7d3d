/**
 * Errors raised when a loss is given bad options or bad data.
 *
 * Every error carries a stable machine-readable `code` (widgets translate by code) and, where it
 * applies, the 0-based `row` and `column` of the offending value or the name of the offending
 * `option`. The English `message` counts rows from 1, like a table a learner reads: `row: 2`
 * appears as "row 3".
 */

/** Machine-readable reasons a loss refuses its input. */
export type LossErrorCode =
  | 'unknown-loss'
  | 'invalid-option'
  | 'empty'
  | 'length-mismatch'
  | 'shape-mismatch'
  | 'not-finite'
  | 'probability-out-of-range'
  | 'probabilities-not-normalised'
  | 'target-not-binary'
  | 'target-not-one-hot'
  | 'invalid-class-index';

/** Details attached to a {@link LossError}; all optional. */
export interface LossErrorDetails {
  /** 0-based row (example) index. */
  row?: number;
  /** 0-based column (class) index, for categorical losses. */
  column?: number;
  /** Which array the offending value is in. */
  input?: 'truth' | 'prediction';
  /** The offending option: `delta`, `beta`, `convention`. */
  option?: string;
  /** The offending value, as given. */
  value?: unknown;
  /** Expected count or shape, as text (`"3"`, `"[n]"`). */
  expected?: string;
  /** Actual count or shape, as text. */
  actual?: string;
}

/**
 * A loss could not be evaluated: bad option, mismatched lengths, a probability outside [0, 1]…
 *
 * @example
 * try { evaluateLossSync('huber', [1], [2], { delta: 0 }); }
 * catch (e) { if (e instanceof LossError) console.log(e.code, e.option); } // 'invalid-option' 'delta'
 */
export class LossError extends Error implements LossErrorDetails {
  override readonly name = 'LossError';
  readonly code: LossErrorCode;
  readonly row?: number;
  readonly column?: number;
  readonly input?: 'truth' | 'prediction';
  readonly option?: string;
  readonly value?: unknown;
  readonly expected?: string;
  readonly actual?: string;

  constructor(code: LossErrorCode, message: string, details: LossErrorDetails = {}) {
    super(message);
    this.code = code;
    // Only set the details that were given, so `'row' in error` is meaningful.
    if (details.row !== undefined) this.row = details.row;
    if (details.column !== undefined) this.column = details.column;
    if (details.input !== undefined) this.input = details.input;
    if (details.option !== undefined) this.option = details.option;
    if ('value' in details) this.value = details.value;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.actual !== undefined) this.actual = details.actual;
  }
}
