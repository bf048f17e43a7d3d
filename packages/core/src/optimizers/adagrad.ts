import { tf } from '../tf.js';
import { EPSILON_INFO, learningRateInfo, type OptimizerMetadata } from './metadata.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

/** Hyperparameters of Adagrad. */
export interface AdagradHyperparameters {
  /** Step size α > 0. Default 0.01 (`tf.train.adagrad` has no default). */
  learningRate: number;
  /** G₀ ≥ 0, the accumulator's starting value, read when a variable's state is created. Default 0.1, as tfjs. */
  initialAccumulatorValue: number;
  /** ε > 0 under the square root. Default 1e-7, tfjs's float32 backend epsilon. */
  epsilon: number;
}

export const ADAGRAD_METADATA: OptimizerMetadata = {
  kind: 'adagrad',
  name: 'Adagrad',
  hyperparameters: [
    learningRateInfo(0.01),
    {
      name: 'initialAccumulatorValue',
      symbol: 'G_0',
      default: 0.1,
      constraint: 'non-negative',
      slider: { min: 0, max: 1, scale: 'linear', step: 0.01 },
    },
    EPSILON_INFO,
  ],
  slotNames: ['accumulator'],
  updateRule:
    'G \\leftarrow G + g^2 \\quad (G \\text{ starts at } G_0) \\\\ w \\leftarrow w - \\alpha \\, \\frac{g}{\\sqrt{G + \\varepsilon}}',
};

/**
 * Adagrad (Duchi et al. 2011): each weight gets its own step size, smaller the more gradient it has
 * seen.
 *
 *     G ← G + g²                 (element-wise; G starts at G₀ = initialAccumulatorValue)
 *     w ← w − α g / √(G + ε)
 *
 * ε sits under the square root, as in tfjs. Matches `tf.train.adagrad(α, G₀)` when ε is the
 * backend epsilon (1e-7 in float32).
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const opt = new Adagrad({ learningRate: 0.1 });
 * const g = tf.scalar(3);
 * opt.applyGradients([{ variable: w, gradient: g }]);   // G = 9.1, w = 5 − 0.1·3/√9.1 ≈ 4.9006
 * tf.dispose([g, w]); opt.dispose();
 */
export class Adagrad extends OptimizerBase<AdagradHyperparameters, 'accumulator'> {
  /** @throws OptimizerError `invalid-hyperparameter` when α ≤ 0, G₀ < 0 or ε ≤ 0. */
  constructor(hyperparameters: Partial<AdagradHyperparameters> = {}) {
    super(
      ADAGRAD_METADATA,
      { learningRate: 0.01, initialAccumulatorValue: 0.1, epsilon: 1e-7 },
      hyperparameters,
    );
  }

  protected override initialSlotValue(): number {
    return this.hyperparameters.initialAccumulatorValue;
  }

  protected rule(w: tf.Tensor, g: tf.Tensor, slots: { accumulator: tf.Tensor }): UpdateResult<'accumulator'> {
    const { learningRate, epsilon } = this.hyperparameters;
    const accumulator = tf.add(slots.accumulator, tf.square(g));
    const step = tf.div(g, tf.sqrt(tf.add(accumulator, epsilon)));
    return { value: tf.sub(w, tf.mul(learningRate, step)), slots: { accumulator } };
  }
}
