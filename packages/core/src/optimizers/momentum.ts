import { tf } from '../tf.js';
import { fractionInfo, learningRateInfo, type OptimizerMetadata } from './metadata.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

/** Hyperparameters of gradient descent with momentum (both forms, and Nesterov). */
export interface MomentumHyperparameters {
  /** Step size γ > 0. Default 0.01 (`tf.train.momentum` has no default). */
  learningRate: number;
  /** Momentum β in [0, 1): how much of the previous velocity is kept. Default 0.9. */
  momentum: number;
}

export const MOMENTUM_METADATA: OptimizerMetadata = {
  kind: 'momentum',
  name: 'Momentum',
  hyperparameters: [learningRateInfo(0.01, 10, '\\gamma'), fractionInfo('momentum', '\\beta', 0.9)],
  slotNames: ['velocity'],
  updateRule: 'p \\leftarrow \\beta \\, p + \\nabla L(w) \\\\ w \\leftarrow w - \\gamma \\, p',
};

/**
 * Gradient descent with momentum, velocity form (CURRICULUM C.3 (i)):
 *
 *     p ← β p + ∇L(w)
 *     w ← w − γ p
 *
 * The velocity p starts at 0 and accumulates past gradients, so steps grow along directions where
 * gradients agree and oscillations across a valley cancel. γ is `learningRate`, β is `momentum`.
 * Matches `tf.train.momentum(γ, β, false)`. {@link HeavyBall} is the same method written with the
 * previous displacement instead of a velocity.
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const opt = new Momentum({ learningRate: 0.1, momentum: 0.9 });
 * const g = tf.scalar(3);
 * opt.applyGradients([{ variable: w, gradient: g }]);   // p = 3,   w = 4.7
 * opt.applyGradients([{ variable: w, gradient: g }]);   // p = 5.7, w = 4.13
 * tf.dispose([g, w]); opt.dispose();
 */
export class Momentum extends OptimizerBase<MomentumHyperparameters, 'velocity'> {
  /** @throws OptimizerError `invalid-hyperparameter` when γ ≤ 0 or β is outside [0, 1). */
  constructor(hyperparameters: Partial<MomentumHyperparameters> = {}) {
    super(MOMENTUM_METADATA, { learningRate: 0.01, momentum: 0.9 }, hyperparameters);
  }

  protected rule(w: tf.Tensor, g: tf.Tensor, slots: { velocity: tf.Tensor }): UpdateResult<'velocity'> {
    const { learningRate, momentum } = this.hyperparameters;
    const velocity = tf.add(tf.mul(momentum, slots.velocity), g);
    return { value: tf.sub(w, tf.mul(learningRate, velocity)), slots: { velocity } };
  }
}
