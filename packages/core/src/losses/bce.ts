import { tf } from '../tf.js';
import { BaseLoss, type LossFormula, MEAN_TOTAL } from './base.js';

/**
 * The smallest argument a cross-entropy from probabilities passes to `log`: 10⁻⁷ (Keras's
 * `epsilon()`), chosen so that the bound survives float32 (the WebGL backend's precision).
 * One example then costs at most −ln ε ≈ 16.118 instead of ∞.
 */
export const PROBABILITY_EPSILON = 1e-7;

/**
 * Binary cross-entropy from probabilities pᵢ = P(yᵢ = 1), targets yᵢ ∈ {0, 1}:
 *
 *   ℓᵢ = −[yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)],     L = (1/n) Σ ℓᵢ.
 *
 * The bracket is the log-likelihood of the example ({@link BinaryCrossEntropy.logLikelihoodTerms}),
 * ≤ 0; BCE is its negated mean. Curriculum A.3: truth (1, 1, 0), p (0.9, 0.7, 0.3) gives the terms
 * ln 0.9 ≈ −0.105, ln 0.7 ≈ −0.357, ln 0.7 ≈ −0.357 and BCE ≈ 0.27.
 *
 * Clipping: p is clipped to [ε, 1 − ε] with ε = {@link PROBABILITY_EPSILON}, written as
 * ln(max(p, ε)) and ln(max(1 − p, ε)) so both ends are exact in float32. A confident wrong answer
 * (p = 0 with y = 1, or p = 1 with y = 0) therefore costs −ln ε ≈ 16.118, never ∞ or NaN, and
 * its gradient with respect to p is 0 (a clipped probability does not move).
 * Prefer `bce-logits` for training: it needs no clipping.
 */
export class BinaryCrossEntropy extends BaseLoss {
  readonly id = 'bce' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  formulaParts(): LossFormula {
    return {
      term: '\\ell_i = -\\left[y_i \\ln p_i + (1 - y_i) \\ln(1 - p_i)\\right]',
      total: MEAN_TOTAL,
    };
  }

  /**
   * The signed log-likelihood terms yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ), shape `[n]`, each ≤ 0: the
   * column the curriculum's BCE table prints (−0.105, −0.357, −0.357). Same clipping as the loss.
   * Caller disposes.
   * @throws {LossError} `shape-mismatch` or `empty`.
   */
  logLikelihoodTerms(targets: tf.Tensor, probabilities: tf.Tensor): tf.Tensor1D {
    return tf.tidy(() => tf.neg(this.perExample(targets, probabilities)) as tf.Tensor1D);
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    const y = this.flat(targets);
    const p = this.flat(outputs);
    const logP = tf.log(tf.maximum(p, PROBABILITY_EPSILON));
    const logNotP = tf.log(tf.maximum(tf.sub(1, p), PROBABILITY_EPSILON));
    const logLikelihood = tf.add(tf.mul(y, logP), tf.mul(tf.sub(1, y), logNotP));
    return tf.neg(logLikelihood);
  }
}
