import { tf } from '../tf.js';
import { BaseLoss, type LossFormula } from './base.js';

/** Below this, the square root's derivative 1/(2√m) is computed with √m replaced by it (float32-safe). */
const ROOT_FLOOR = 1e-30;

/**
 * √m with the derivative 1/(2√m) kept finite at m = 0.
 *
 * Autodiff of `tf.sqrt` at m = 0 gives ∞ · 0 = NaN through the chain rule, which would poison a
 * model that fits its data exactly (the house prices of A.2 do). At m = 0 every residual is 0, so
 * the upstream ∂m/∂ŷ is 0 and the true one-sided answer is 0: flooring √m at a tiny number gives it.
 */
const sqrtWithFiniteGradient = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const m = args[0] as tf.Tensor;
  const save = args[1] as tf.GradSaveFunc;
  const root = tf.sqrt(m);
  save([root]);
  return {
    value: root,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) =>
      tf.div(tf.mul(dy, 0.5), tf.maximum(saved[0] as tf.Tensor, ROOT_FLOOR)),
  };
});

/**
 * Root mean squared error: ℓᵢ = (ŷᵢ − yᵢ)², L = √((1/n) Σ ℓᵢ), in the units of the target.
 *
 * `perExample` returns the squared errors (the terms under the root); the total is not their mean
 * but its square root. Curriculum A.3: truth (10, 20, 30), prediction (12, 18, 30) gives
 * L = √(8/3) ≈ 1.633.
 *
 * The `convention` option is ignored: RMSE is defined to be in the target's units, and
 * √(½ · MSE) is not a quantity anyone reports. Gradient: ∂L/∂ŷᵢ = (ŷᵢ − yᵢ) / (n · L), taken as 0
 * at an exact fit (L = 0), where it would otherwise be 0/0.
 */
export class RootMeanSquaredError extends BaseLoss {
  readonly id = 'rmse' as const;
  readonly input = 'prediction' as const;
  readonly layout = 'elementwise' as const;

  formulaParts(): LossFormula {
    return {
      term: '\\ell_i = (\\hat{y}_i - y_i)^2',
      total: 'L = \\sqrt{\\frac{1}{n}\\sum_{i=1}^{n} \\ell_i}',
    };
  }

  protected computePerExample(targets: tf.Tensor, outputs: tf.Tensor): tf.Tensor {
    return tf.square(tf.sub(this.flat(outputs), this.flat(targets)));
  }

  protected override reduce(perExample: tf.Tensor1D): tf.Scalar {
    return sqrtWithFiniteGradient(tf.mean(perExample)) as tf.Scalar;
  }
}
