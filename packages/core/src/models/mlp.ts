import {
  type LayerNormalizationKind,
  NormalizationLayer,
  type NormalizationMode,
} from '../normalization/layer.js';
import type { tf } from '../tf.js';
import {
  checkCount,
  DenseStackModel,
  type HiddenActivation,
  type LayerSpec,
  type OutputActivation,
} from './dense.js';
import { ModelError } from './errors.js';
import type { ModelInit } from './init.js';

/** Options of {@link MlpModel}. */
export interface MlpModelOptions {
  /** Layer widths from input to output, at least two, e.g. `[2, 8, 1]`: 2 features, 8 hidden units, 1 output. */
  readonly layers: readonly number[];
  /** Activation of every hidden layer (default `'relu'`). */
  readonly hidden?: HiddenActivation;
  /** Output link (default `'identity'`); `'softmax'` needs at least 2 outputs. */
  readonly output?: OutputActivation;
  /** Starting parameters (default `{ seed: 0 }`: zeros would leave every hidden unit identical). */
  readonly init?: ModelInit;
  /**
   * A normalisation layer between each hidden dense layer and its activation (default `'none'`):
   * `'batch'` (per unit over the batch) or `'layer'` (per example over the units). It adds
   * parameters `gamma1`, `beta1`, … after each hidden layer's bias (γ starts at 1, β at 0).
   */
  readonly normalization?: LayerNormalizationKind | 'none';
  /** ε and the running-statistics momentum of the normalisation layers (defaults 1e-5 and 0.1). */
  readonly normalizationOptions?: { readonly epsilon?: number; readonly momentum?: number };
}

const HIDDEN: readonly HiddenActivation[] = ['relu', 'tanh', 'sigmoid'];
const OUTPUT: readonly OutputActivation[] = ['identity', 'sigmoid', 'softmax'];

/**
 * Multilayer perceptron: h₀ = X, hₗ = act(hₗ₋₁ Wₗ + bₗ) for the hidden layers, and the output
 * link applied to the last layer's z = h Wₗ + bₗ.
 *
 * Parameters, in order: `W1` [n₀, n₁], `b1` [n₁], `W2` [n₁, n₂], `b2` [n₂], …
 * Output: `[n]` when the last layer has one unit, else `[n, k]`.
 * Seeded init: He normal (σ = √(2/fan_in)) for layers followed by ReLU, Glorot normal
 * (σ = √(2/(fan_in + fan_out))) otherwise; biases 0.
 *
 * With `normalization`, each hidden layer computes act(norm(hₗ₋₁ Wₗ + bₗ)) (see
 * `normalization/layer.ts`). Batch norm uses the batch's statistics while `mode` is `'train'` and
 * the running ones in `'eval'`; {@link MlpModel.updateRunningStatistics} folds a batch into the
 * running ones (PyTorch does this inside every training-mode forward pass; here it is a separate
 * call, so that reading the loss never moves them).
 *
 * @throws ModelError `invalid-layer-sizes` (fewer than two widths, a width not a positive
 *   integer, softmax with one output), `invalid-activation`, and the init errors.
 */
export class MlpModel extends DenseStackModel {
  readonly kind = 'mlp' as const;
  readonly layerSizes: readonly number[];
  readonly hiddenActivation: HiddenActivation;
  readonly outputActivation: OutputActivation;
  /** The normalisation between layers, or undefined for a plain MLP. */
  readonly normalization: LayerNormalizationKind | undefined;
  /** One normalisation layer per hidden layer (empty for a plain MLP). */
  readonly normalizationLayers: readonly NormalizationLayer[];
  /** Batch norm's statistics: the batch's (`train`, default) or the running ones (`eval`). */
  mode: NormalizationMode = 'train';
  private tracking = false;

