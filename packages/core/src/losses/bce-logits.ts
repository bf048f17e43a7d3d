import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';

/**
 * ℓ(y, z) = max(z, 0) − z·y + ln(1 + e^(−|z|)) element-wise, with the textbook gradients
 * ∂ℓ/∂z = σ(z) − y and ∂ℓ/∂y = −z.
 *
 * The gradient is written out rather than left to autodiff: |z| and max(z, 0) have kinks at
 * z = 0, where autodiff picks a one-sided slope and would return −y (or 1 − y) instead of
 * σ(0) − y = ½ − y. z = 0 is exactly where a logistic model starting from zero weights sits.
 */
const stableLogisticLoss = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const y = args[0] as tf.Tensor;
  const z = args[1] as tf.Tensor;
  const save = args[2] as tf.GradSaveFunc;
  save([y, z]);
  const value = tf.add(tf.sub(tf.relu(z), tf.mul(z, y)), tf.log1p(tf.exp(tf.neg(tf.abs(z)))));
  return {
    value,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [savedY, savedZ] = saved as [tf.Tensor, tf.Tensor];
      return [tf.mul(dy, tf.neg(savedZ)), tf.mul(dy, tf.sub(tf.sigmoid(savedZ), savedY))];
    },
  };
});

/**
 * Binary cross-entropy from logits zᵢ (so pᵢ = σ(zᵢ) = 1/(1 + e^(−zᵢ))), targets yᵢ ∈ {0, 1}:
 *
 *   ℓᵢ = max(zᵢ, 0) − zᵢ yᵢ + ln(1 + e^(−|zᵢ|)),     L = (1/n) Σ ℓᵢ.
 *
 * Algebraically equal to −[yᵢ ln σ(zᵢ) + (1 − yᵢ) ln(1 − σ(zᵢ))], but e^(−|z|) never overflows and
 * σ(z) is never rounded to exactly 0 or 1, so it stays finite and accurate for any finite z
 * (z = ±100 included) without clipping. Gradient: ∂ℓᵢ/∂zᵢ = σ(zᵢ) − yᵢ, the "prediction minus
 * truth" of the logistic regression update (curriculum A.9).
 */
export class BinaryCrossEntropyWithLogits extends BaseLoss {
  readonly id = 'bce-logits' as const;
  readonly input = 'logits' as const;
  readonly layout = 'elementwise' as const;

  formulaParts(): LossFormula {
    return {
      term: '\\ell_i = \\max(z_i, 0) - z_i y_i + \\ln\\left(1 + e^{-|z_i|}\\right)',
      total: MEAN_TOTAL,
    };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    return stableLogisticLoss(this.flat(targets), this.flat(outputs));
  }
}
