/**
 * The shape core's errors share: a stable `code` (widgets translate by it), an English `message`,
 * and `details` with the offending values. Each folder subclasses it with its own code union so
 * `instanceof ModelError` still tells where an error came from.
 */
export class CodedError<Code extends string> extends Error {
  readonly code: Code;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: Code, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
