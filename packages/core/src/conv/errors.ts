import { CodedError } from '../coded-error.js';

/** Machine-readable reasons a convolution or normalisation helper refuses its input. */
export type ConvErrorCode =
  | 'invalid-input-size'
  | 'invalid-kernel-size'
  | 'invalid-padding'
  | 'invalid-stride'
  | 'invalid-dilation'
  | 'channel-mismatch'
  | 'kernel-too-large'
  | 'empty-input'
  | 'ragged-matrix'
  | 'non-finite-value'
  | 'invalid-epsilon'
  | 'invalid-affine-length';

/**
 * Thrown for bad input to the helpers in `conv/`. `code` is stable (widgets translate by it),
 * `message` is English, `details` carries the offending values.
 */
export class ConvError extends CodedError<ConvErrorCode> {
  override readonly name = 'ConvError';
}

/** @throws ConvError `non-finite-value` when any entry is not a finite number. */
export function checkFinite(values: readonly number[], what: string): void {
  const bad = values.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0) {
    throw new ConvError(
      'non-finite-value',
      `${what} has ${String(values[bad])} at index ${bad}; expected finite numbers.`,
      {
        what,
        index: bad,
        value: values[bad],
      },
    );
  }
}

/**
 * Checks a matrix is non-empty, rectangular and finite; returns [rows, columns].
 * @throws ConvError `empty-input`, `ragged-matrix`, `non-finite-value`.
 */
export function checkMatrix(matrix: readonly (readonly number[])[], what: string): [number, number] {
  if (!Array.isArray(matrix) || matrix.length === 0 || !Array.isArray(matrix[0]) || matrix[0].length === 0) {
    throw new ConvError('empty-input', `${what} must be a non-empty matrix (array of rows).`, { what });
  }
  const columns = matrix[0].length;
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== columns) {
      throw new ConvError(
        'ragged-matrix',
        `${what} row ${i} has ${Array.isArray(row) ? row.length : 'no'} entries; row 0 has ${columns}.`,
        { what, row: i, expected: columns, actual: Array.isArray(row) ? row.length : undefined },
      );
    }
    checkFinite(row, `${what} row ${i}`);
  });
  return [matrix.length, columns];
}
