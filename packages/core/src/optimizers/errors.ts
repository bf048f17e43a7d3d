/**
 * Errors raised by the optimizers.
 *
 * Every error carries a stable machine-readable `code` (widgets translate by code) and an English
 * `message` naming the offending hyperparameter or argument.
 */

/** Machine-readable reasons an optimizer refuses to work. */
export type OptimizerErrorCode =
  /** A hyperparameter is not a finite number or lies outside its range (see `hyperparameter`, `expected`). */
  | 'invalid-hyperparameter'
  /** `createOptimizer` was given a kind it does not know (see `value`). */
  | 'unknown-optimizer'
  /** A gradient's shape differs from its variable's shape. */
  | 'shape-mismatch'
  /** The same variable appears twice in one `applyGradients` call. */
  | 'duplicate-variable'
  /** A variable passed to `applyGradients` has been disposed. */
  | 'variable-disposed'
  /** `restore()` got an iteration count or slot values that do not fit (see `slot`, `expected`, `actual`). */
  | 'invalid-state';

/** The range a hyperparameter must lie in. */
export type HyperparameterConstraint =
  /** A finite number > 0 (learning rate, ε). */
  | 'positive'
  /** A finite number ≥ 0 (initial accumulator value). */
  | 'non-negative'
  /** A finite number in [0, 1) (momentum, β₁, β₂, decay). */
  | 'fraction';

/** Details attached to an {@link OptimizerError}; all optional. */
export interface OptimizerErrorDetails {
  /** The offending hyperparameter's name, e.g. `learningRate`. */
  hyperparameter?: string;
  /** The range the hyperparameter must lie in. */
  constraint?: HyperparameterConstraint;
  /** The offending value, as text. */
  value?: string;
  /** The slot name, for `invalid-state`. */
  slot?: string;
  /** Expected count or shape, as text. */
  expected?: string;
  /** Actual count or shape, as text. */
  actual?: string;
}

/**
 * An optimizer was misused: a bad hyperparameter, a gradient of the wrong shape, a bad snapshot…
 *
 * @example
 * try { new SGD({ learningRate: -1 }); }
 * catch (e) { if (e instanceof OptimizerError) console.log(e.code, e.hyperparameter); }
 * // 'invalid-hyperparameter' 'learningRate'
 */
export class OptimizerError extends Error implements OptimizerErrorDetails {
  override readonly name = 'OptimizerError';
  readonly code: OptimizerErrorCode;
  readonly hyperparameter?: string;
  readonly constraint?: HyperparameterConstraint;
  readonly value?: string;
  readonly slot?: string;
  readonly expected?: string;
  readonly actual?: string;

  constructor(code: OptimizerErrorCode, message: string, details: OptimizerErrorDetails = {}) {
    super(message);
    this.code = code;
    // Only set the details that were given, so `'slot' in error` is meaningful.
    if (details.hyperparameter !== undefined) this.hyperparameter = details.hyperparameter;
    if (details.constraint !== undefined) this.constraint = details.constraint;
    if (details.value !== undefined) this.value = details.value;
    if (details.slot !== undefined) this.slot = details.slot;
    if (details.expected !== undefined) this.expected = details.expected;
    if (details.actual !== undefined) this.actual = details.actual;
  }
}

const CONSTRAINT_TEXT: Record<HyperparameterConstraint, string> = {
  positive: 'a finite number greater than 0',
  'non-negative': 'a finite number greater than or equal to 0',
  fraction: 'a finite number in [0, 1)',
};

/** Whether `value` satisfies `constraint`. */
export function satisfies(value: unknown, constraint: HyperparameterConstraint): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  switch (constraint) {
    case 'positive':
      return value > 0;
    case 'non-negative':
      return value >= 0;
    case 'fraction':
      return value >= 0 && value < 1;
  }
}

/**
 * Throws an `invalid-hyperparameter` {@link OptimizerError} unless `value` satisfies `constraint`.
 *
 * @param optimizer Display name used in the message, e.g. `Adam`.
 */
export function checkHyperparameter(
  optimizer: string,
  hyperparameter: string,
  value: unknown,
  constraint: HyperparameterConstraint,
): void {
  if (satisfies(value, constraint)) return;
  throw new OptimizerError(
    'invalid-hyperparameter',
    `${optimizer}: the hyperparameter "${hyperparameter}" must be ${CONSTRAINT_TEXT[constraint]}, got ${String(value)}.`,
    { hyperparameter, constraint, value: String(value) },
  );
}
