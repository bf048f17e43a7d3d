import { tf } from '../tf.js';
import { fractionInfo, learningRateInfo, type OptimizerMetadata } from './metadata.js';
import type { MomentumHyperparameters } from './momentum.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

export const NESTEROV_METADATA: OptimizerMetadata = {
  kind: 'nesterov',
  name: 'Nesterov momentum',
  hyperparameters: [learningRateInfo(0.01, 10, '\\gamma'), fractionInfo('momentum', '\\beta', 0.9)],
  slotNames: ['velocity'],
  updateRule:
    'p \\leftarrow \\beta \\, p + \\nabla L(w) \\\\ w \\leftarrow w - \\gamma \\, (\\nabla L(w) + \\beta \\, p)',
};

/**
 * Nesterov's accelerated gradient, in the form TensorFlow uses (Sutskever et al. 2013):
 *
 *     p ← β p + ∇L(w)
 *     w ← w − γ (∇L(w) + β p)
 *
 * Compared with {@link Momentum}, the step "looks ahead": it uses the gradient plus the *new*
 * velocity scaled by β, i.e. where momentum is about to carry the weights. Matches
 * `tf.train.momentum(γ, β, true)`.
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const opt = new Nesterov({ learningRate: 0.1, momentum: 0.9 });
 * const g = tf.scalar(3);
 * opt.applyGradients([{ variable: w, gradient: g }]);   // p = 3, w = 5 − 0.1·(3 + 2.7) = 4.43
 * tf.dispose([g, w]); opt.dispose();
 */
export class Nesterov extends OptimizerBase<MomentumHyperparameters, 'velocity'> {
  /** @throws OptimizerError `invalid-hyperparameter` when γ ≤ 0 or β is outside [0, 1). */
  constructor(hyperparameters: Partial<MomentumHyperparameters> = {}) {
    super(NESTEROV_METADATA, { learningRate: 0.01, momentum: 0.9 }, hyperparameters);
  }

  protected rule(w: tf.Tensor, g: tf.Tensor, slots: { velocity: tf.Tensor }): UpdateResult<'velocity'> {
    const { learningRate, momentum } = this.hyperparameters;
    const velocity = tf.add(tf.mul(momentum, slots.velocity), g);
    const step = tf.add(g, tf.mul(momentum, velocity));
    return { value: tf.sub(w, tf.mul(learningRate, step)), slots: { velocity } };
  }
}
