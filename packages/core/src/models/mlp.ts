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
 * @throws ModelError `invalid-layer-sizes` (fewer than two widths, a width not a positive
 *   integer, softmax with one output), `invalid-activation`, and the init errors.
 */
export class MlpModel extends DenseStackModel {
  readonly kind = 'mlp' as const;
  readonly layerSizes: readonly number[];
  readonly hiddenActivation: HiddenActivation;
  readonly outputActivation: OutputActivation;

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
      });
    }
    super(specs, options.init ?? { seed: 0 });
    this.layerSizes = [...sizes];
    this.hiddenActivation = hidden;
    this.outputActivation = output;
  }
}
