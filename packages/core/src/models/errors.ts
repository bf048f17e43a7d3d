import { CodedError } from '../coded-error.js';

/** Machine-readable reasons a model refuses its input. Widgets translate messages by this code. */
export type ModelErrorCode =
  | 'invalid-feature-count'
  | 'invalid-class-count'
  | 'invalid-layer-sizes'
  | 'invalid-activation'
  | 'invalid-init'
  | 'unknown-parameter'
  | 'parameter-length-mismatch'
  | 'non-finite-parameter'
  | 'input-shape-mismatch'
  | 'unknown-model-kind'
  | 'model-disposed'
  | 'invalid-normalization';

/**
 * Thrown when a model is built or used with bad input. `code` is stable (for translations),
 * `message` is English, `details` carries the offending values (parameter name, expected and
 * actual lengths, …).
 */
export class ModelError extends CodedError<ModelErrorCode> {
  override readonly name = 'ModelError';
}
