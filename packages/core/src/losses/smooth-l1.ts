import { tf } from '../tf.js';
import { BaseLoss, type FormulaOptions, type LossFormula, latexNumber, MEAN_TOTAL } from './base.js';

/**
 * Smooth L1 loss with threshold β > 0 (option `beta`, default 1), on rᵢ = ŷᵢ − yᵢ, as PyTorch's
 * `SmoothL1Loss` defines it:
 *
 *   ℓᵢ = ½ rᵢ² / β    if |rᵢ| < β
 *   ℓᵢ = |rᵢ| − ½ β   otherwise,          L = (1/n) Σ ℓᵢ.
 *
 * It is Huber with δ = β, divided by β: the linear part has slope 1 whatever β is (like MAE), and
 * dℓ/dr = clip(r/β, −1, 1). The literature mixes the two names up: widgets show this formula.
 *
 * Computed without a branch, with q = min(|r|, β): ℓ = q² / (2β) + |r| − q, which is r²/(2β)
 * below β (q = |r|) and β/2 + |r| − β = |r| − ½ β above it (q = β).
 * Curriculum A.3: truth (10, 20, 30), prediction (15, 18, 40), β = 5 gives per row 2.5, 0.4, 7.5
 * and L = 10.4/3 ≈ 3.47.
 */
export class SmoothL1Loss extends BaseLoss {
  readonly id = 'smooth-l1' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  /** LaTeX with β as its current number, or as `\beta` when `symbolic`. */
  formulaParts(options: FormulaOptions = {}): LossFormula {
    const b = options.symbolic ? '\\beta' : latexNumber(this.options.beta);
    const twoB = options.symbolic ? '2\\beta' : `2 \\cdot ${b}`;
    return {
      term:
        `\\ell_i = \\begin{cases} \\frac{r_i^2}{${twoB}} & \\text{if } |r_i| < ${b} \\\\ ` +
        `|r_i| - \\frac{${b}}{2} & \\text{otherwise} \\end{cases}, \\quad r_i = \\hat{y}_i - y_i`,
      total: MEAN_TOTAL,
    };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    const beta = this.options.beta;
    const r = tf.sub(this.flat(outputs), this.flat(targets));
    const size = tf.abs(r);
    const q = tf.minimum(size, beta);
    return tf.add(tf.div(tf.square(q), 2 * beta), tf.sub(size, q));
  }
}
