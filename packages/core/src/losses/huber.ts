import { tf } from '../tf.js';
import { BaseLoss, type FormulaOptions, type LossFormula, latexNumber, MEAN_TOTAL } from './base.js';

/**
 * Huber loss with threshold δ > 0 (option `delta`, default 1), on the residual rᵢ = ŷᵢ − yᵢ:
 *
 *   ℓᵢ = ½ rᵢ²            if |rᵢ| ≤ δ
 *   ℓᵢ = δ (|rᵢ| − ½ δ)   otherwise,          L = (1/n) Σ ℓᵢ.
 *
 * Quadratic near zero, linear for outliers; the two pieces meet with equal value and slope at
 * |r| = δ. Its derivative is the clipped residual: dℓ/dr = clip(r, −δ, δ).
 *
 * Computed without a branch, with q = min(|r|, δ): ℓ = ½ q² + δ (|r| − q). Below δ, q = |r| and
 * ℓ = ½ r²; above it, q = δ and ℓ = ½ δ² + δ (|r| − δ) = δ (|r| − ½ δ). (A `where` on |r| ≤ δ
 * would ask autodiff for the gradient of a comparison, which has none.)
 * Curriculum A.3: truth (10, 20, 30), prediction (15, 18, 40), δ = 4 gives per row 12, 2, 32 and
 * L = 46/3 ≈ 15.33. Smooth L1 ({@link SmoothL1Loss}) is this loss divided by δ.
 */
export class HuberLoss extends BaseLoss {
  readonly id = 'huber' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  /** LaTeX with δ as its current number, or as `\delta` when `symbolic`. */
  formulaParts(options: FormulaOptions = {}): LossFormula {
    const d = options.symbolic ? '\\delta' : latexNumber(this.options.delta);
    const times = options.symbolic ? '' : '\\cdot ';
    return {
      term:
        `\\ell_i = \\begin{cases} \\tfrac{1}{2} r_i^2 & \\text{if } |r_i| \\le ${d} \\\\ ` +
        `${d}\\,(|r_i| - \\tfrac{1}{2}${times}${d}) & \\text{otherwise} \\end{cases}, ` +
        `\\quad r_i = \\hat{y}_i - y_i`,
      total: MEAN_TOTAL,
    };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    const delta = this.options.delta;
    const r = tf.sub(this.flat(outputs), this.flat(targets));
    const size = tf.abs(r);
    const q = tf.minimum(size, delta);
    return tf.add(tf.mul(tf.square(q), 0.5), tf.mul(tf.sub(size, q), delta));
  }
}
