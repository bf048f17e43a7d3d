import type { tf } from '../tf.js';

export type OptimizerKind = 'sgd' | 'momentum' | 'heavy-ball' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/** A gradient for one variable. The optimizer borrows the tensor: the caller disposes it. */
export interface VariableGradient {
  readonly variable: tf.Variable;
  readonly gradient: tf.Tensor;
}

/** An optimizer's per-parameter state as plain numbers, keyed by slot name (`velocity`, `m`, `v`, …). */
export type SlotValues = Record<string, number[]>;

/**
 * Every optimizer core ships. State is kept per variable (never by variable name, never through
 * tfjs's global registry); hyperparameters are plain numbers read at every step.
 */
export interface Optimizer<H extends { learningRate: number } = { learningRate: number }> {
  readonly kind: OptimizerKind;
  /** Mutable hyperparameters: `optimizer.hyperparameters.learningRate = 0.05` takes effect next step. */
  readonly hyperparameters: H;
  /** Names of the per-variable state slots, in display order (empty for plain gradient descent). */
  readonly slotNames: readonly string[];
  /** Number of updates applied (Adam's bias correction uses it). */
  readonly iterations: number;
  /** Checks every hyperparameter against its range (also done by every update). */
  validate(): void;
  /** Applies one update to each variable. Gradients are borrowed, not disposed. */
  applyGradients(gradients: readonly VariableGradient[]): void;
  /** The live state tensors of one variable (owned by the optimizer: do not dispose), or undefined before its first step. */
  slots(variable: tf.Variable): Readonly<Record<string, tf.Tensor>> | undefined;
  /** The variable's state tensors, created from their starting values if missing (owned by the optimizer). */
  stateFor(variable: tf.Variable): Readonly<Record<string, tf.Tensor>>;
  /** Takes over state tensors a fused kernel computed for `steps` updates it applied itself; the count advances by `steps`. */
  adoptState(state: ReadonlyMap<tf.Variable, Readonly<Record<string, tf.Tensor>>>, steps: number): void;
  /** Plain-number copy of one variable's state (its starting values before its first step: zeros, or Adagrad's initial accumulator). */
  readSlots(variable: tf.Variable): Promise<SlotValues>;
  /** Overwrites state (rewind to an earlier step). Variables missing from `state` are reset. */
  restore(iterations: number, state: ReadonlyMap<tf.Variable, SlotValues>): void;
  /** Forgets all state, as if no step had run. */
  reset(): void;
  /** Frees all state tensors. */
  dispose(): void;
}
