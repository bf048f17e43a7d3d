/** Machine-readable reasons a {@link BatchError} is thrown. */
export type BatchErrorCode = 'empty' | 'bad-size' | 'bad-batch-size' | 'bad-mode' | 'bad-iteration';

/**
 * Bad batching configuration or a bad `seek` target. `code` is stable (widgets translate by it);
 * `parameter` names the option at fault and `value` holds what was given.
 */
export class BatchError extends Error {
  override readonly name = 'BatchError';
  readonly code: BatchErrorCode;
  readonly parameter: string;
  readonly value: unknown;

  constructor(code: BatchErrorCode, message: string, parameter: string, value: unknown) {
    super(message);
    this.code = code;
    this.parameter = parameter;
    this.value = value;
  }
}
