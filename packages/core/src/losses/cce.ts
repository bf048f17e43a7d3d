import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';
import { PROBABILITY_EPSILON } from './bce.js';

/**
 * Categorical cross-entropy from probabilities: targets one-hot `[n, k]`, probabilities `[n, k]`
 * (each row a distribution over the k classes, e.g. a softmax output):
 *
 *   ℓᵢ = −Σ_c yᵢc ln pᵢc  (= −ln of the probability given to the true class),   L = (1/n) Σ ℓᵢ.
 *
 * As for BCE, probabilities are floored at ε = {@link PROBABILITY_EPSILON} before the log, so a
 * true class given probability 0 costs −ln ε ≈ 16.118 rather than ∞. Prefer `cce-logits` for
 * training.
 */
export class CategoricalCrossEntropy extends BaseLoss {
  readonly id = 'cce' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'categorical' as const;

  formulaParts(): LossFormula {
    return { term: '\\ell_i = -\\sum_{c=1}^{k} y_{ic} \\ln p_{ic}', total: MEAN_TOTAL };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    const logP = tf.log(tf.maximum(outputs, PROBABILITY_EPSILON));
    return tf.neg(tf.sum(tf.mul(targets, logP), 1));
  }
}
