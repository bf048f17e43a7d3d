import { tf } from '../tf.js';
import { learningRateInfo, type OptimizerMetadata } from './metadata.js';
import { OptimizerBase, type UpdateResult } from './optimizer-base.js';

/** Hyperparameters of plain gradient descent. */
export interface SGDHyperparameters {
  /** Step size α > 0. Default 0.01 (`tf.train.sgd` has no default). */
  learningRate: number;
}

export const SGD_METADATA: OptimizerMetadata = {
  kind: 'sgd',
  name: 'Gradient descent',
  hyperparameters: [learningRateInfo(0.01)],
  slotNames: [],
  updateRule: 'w \\leftarrow w - \\alpha \\, \\nabla L(w)',
};

/**
 * Gradient descent (stochastic when the gradient comes from a mini-batch):
 *
 *     w ← w − α g,   g = ∇L(w)
 *
 * No state. Matches `tf.train.sgd(α)` exactly.
 *
 * @example
 * const w = tf.tidy(() => tf.variable(tf.scalar(5)));
 * const sgd = new SGD({ learningRate: 0.1 });
 * const g = tf.scalar(3);               // ∇L(w) for L = ½(2 − w)² at w = 5
 * sgd.applyGradients([{ variable: w, gradient: g }]);
 * w.dataSync();                          // [4.7]
 * tf.dispose([g, w]);
 */
export class SGD extends OptimizerBase<SGDHyperparameters> {
  /** @throws OptimizerError `invalid-hyperparameter` when α is not a finite number > 0. */
  constructor(hyperparameters: Partial<SGDHyperparameters> = {}) {
    super(SGD_METADATA, { learningRate: 0.01 }, hyperparameters);
  }

  protected rule(w: tf.Tensor, g: tf.Tensor): UpdateResult<never> {
    const { learningRate } = this.hyperparameters;
    return { value: tf.sub(w, tf.mul(learningRate, g)), slots: {} };
  }
}