  constructor(options: MlpModelOptions) {
    const sizes = options.layers;
    if (!Array.isArray(sizes) || sizes.length < 2) {
      throw new ModelError(
        'invalid-layer-sizes',
        'An MLP needs at least two layer sizes (inputs and outputs).',
        {
          layers: sizes,
        },
      );
    }
    sizes.forEach((s, i) => {
      checkCount(s, `MLP layer size ${i}`, 'invalid-layer-sizes');
    });
    const hidden = options.hidden ?? 'relu';
    const output = options.output ?? 'identity';
    if (!HIDDEN.includes(hidden)) {
      throw new ModelError(
        'invalid-activation',
        `Hidden activation must be one of ${HIDDEN.join(', ')}, got '${hidden}'.`,
        {
          activation: hidden,
        },
      );
    }
    if (!OUTPUT.includes(output)) {
      throw new ModelError(
        'invalid-activation',
        `Output activation must be one of ${OUTPUT.join(', ')}, got '${output}'.`,
        {
          activation: output,
        },
      );
    }
    const outputs = sizes[sizes.length - 1] as number;
    if (output === 'softmax' && outputs < 2) {
      throw new ModelError('invalid-layer-sizes', 'A softmax output needs at least 2 units.', { outputs });
    }
    const normalization = options.normalization ?? 'none';
    if (normalization !== 'none' && normalization !== 'batch' && normalization !== 'layer') {
      throw new ModelError(
        'invalid-normalization',
        `Normalisation must be 'none', 'batch' or 'layer', got '${String(normalization)}'.`,
        { normalization },
      );
    }
    const specs: LayerSpec[] = [];
    for (let l = 1; l < sizes.length; l++) {
      const isLast = l === sizes.length - 1;
      const inputSize = sizes[l - 1] as number;
      const outputSize = sizes[l] as number;
      specs.push({
        weightName: `W${l}`,
        weightShape: [inputSize, outputSize],
        biasName: `b${l}`,
        inputSize,
        outputSize,
        activation: isLast ? output : hidden,
        scheme: !isLast && hidden === 'relu' ? 'he' : 'glorot',
        extra:
          isLast || normalization === 'none'
            ? undefined
            : (['gamma', 'beta'] as const).map((name) => ({
                name: `${name}${l}`,
                shape: [outputSize],
                role: name === 'gamma' ? 'scale' : 'bias',
                fanIn: inputSize,
                fanOut: outputSize,
                scheme: 'glorot',
              })),
      });
    }
    super(specs, options.init ?? { seed: 0 });
    this.normalization = normalization === 'none' ? undefined : normalization;
    const byName = (name: string) => this.parameters.find((p) => p.name === name);
    this.normalizationLayers =
      normalization === 'none'
        ? []
        : sizes.slice(1, -1).map(
            (_, i) =>
              new NormalizationLayer({
                kind: normalization,
                gamma: byName(`gamma${i + 1}`)!,
                beta: byName(`beta${i + 1}`)!,
                ...options.normalizationOptions,
              }),
          );
    this.layerSizes = [...sizes];
    this.hiddenActivation = hidden;
    this.outputActivation = output;
  }

  /**
   * Folds the batch statistics that `X` produces at each batch-norm layer into its running mean and
   * variance (momentum, unbiased variance: PyTorch's convention). Call it once per training step,
   * with that step's batch, before the update. Does nothing for layer norm or a plain MLP.
   */
  updateRunningStatistics(X: tf.Tensor2D): void {
    if (this.normalization !== 'batch') return;
    const mode = this.mode;
    this.mode = 'train';
    this.tracking = true;
    try {
      this.logits(X).dispose();
    } finally {
      this.tracking = false;
      this.mode = mode;
    }
  }

  /**
   * A training step's forward pass: the logits in training mode, with each batch-norm layer folding
   * the batch's statistics into its running ones on the way (PyTorch's training-mode forward). One
   * pass where {@link MlpModel.logits} then {@link MlpModel.updateRunningStatistics} take two; use
   * it inside `tf.variableGrads` (the running statistics are not trained: no gradient flows to them).
   */
  trainingLogits(X: tf.Tensor2D): tf.Tensor {
    if (this.normalization !== 'batch') return this.logits(X);
    const mode = this.mode;
    this.mode = 'train';
    this.tracking = true;
    try {
      return this.logits(X);
    } finally {
      this.tracking = false;
      this.mode = mode;
    }
  }

  /** Running statistics back to mean 0, variance 1. */
  resetRunningStatistics(): void {
    for (const layer of this.normalizationLayers) layer.resetRunning();
  }

  protected override get transformsHiddenZ(): boolean {
    return this.normalizationLayers.length > 0;
  }

  protected override beforeActivation(z: tf.Tensor2D, layerIndex: number): tf.Tensor2D {
    const layer = this.normalizationLayers[layerIndex];
    if (!layer) return z;
    if (this.tracking) layer.track(z);
    return layer.apply(z, this.mode);
  }

  override dispose(): void {
    super.dispose();
    for (const layer of this.normalizationLayers) layer.dispose();
  }
}
