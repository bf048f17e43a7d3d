import { CodedError } from '../coded-error.js';

/** Machine-readable reasons a normalisation helper refuses its input. */
export type NormalizationErrorCode =
  | 'invalid-shape'
  | 'shape-mismatch'
  | 'invalid-kind'
  | 'invalid-groups'
  | 'invalid-epsilon'
  | 'invalid-momentum'
  | 'invalid-affine-length'
  | 'non-finite-value'
  | 'single-value-batch';

/**
 * Thrown for bad input to the helpers in `normalization/`. `code` is stable (widgets translate by
 * it), `message` is English, `details` carries the offending values.
 */
export class NormalizationError extends CodedError<NormalizationErrorCode> {
  override readonly name = 'NormalizationError';
}
