import { CodedError } from '../coded-error.js';

/** Machine-readable reasons a landscape request is refused. Widgets translate messages by this code. */
export type LandscapeErrorCode =
  | 'unknown-parameter'
  | 'index-out-of-range'
  | 'invalid-range'
  | 'invalid-resolution'
  | 'same-coordinate'
  | 'unsupported-loss'
  | 'unsupported-model'
  | 'shape-mismatch'
  | 'invalid-chunk-size';

/**
 * Thrown for a landscape request that cannot be computed. `code` is stable (for translations),
 * `message` is English, `details` names the offending values.
 */
export class LandscapeError extends CodedError<LandscapeErrorCode> {
  override readonly name = 'LandscapeError';
}
