/**
 * The "effect on training" experiment: the same small MLP, from the same seeded weights, on the same
 * badly scaled inputs and the same mini-batches, trained twice with plain mini-batch gradient descent:
 * once as it is and once with a normalisation layer (batch or layer norm) between its layers.
 */
import { Batcher } from '../batching/batcher.js';
import { createRandom } from '../data/random.js';
import type { HiddenActivation } from '../models/dense.js';
import { MlpModel } from '../models/mlp.js';
import { createOptimizer } from '../optimizers/create.js';
import type { Optimizer } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import '../tf-gradients.js';
import type { LayerNormalizationKind } from './layer.js';

/** Options of {@link NormalizationComparison}; every one has a default that shows the effect. */
export interface ComparisonOptions {
  /** The normalisation of the second network (default `'batch'`). */
  readonly normalization?: LayerNormalizationKind;
  /** Seeds the data, the weights (the same for both networks) and the batch order (default 1). */
  readonly seed?: number | string;
  /** Layer widths (default [2, 16, 16, 1]). */
  readonly layers?: readonly number[];
  readonly hidden?: HiddenActivation;
  /** Learning rate of both runs (default 0.01). */
  readonly learningRate?: number;
  /** Examples per step (default 16). */
  readonly batchSize?: number;
  /** Examples in the data set (default 128). */
  readonly samples?: number;
  /**
   * How badly the inputs are scaled: feature j is u·scaleⱼ + offsetⱼ with u uniform in [−1, 1]
   * (default scales [1, 10], offsets [0, 10]: the second feature is about ten times larger and
   * never near 0).
   */
  readonly scales?: readonly number[];
  readonly offsets?: readonly number[];
}

/** The whole-data loss of both networks after one step (NaN once a run has diverged). */
export interface ComparisonStep {
  readonly step: number;
  readonly plain: number;
  /** The normalised network in training mode (batch norm: the statistics of all the data). */
  readonly normalized: number;
  /**
   * The normalised network in evaluation mode: batch norm with its running statistics (what a
   * trained network uses on new data); layer norm has none, so this equals `normalized`.
   */
  readonly normalizedEval: number;
}

interface Run {
  readonly model: MlpModel;
  readonly optimizer: Optimizer;
  diverged: boolean;
}

/**
 * Two training runs played in lockstep. `step(k)` runs k updates of each network with no read-back in
 * between, then reads the 2k losses back at once. The loss is the mean squared error over the whole
 * data set, computed in training mode (batch norm normalising with the statistics of all the data).
 * Running statistics are updated every step in PyTorch's convention.
 *
 * Ownership: the comparison owns its models, optimizers and data tensors; `dispose()` frees them.
 */
export class NormalizationComparison {
  readonly options: Required<Omit<ComparisonOptions, 'seed'>> & { readonly seed: number | string };
  /** The data as plain numbers: `features[i]` and `targets[i]`. */
  readonly features: readonly (readonly number[])[];
  readonly targets: readonly number[];
  /** Whole-data losses, index 0 being before any step (`normalizedEval`: evaluation mode). */
  readonly history: { plain: number[]; normalized: number[]; normalizedEval: number[] } = {
    plain: [],
    normalized: [],
    normalizedEval: [],
  };
  private readonly X: tf.Tensor2D;
  private readonly y: tf.Tensor1D;
  private batcher: Batcher;
  private runs: [Run, Run];
  private disposed = false;

  constructor(options: ComparisonOptions = {}) {
    const layers = options.layers ?? [2, 16, 16, 1];
    this.options = {
      normalization: options.normalization ?? 'batch',
      seed: options.seed ?? 1,
      layers,
      hidden: options.hidden ?? 'relu',
      learningRate: options.learningRate ?? 0.01,
      batchSize: options.batchSize ?? 16,
      samples: options.samples ?? 128,
      scales: options.scales ?? [1, 10],
      offsets: options.offsets ?? [0, 10],
    };
    const { samples, scales, offsets, seed } = this.options;
    const features = layers[0] as number;
    const rng = createRandom(seed).fork('data');
    const units: number[][] = Array.from({ length: samples }, () =>
      Array.from({ length: features }, () => 2 * rng.next() - 1),
    );
    this.features = units.map((u) => u.map((v, j) => v * (scales[j] ?? 1) + (offsets[j] ?? 0)));
    // The target depends on the inputs' unscaled values: learning it means undoing the scaling.
    this.targets = units.map(
      (u) => Math.sin(2 * (u[0] ?? 0)) + (u[1] ?? 0) ** 2 - 0.5 * (u[0] ?? 0) * (u[1] ?? 0),
    );
    this.X = tf.tensor2d(this.features as number[][]);
    this.y = tf.tensor1d(this.targets as number[]);
    this.batcher = this.makeBatcher();
    this.runs = [this.makeRun('none'), this.makeRun(this.options.normalization)];
    const [plain, normalized, normalizedEval] = tf.tidy(() =>
      Array.from(tf.concat(this.runs.map((run) => this.wholeLosses(run))).dataSync()),
    );
    this.history.plain.push(plain as number);
    this.history.normalized.push(normalized as number);
    this.history.normalizedEval.push(normalizedEval as number);
  }

  /** Steps taken so far. */
  get steps(): number {
    return this.history.plain.length - 1;
  }

