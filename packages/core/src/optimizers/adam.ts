import { tf } from '../tf.js';
import { EPSILON_INFO, fractionInfo, learningRateInfo, type OptimizerMetadata } from './metadata.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

/** Hyperparameters of Adam. Defaults are `tf.train.adam()`'s. */
export interface AdamHyperparameters {
  /** Step size α > 0. Default 0.001. */
  learningRate: number;
  /** Decay β₁ in [0, 1) of the first moment (mean of g). Default 0.9. */
  beta1: number;
  /** Decay β₂ in [0, 1) of the second moment (mean of g²). Default 0.999. */
  beta2: number;
  /** ε > 0 added to √v̂. Default 1e-7, tfjs's float32 backend epsilon. */
  epsilon: number;
}

export const ADAM_METADATA: OptimizerMetadata = {
  kind: 'adam',
  name: 'Adam',
  hyperparameters: [
    learningRateInfo(0.001, 1),
    fractionInfo('beta1', '\\beta_1', 0.9),
    fractionInfo('beta2', '\\beta_2', 0.999),
    EPSILON_INFO,
  ],
  slotNames: ['m', 'v'],
  updateRule:
    'm \\leftarrow \\beta_1 m + (1 - \\beta_1) \\, g \\\\ ' +
    'v \\leftarrow \\beta_2 v + (1 - \\beta_2) \\, g^2 \\\\ ' +
    '\\hat m = \\frac{m}{1 - \\beta_1^t}, \\quad \\hat v = \\frac{v}{1 - \\beta_2^t} \\\\ ' +
    'w \\leftarrow w - \\alpha \\, \\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}',
};

/**
 * Adam (Kingma & Ba, 2015): momentum on the gradient (m) and RMSprop-style scaling by the
 * gradient's root mean square (v), both bias-corrected because they start at 0.
 *
 *     m ← β₁ m + (1 − β₁) g
 *     v ← β₂ v + (1 − β₂) g²
 *     m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)        (t = 1, 2, … counts the updates)
 *     w ← w − α m̂ / (√v̂ + ε)
 *
 * Matches `tf.train.adam(α, β₁, β₂)`. The correction uses the current β's: change β₁ mid-run and
 * the next step uses the new β₁ᵗ (tfjs multiplies the old ones into a running product instead).
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const opt = new Adam({ learningRate: 0.1 });
 * const g = tf.scalar(3);
 * opt.applyGradients([{ variable: w, gradient: g }]);   // m̂ = 3, v̂ = 9: w ≈ 5 − 0.1 = 4.9
 * tf.dispose([g, w]); opt.dispose();
 */
export class Adam extends OptimizerBase<AdamHyperparameters, 'm' | 'v'> {
  /** @throws OptimizerError `invalid-hyperparameter` when α ≤ 0, β₁ or β₂ is outside [0, 1), or ε ≤ 0. */
  constructor(hyperparameters: Partial<AdamHyperparameters> = {}) {
    super(ADAM_METADATA, { learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-7 }, hyperparameters);
  }

  protected rule(
    w: tf.Tensor,
    g: tf.Tensor,
    slots: { m: tf.Tensor; v: tf.Tensor },
    t: number,
  ): UpdateResult<'m' | 'v'> {
    const { learningRate, beta1, beta2, epsilon } = this.hyperparameters;
    const m = tf.add(tf.mul(beta1, slots.m), tf.mul(1 - beta1, g));
    const v = tf.add(tf.mul(beta2, slots.v), tf.mul(1 - beta2, tf.square(g)));
    const mHat = tf.div(m, 1 - beta1 ** t);
    const vHat = tf.div(v, 1 - beta2 ** t);
    const step = tf.div(mHat, tf.add(tf.sqrt(vHat), epsilon));
    return { value: tf.sub(w, tf.mul(learningRate, step)), slots: { m, v } };
  }
}
