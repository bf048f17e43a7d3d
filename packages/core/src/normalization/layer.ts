/**
 * The normalisation layer an MLP puts between a dense layer and its activation:
 * z → γ (z − μ) / √(σ² + ε) + β, per unit γ and β trained with the weights.
 *
 * - `batch`: μ, σ² of each unit over the batch (PyTorch's `BatchNorm1d`). In training mode the
 *   batch's own statistics are used; in evaluation mode the running ones, which
 *   {@link NormalizationLayer.track} updates in PyTorch's convention (see `running.ts`: momentum 0.1,
 *   the unbiased variance fed to the running variance).
 * - `layer`: μ, σ² of each example over its units (PyTorch's `LayerNorm`); the same in both modes.
 *
 * The model owns γ and β (they are among its parameters, so optimizers update them and `read`,
 * `assign` include them); the layer owns its running statistics and frees them in `dispose()`.
 */
import type { Parameter } from '../models/model.js';
import { tf } from '../tf.js';
import { NormalizationError } from './errors.js';
import { checkMomentum, DEFAULT_MOMENTUM } from './running.js';
import { checkEpsilon } from './tensor.js';

/** The normalisations an MLP layer can use. */
export type LayerNormalizationKind = 'batch' | 'layer';

/** Whether batch norm uses the batch's statistics (`train`) or the running ones (`eval`). */
export type NormalizationMode = 'train' | 'eval';

export interface NormalizationLayerOptions {
  readonly kind: LayerNormalizationKind;
  readonly gamma: Parameter;
  readonly beta: Parameter;
  readonly epsilon?: number;
  readonly momentum?: number;
}

export class NormalizationLayer {
  readonly kind: LayerNormalizationKind;
  readonly units: number;
  readonly gamma: Parameter;
  readonly beta: Parameter;
  readonly epsilon: number;
  readonly momentum: number;
  /** Running mean and variance (batch norm only; start at 0 and 1). */
  readonly runningMean: tf.Variable | undefined;
  readonly runningVariance: tf.Variable | undefined;

  constructor(options: NormalizationLayerOptions) {
    if (options.kind !== 'batch' && options.kind !== 'layer') {
      throw new NormalizationError(
        'invalid-kind',
        `An MLP normalises with 'batch' or 'layer', got '${String(options.kind)}'.`,
        {
          kind: options.kind,
        },
      );
    }
    this.kind = options.kind;
    this.gamma = options.gamma;
    this.beta = options.beta;
    this.units = options.gamma.shape[0] as number;
    this.epsilon = checkEpsilon(options.epsilon ?? 1e-5);
    this.momentum = checkMomentum(options.momentum ?? DEFAULT_MOMENTUM);
    if (this.kind === 'batch') {
      [this.runningMean, this.runningVariance] = tf.tidy(() => [
        tf.variable(tf.zeros([this.units]), false),
        tf.variable(tf.ones([this.units]), false),
      ]);
    }
  }

  /** The normalised, scaled and shifted z. Caller disposes (call it inside `tf.tidy`). */
  apply(z: tf.Tensor2D, mode: NormalizationMode): tf.Tensor2D {
    return tf.tidy(() => {
      let mean: tf.Tensor;
      let variance: tf.Tensor;
      if (this.kind === 'batch' && mode === 'eval') {
        mean = this.runningMean as tf.Variable;
        variance = this.runningVariance as tf.Variable;
      } else {
        if (this.kind === 'batch' && z.shape[0] < 2) {
          throw new NormalizationError(
            'single-value-batch',
            'Batch norm in training mode needs at least 2 examples per batch (one example has variance 0).',
            { batch: z.shape[0] },
          );
        }
        ({ mean, variance } = tf.moments(z, this.kind === 'batch' ? 0 : 1, true));
      }
      const xHat = tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, this.epsilon)));
      return tf.add(tf.mul(xHat, this.gamma.variable), this.beta.variable) as tf.Tensor2D;
    });
  }

  /**
   * Folds the batch statistics of `z` into the running ones (batch norm; layer norm keeps none):
   * running ← (1 − momentum) · running + momentum · batch, the variance fed unbiased.
   */
  track(z: tf.Tensor2D): void {
    if (this.kind !== 'batch') return;
    const n = z.shape[0];
    if (n < 2) return;
    tf.tidy(() => {
      const { mean, variance } = tf.moments(z, 0);
      const unbiased = tf.mul(variance, n / (n - 1));
      const m = this.momentum;
      const runningMean = this.runningMean as tf.Variable;
      const runningVariance = this.runningVariance as tf.Variable;
      runningMean.assign(tf.add(tf.mul(runningMean, 1 - m), tf.mul(mean, m)));
      runningVariance.assign(tf.add(tf.mul(runningVariance, 1 - m), tf.mul(unbiased, m)));
    });
  }

  /** Running statistics as plain numbers (undefined for layer norm). Synchronous: tests and scripts. */
  readRunningSync(): { mean: number[]; variance: number[] } | undefined {
    if (!this.runningMean || !this.runningVariance) return undefined;
    return {
      mean: Array.from(this.runningMean.dataSync()),
      variance: Array.from(this.runningVariance.dataSync()),
    };
  }

  /** Running statistics back to 0 and 1. */
  resetRunning(): void {
    tf.tidy(() => {
      this.runningMean?.assign(tf.zeros([this.units]));
      this.runningVariance?.assign(tf.ones([this.units]));
    });
  }

  /** Frees the running statistics (γ and β belong to the model). */
  dispose(): void {
    this.runningMean?.dispose();
    this.runningVariance?.dispose();
  }
}