  /** The plain network (index 0) and the normalised one (index 1). */
  get models(): readonly [MlpModel, MlpModel] {
    return [this.runs[0].model, this.runs[1].model];
  }

  /** Whether each run has diverged (its loss stopped being finite). */
  get diverged(): { readonly plain: boolean; readonly normalized: boolean } {
    return { plain: this.runs[0].diverged, normalized: this.runs[1].diverged };
  }

  /**
   * Runs `count` steps of both networks, then reads their losses back at once (the normalised
   * network's in training and in evaluation mode). `pause`, when given,
   * is awaited between one network's update and the other's, so a caller can let the page breathe
   * (each update is a few hundred small kernels).
   */
  async step(count = 1, pause?: () => Promise<void>): Promise<ComparisonStep[]> {
    if (this.disposed) return [];
    const losses: tf.Tensor[] = [];
    for (let i = 0; i < count; i++) {
      const rows = this.batcher.next().indices;
      const pair: tf.Tensor1D[] = [];
      for (const run of this.runs) {
        if (pair.length > 0 && pause) {
          await pause();
          if (this.disposed) {
            tf.dispose([...losses, ...pair]);
            return [];
          }
        }
        pair.push(
          tf.tidy(() => {
            const index = tf.tensor1d(rows, 'int32');
            return this.update(run, tf.gather(this.X, index) as tf.Tensor2D, tf.gather(this.y, index));
          }),
        );
      }
      losses.push(tf.concat(pair));
      tf.dispose(pair);
    }
    const packed = tf.stack(losses);
    tf.dispose(losses);
    const values = await packed.data();
    packed.dispose();
    if (this.disposed) return [];
    const out: ComparisonStep[] = [];
    for (let i = 0; i < count; i++) {
      const [plain, normalized, normalizedEval] = [0, 1, 2].map((k) => {
        const run = this.runs[Math.min(k, 1)] as Run;
        const v = values[3 * i + k] as number;
        // Divergence is judged on the training-mode losses; evaluation mode only reads.
        if (k < 2 && !run.diverged && !Number.isFinite(v)) run.diverged = true;
        return run.diverged ? Number.NaN : v;
      }) as [number, number, number];
      this.history.plain.push(plain);
      this.history.normalized.push(normalized);
      this.history.normalizedEval.push(normalizedEval);
      out.push({ step: this.steps, plain, normalized, normalizedEval });
    }
    return out;
  }

  /** Both networks back to their seeded start, the batches back to the first. */
  reset(): void {
    for (const run of this.runs) {
      run.model.dispose();
      run.optimizer.dispose();
    }
    this.runs = [this.makeRun('none'), this.makeRun(this.options.normalization)];
    this.batcher = this.makeBatcher();
    for (const key of ['plain', 'normalized', 'normalizedEval'] as const) {
      this.history[key] = [this.history[key][0] as number];
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const run of this.runs) {
      run.model.dispose();
      run.optimizer.dispose();
    }
    tf.dispose([this.X, this.y]);
  }

  private makeBatcher(): Batcher {
    return new Batcher({
      size: this.options.samples,
      mode: 'mini-batch',
      batchSize: this.options.batchSize,
      seed: this.options.seed,
    });
  }

  private makeRun(normalization: LayerNormalizationKind | 'none'): Run {
    return {
      // The same seed: the shared weights W1, b1, W2, … start identical in both networks.
      model: new MlpModel({
        layers: this.options.layers,
        hidden: this.options.hidden,
        init: { seed: this.options.seed },
        normalization,
      }),
      optimizer: createOptimizer('sgd', { learningRate: this.options.learningRate }) as Optimizer,
      diverged: false,
    };
  }

  /**
   * One SGD step of one run on a batch; returns the whole-data losses after it (see
   * {@link wholeLosses}; in the caller's tidy).
   */
  private update(run: Run, Xb: tf.Tensor2D, yb: tf.Tensor): tf.Tensor1D {
    if (run.diverged) return tf.fill([run.model.normalization ? 2 : 1], Number.NaN) as tf.Tensor1D;
    const variables = run.model.parameters.map((p) => p.variable);
    // PyTorch folds the batch into the running statistics in the forward pass, before the update:
    // so does trainingLogits, in the same pass as the gradient's.
    const { grads } = tf.variableGrads(() => mse(run.model.trainingLogits(Xb), yb), variables);
    run.optimizer.applyGradients(
      variables.map((variable) => ({ variable, gradient: grads[variable.name]! })),
    );
    return this.wholeLosses(run);
  }

  /**
   * The whole-data loss in training mode, and for a normalised network also in evaluation mode
   * (batch norm with its running statistics; layer norm's is the same number, not recomputed).
   */
  private wholeLosses(run: Run): tf.Tensor1D {
    const model = run.model;
    const train = mse(model.logits(this.X), this.y);
    if (!model.normalization) return tf.reshape(train, [1]);
    if (model.normalization !== 'batch') return tf.stack([train, train]) as tf.Tensor1D;
    model.mode = 'eval';
    try {
      return tf.stack([train, mse(model.logits(this.X), this.y)]) as tf.Tensor1D;
    } finally {
      model.mode = 'train';
    }
  }
}

function mse(prediction: tf.Tensor, target: tf.Tensor): tf.Scalar {
  return tf.mean(tf.square(tf.sub(prediction, target))) as tf.Scalar;
}
