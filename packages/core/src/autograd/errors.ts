/**
 * Errors raised by the autograd helpers. Every error carries a stable machine-readable `code`
 * (widgets translate by code) and an English `message`.
 */

/** Machine-readable reasons an autograd helper refuses its input. */
export type AutogradErrorCode =
  /** A finite-difference step ε is not a finite number > 0. */
  | 'invalid-epsilon'
  /** A gradient-check tolerance is not a finite number > 0. */
  | 'invalid-tolerance'
  /** A point to differentiate at is empty or holds a non-finite number. */
  | 'invalid-point'
  /** An analytic gradient has a different length than the point. */
  | 'length-mismatch'
  /** `gradientsOfVariables` got no variables. */
  | 'no-variables'
  /** `gradientsOfVariables` got a variable created with `trainable = false`. */
  | 'not-trainable'
  /** A function that must return a scalar returned something else. */
  | 'not-scalar';

/**
 * An autograd helper got input it cannot differentiate.
 *
 * @example
 * try { numericGradient((x) => x[0] ** 2, [1], { epsilon: 0 }); }
 * catch (e) { if (e instanceof AutogradError) console.log(e.code); } // 'invalid-epsilon'
 */
export class AutogradError extends Error {
  override readonly name = 'AutogradError';
  readonly code: AutogradErrorCode;

  constructor(code: AutogradErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
