/**
 * Errors raised while building or transforming data sets.
 *
 * Every error carries a stable machine-readable `code` (widgets translate by code) and, where it
 * applies, the 0-based `row` and `column` of the offending cell. The English `message` counts
 * rows and columns from 1, like a spreadsheet: `row: 2` appears as "row 3".
 */

/** Machine-readable reasons a data set is rejected. */
export type DatasetErrorCode =
  | 'empty'
  | 'no-features'
  | 'ragged-row'
  | 'not-a-number'
  | 'not-finite'
  | 'length-mismatch'
  | 'unknown-class'
  | 'missing-value'
  | 'too-few-classes'
  | 'duplicate-class'
  | 'name-count'
  | 'unknown-column'
  | 'bad-option'
  | 'unknown-preset';

/** Details attached to a {@link DatasetError}; all optional. */
export interface DatasetErrorDetails {
  /** 0-based row (example) index. In CSV errors: the data row, not counting the header. */
  row?: number;
  /** 0-based column index. */
  column?: number;
  /** CSV only: 1-based line of the text where the row starts (as an editor shows it). */
  line?: number;
  /** Column name, when one is known (CSV header, feature names). */
  columnName?: string;
  /** Expected count (columns, rows, names). */
  expected?: number;
  /** Actual count found. */
  actual?: number;
  /** The offending raw value, as text. */
  value?: string;
  /** The offending option or parameter name. */
  parameter?: string;
}

/**
 * A data set could not be built: bad cell, ragged row, unknown class, bad option…
 *
 * @example
 * try { datasetFromArrays({ features: [[1], [2, 3]], targets: [1, 2] }); }
 * catch (e) { if (e instanceof DatasetError) console.log(e.code, e.row); } // 'ragged-row' 1
 */
export class DatasetError extends Error implements DatasetErrorDetails {
  override readonly name = 'DatasetError';
  readonly code: DatasetErrorCode;
  readonly row?: number;
  readonly column?: number;
  readonly line?: number;
  readonly columnName?: string;
  readonly expected?: number;
  readonly actual?: number;
  readonly value?: string;
  readonly parameter?: string;

  constructor(code: DatasetErrorCode, message: string, details: DatasetErrorDetails = {}) {
    super(message);
    this.code = code;
    // Only set the details that were given, so `'row' in error` is meaningful.
    if (details.row !== undefined) this.row = details.row;
    if (details.column !== undefined) this.column = details.column;
    if (details.line !== undefined) this.line = details.line;
    if (details.columnName !== undefined) this.columnName = details.columnName;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.actual !== undefined) this.actual = details.actual;
    if (details.value !== undefined) this.value = details.value;
    if (details.parameter !== undefined) this.parameter = details.parameter;
  }
}
