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
export class LandscapeError extends Error {
  override readonly name = 'LandscapeError';
  readonly code: LandscapeErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: LandscapeErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
