import { tf } from '../tf.js';
import { OptimizerError } from './errors.js';
import { EPSILON_INFO, fractionInfo, learningRateInfo, type OptimizerMetadata } from './metadata.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

/** Hyperparameters of RMSprop. */
export interface RMSpropHyperparameters {
  /** Step size α > 0. Default 0.001 (`tf.train.rmsprop` has no default). */
  learningRate: number;
  /** Decay ρ in [0, 1) of the running mean of g². Default 0.9, as tfjs. */
  decay: number;
  /** Momentum μ in [0, 1) applied to the scaled steps. Default 0, as tfjs. */
  momentum: number;
  /** ε > 0 under the square root. Default 1e-7, tfjs's float32 backend epsilon. */
  epsilon: number;
  /** Centred: divide by an estimate of the gradient's variance instead of its raw second moment. Default false. */
  centered: boolean;
}

export const RMSPROP_METADATA: OptimizerMetadata = {
  kind: 'rmsprop',
  name: 'RMSprop',
  hyperparameters: [
    learningRateInfo(0.001, 1),
    fractionInfo('decay', '\\rho', 0.9),
    fractionInfo('momentum', '\\mu', 0),
    EPSILON_INFO,
  ],
  slotNames: ['meanSquare', 'moment', 'meanGradient'],
  updateRule:
    's \\leftarrow \\rho \\, s + (1 - \\rho) \\, g^2 \\\\ ' +
    'm \\leftarrow \\mu \\, m + \\alpha \\, \\frac{g}{\\sqrt{s + \\varepsilon}} \\\\ w \\leftarrow w - m',
};

/**
 * RMSprop (Hinton, 2012): divide each gradient by the root of a running mean of its squares, so
 * steep and flat directions move at similar speeds.
 *
 *     s ← ρ s + (1 − ρ) g²              (meanSquare)
 *     m ← μ m + α g / √(s + ε)          (moment; with μ = 0 it is just this step)
 *     w ← w − m
 *
 * Centred (`centered: true`) also tracks the mean gradient ḡ ← ρ ḡ + (1 − ρ) g and uses
 * √(s − ḡ² + ε) instead of √(s + ε). ḡ (meanGradient) is tracked either way, so switching centring
 * on mid-run uses a warm estimate.
 *
 * Matches `tf.train.rmsprop(α, ρ, μ, ε)`. tfjs's centred variant computes √(s − (ḡ² + ε)), which
 * subtracts ε; here ε is added, as in TensorFlow (Python) and Keras: the two agree when ε = 0.
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const opt = new RMSprop({ learningRate: 0.01 });
 * const g = tf.scalar(3);
 * opt.applyGradients([{ variable: w, gradient: g }]);   // s = 0.9, w = 5 − 0.01·3/√0.9 ≈ 4.9684
 * tf.dispose([g, w]); opt.dispose();
 */
export class RMSprop extends OptimizerBase<RMSpropHyperparameters, 'meanSquare' | 'moment' | 'meanGradient'> {
  /** @throws OptimizerError `invalid-hyperparameter` when α ≤ 0, ρ or μ is outside [0, 1), or ε ≤ 0. */
  constructor(hyperparameters: Partial<RMSpropHyperparameters> = {}) {
    super(
      RMSPROP_METADATA,
      { learningRate: 0.001, decay: 0.9, momentum: 0, epsilon: 1e-7, centered: false },
      hyperparameters,
    );
  }

  /** Also checks that `centered` is a boolean. */
  override validate(): void {
    super.validate();
    const { centered } = this.hyperparameters;
    if (typeof centered !== 'boolean') {
      throw new OptimizerError(
        'invalid-hyperparameter',
        `RMSprop: the hyperparameter "centered" must be true or false, got ${String(centered)}.`,
        { hyperparameter: 'centered', value: String(centered) },
      );
    }
  }

  protected rule(
    w: tf.Tensor,
    g: tf.Tensor,
    slots: { meanSquare: tf.Tensor; moment: tf.Tensor; meanGradient: tf.Tensor },
  ): UpdateResult<'meanSquare' | 'moment' | 'meanGradient'> {
    const { learningRate, decay, momentum, epsilon, centered } = this.hyperparameters;
    const meanSquare = tf.add(tf.mul(decay, slots.meanSquare), tf.mul(1 - decay, tf.square(g)));
    const meanGradient = tf.add(tf.mul(decay, slots.meanGradient), tf.mul(1 - decay, g));
    const variance = centered ? tf.sub(meanSquare, tf.square(meanGradient)) : meanSquare;
    const scaled = tf.div(tf.mul(learningRate, g), tf.sqrt(tf.add(variance, epsilon)));
    const moment = tf.add(tf.mul(momentum, slots.moment), scaled);
    return { value: tf.sub(w, moment), slots: { meanSquare, moment, meanGradient } };
  }
}
