import type { tf } from '../tf.js';

/** The model families core knows. */
export type ModelKind = 'linear' | 'logistic' | 'softmax' | 'mlp';

/** One named, trainable parameter. The model owns the variable and disposes it. */
export interface Parameter {
  /** Stable name within its model, e.g. `w`, `b`, `W1`. Used to label tables and snapshots. */
  readonly name: string;
  readonly variable: tf.Variable;
  readonly shape: readonly number[];
}

/** Parameter values as plain numbers, flattened row-major, keyed by parameter name. */
export type ParameterValues = Record<string, number[]>;

/**
 * What every model offers a training session and a widget.
 *
 * Shapes: `X` is `[n, m]` (examples × features). Single-output models return `[n]`;
 * softmax returns `[n, k]`.
 */
export interface Model {
  readonly kind: ModelKind;
  readonly featureCount: number;
  /** 1 for linear and logistic, k for softmax and multi-output MLPs. */
  readonly outputSize: number;
  /** Parameters in a fixed order (weights before bias). */
  readonly parameters: readonly Parameter[];
  /** Output before the link function: ŷ for linear, z = Xw + b for logistic, logits for softmax. Caller disposes. */
  logits(X: tf.Tensor2D): tf.Tensor;
  /** Prediction: ŷ for linear, σ(z) for logistic, softmax probabilities for softmax. Caller disposes. */
  predict(X: tf.Tensor2D): tf.Tensor;
  /** Plain-number copy of every parameter (one GPU read-back per parameter at most). */
  read(): Promise<ParameterValues>;
  /** Synchronous `read()`, for tests and Node scripts; never call it in a UI loop. */
  readSync(): ParameterValues;
  /** Overwrite parameters from plain numbers (rewind, a learner's drag, restoring a link). */
  assign(values: Partial<ParameterValues>): void;
  /** Frees the parameters' variables. */
  dispose(): void;
}
