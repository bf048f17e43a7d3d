import { tf } from '../tf.js';
import { fractionInfo, learningRateInfo, type OptimizerMetadata } from './metadata.js';
import type { MomentumHyperparameters } from './momentum.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

export const HEAVY_BALL_METADATA: OptimizerMetadata = {
  kind: 'heavy-ball',
  name: 'Heavy ball',
  hyperparameters: [learningRateInfo(0.01, 10, '\\gamma'), fractionInfo('momentum', '\\beta', 0.9)],
  slotNames: ['displacement'],
  updateRule: 'w_{k+1} = w_k - \\gamma \\, \\nabla L(w_k) + \\beta \\, (w_k - w_{k-1})',
};

/**
 * Polyak's heavy-ball method (CURRICULUM C.3 (ii)):
 *
 *     w_{k+1} = w_k − γ ∇L(w_k) + β (w_k − w_{k−1})
 *
 * The ball keeps a fraction β of its last displacement d_k = w_k − w_{k−1} (0 before the first
 * step), which is this optimizer's only slot:
 *
 *     d ← β d − γ ∇L(w)
 *     w ← w + d
 *
 * With a constant γ this is exactly {@link Momentum}'s velocity form: d_k = −γ p_k.
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const opt = new HeavyBall({ learningRate: 0.1, momentum: 0.9 });
 * const g = tf.scalar(3);
 * opt.applyGradients([{ variable: w, gradient: g }]);   // d = −0.3,  w = 4.7
 * opt.applyGradients([{ variable: w, gradient: g }]);   // d = −0.57, w = 4.13
 * tf.dispose([g, w]); opt.dispose();
 */
export class HeavyBall extends OptimizerBase<MomentumHyperparameters, 'displacement'> {
  /** @throws OptimizerError `invalid-hyperparameter` when γ ≤ 0 or β is outside [0, 1). */
  constructor(hyperparameters: Partial<MomentumHyperparameters> = {}) {
    super(HEAVY_BALL_METADATA, { learningRate: 0.01, momentum: 0.9 }, hyperparameters);
  }

  protected rule(
    w: tf.Tensor,
    g: tf.Tensor,
    slots: { displacement: tf.Tensor },
  ): UpdateResult<'displacement'> {
    const { learningRate, momentum } = this.hyperparameters;
    const displacement = tf.sub(tf.mul(momentum, slots.displacement), tf.mul(learningRate, g));
    return { value: tf.add(w, displacement), slots: { displacement } };
  }
}
