import { NetworkError } from './errors.js';
import { type ExtraFeature, featureNames, resolveFeatures } from './features.js';

/** Activation of a hidden layer. */
export type NetworkLayerActivation = 'relu' | 'tanh' | 'sigmoid' | 'linear';
/**
 * The output layer and its loss:
 * - `softmax`: k ≥ 2 output units, cross-entropy computed from the logits (log-sum-exp, stable);
 * - `sigmoid`: two classes with one output unit, binary cross-entropy from the logit (softplus, stable);
 * - `linear`: one output unit, regression with the mean squared error (no ½).
 */
export type NetworkOutput = 'softmax' | 'sigmoid' | 'linear';
/**
 * How weights start (biases always start at 0), drawn from the seed:
 * - `zeros`: every weight 0 (the symmetry problem: neurons of a layer stay identical);
 * - `random`: uniform in [−0.5, 0.5) (TensorFlow Playground's range), whatever the layer size;
 * - `xavier`: Glorot normal, σ = √(2 / (fan_in + fan_out));
 * - `he`: He normal, σ = √(2 / fan_in).
 */
export type NetworkInit = 'zeros' | 'random' | 'xavier' | 'he';

export const NETWORK_ACTIVATIONS: readonly NetworkLayerActivation[] = ['relu', 'tanh', 'sigmoid', 'linear'];
export const NETWORK_OUTPUTS: readonly NetworkOutput[] = ['softmax', 'sigmoid', 'linear'];
export const NETWORK_INITS: readonly NetworkInit[] = ['zeros', 'random', 'xavier', 'he'];
/** At most this many hidden layers … */
export const MAX_HIDDEN_LAYERS = 6;
/** … of at most this many neurons. */
export const MAX_LAYER_SIZE = 8;
/** At most this many classes. */
export const MAX_CLASSES = 10;

/** What a network is, as a widget's attributes give it. */
export interface NetworkConfig {
  /** Raw inputs: 2 (points in the plane, default) or 1 (a 1-D regression curve). */
  readonly inputs?: 1 | 2;
  /** Extra input features computed from (x₁, x₂), in any order (canonical order is used). Only with 2 inputs. */
  readonly features?: readonly ExtraFeature[];
  /** Hidden layer widths, 0 to 6 layers of 1 to 8 neurons (default `[4]`). */
  readonly hidden?: readonly number[];
  /** One activation for every hidden layer, or one per hidden layer (default `tanh`). */
  readonly activation?: NetworkLayerActivation | readonly NetworkLayerActivation[];
  /** Output kind (default `softmax`). */
  readonly output?: NetworkOutput;
  /** Number of classes for `softmax` (2 to 10, default 2); `sigmoid` needs 2; ignored by `linear`. */
  readonly classes?: number;
  /** Weight initialisation (default `xavier`). */
  readonly init?: NetworkInit;
  /** Seed of the initial weights (default 1). */
  readonly seed?: number | string;
  /** L2 penalty λ ≥ 0 on the weights (not the biases): the loss gains (λ/2) Σ w² (default 0). */
  readonly l2?: number;
}

/** A checked spec with every default filled in, plus the layer layout. */
export interface ResolvedNetworkConfig {
  readonly inputs: 1 | 2;
  readonly features: readonly ExtraFeature[];
  /** Names of the network's input columns: `x1`, `x2`, then the extra features. */
  readonly inputNames: readonly string[];
  readonly hidden: readonly number[];
  /** One activation per hidden layer. */
  readonly activations: readonly NetworkLayerActivation[];
  readonly output: NetworkOutput;
  /** Classes predicted (2 … for classification; 0 for regression). */
  readonly classes: number;
  readonly init: NetworkInit;
  readonly seed: number | string;
  readonly l2: number;
  /** Widths from input to output: [input columns, …hidden, output units]. */
  readonly sizes: readonly number[];
  /** Where each layer's weights (row-major [in][out]) start in the flat parameter vector. */
  readonly weightOffsets: readonly number[];
  /** Where each layer's biases start. */
  readonly biasOffsets: readonly number[];
  /** Length of the flat parameter vector. */
  readonly parameterCount: number;
}

/**
 * Checks a spec and fills in defaults.
 * @throws NetworkError `invalid-input-count`, `invalid-feature`, `invalid-layer-count`,
 *   `invalid-layer-size`, `invalid-activation`, `invalid-output`, `invalid-class-count`,
 *   `invalid-init`, `invalid-seed`, `invalid-l2` (each with `details.field`).
 */
export function resolveNetworkConfig(spec: NetworkConfig = {}): ResolvedNetworkConfig {
  const inputs = spec.inputs ?? 2;
  if (inputs !== 1 && inputs !== 2) {
    throw new NetworkError(
      'invalid-input-count',
      `A network takes 1 or 2 raw inputs, got ${String(inputs)}.`,
      {
        field: 'inputs',
        value: inputs,
      },
    );
  }
  const features = resolveFeatures(spec.features ?? [], inputs);
  const hidden = spec.hidden ?? [4];
  if (!Array.isArray(hidden) || hidden.length > MAX_HIDDEN_LAYERS) {
    throw new NetworkError(
      'invalid-layer-count',
      `A network has 0 to ${MAX_HIDDEN_LAYERS} hidden layers, got ${Array.isArray(hidden) ? hidden.length : String(hidden)}.`,
      { field: 'layers', value: hidden, max: MAX_HIDDEN_LAYERS },
    );
  }
  hidden.forEach((width, index) => {
    if (!Number.isInteger(width) || width < 1 || width > MAX_LAYER_SIZE) {
      throw new NetworkError(
        'invalid-layer-size',
        `Hidden layer ${index + 1} needs 1 to ${MAX_LAYER_SIZE} neurons, got ${String(width)}.`,
        { field: 'layers', index, value: width, max: MAX_LAYER_SIZE },
      );
    }
  });
  const given = spec.activation ?? 'tanh';
  const activations: NetworkLayerActivation[] =
    typeof given === 'string' ? hidden.map(() => given) : [...(given as readonly NetworkLayerActivation[])];
  if (typeof given !== 'string' && activations.length !== hidden.length && activations.length !== 1) {
    throw new NetworkError(
      'invalid-activation',
      `Give one activation, or one per hidden layer (${hidden.length}), got ${activations.length}.`,
      { field: 'activation', value: given, expected: hidden.length },
    );
  }
  if (typeof given !== 'string' && activations.length === 1 && hidden.length !== 1) {
    activations.length = 0;
    for (let l = 0; l < hidden.length; l++)
      activations.push((given as readonly NetworkLayerActivation[])[0]!);
  }
  activations.forEach((activation, index) => {
    if (!NETWORK_ACTIVATIONS.includes(activation)) {
      throw new NetworkError(
        'invalid-activation',
        `Unknown activation '${String(activation)}'; expected one of ${NETWORK_ACTIVATIONS.join(', ')}.`,
        { field: 'activation', index, value: activation },
      );
    }
  });
  const output = spec.output ?? 'softmax';
  if (!NETWORK_OUTPUTS.includes(output)) {
    throw new NetworkError(
      'invalid-output',
      `Unknown output '${String(output)}'; expected one of ${NETWORK_OUTPUTS.join(', ')}.`,
      { field: 'output', value: output },
    );
  }
  let classes = 0;
  if (output !== 'linear') {
    classes = spec.classes ?? 2;
    if (
      !Number.isInteger(classes) ||
      classes < 2 ||
      classes > MAX_CLASSES ||
      (output === 'sigmoid' && classes !== 2)
    ) {
      throw new NetworkError(
        'invalid-class-count',
        output === 'sigmoid'
          ? `A sigmoid output separates exactly 2 classes, got ${String(classes)}.`
          : `A softmax output needs 2 to ${MAX_CLASSES} classes, got ${String(classes)}.`,
        { field: 'classes', value: classes, min: 2, max: output === 'sigmoid' ? 2 : MAX_CLASSES },
      );
    }
  }
  const init = spec.init ?? 'xavier';
  if (!NETWORK_INITS.includes(init)) {
    throw new NetworkError(
      'invalid-init',
      `Unknown init '${String(init)}'; expected one of ${NETWORK_INITS.join(', ')}.`,
      {
        field: 'init',
        value: init,
      },
    );
  }
  const seed = spec.seed ?? 1;
  if (!((typeof seed === 'number' && Number.isFinite(seed)) || typeof seed === 'string')) {
    throw new NetworkError(
      'invalid-seed',
      `The seed must be a finite number or a string, got ${String(seed)}.`,
      {
        field: 'seed',
        value: seed,
      },
    );
  }
  const l2 = checkL2(spec.l2 ?? 0);
  const inputNames = featureNames(inputs, features);
  const outputs = output === 'softmax' ? classes : 1;
  const sizes = [inputNames.length, ...hidden, outputs];
  const weightOffsets: number[] = [];
  const biasOffsets: number[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    weightOffsets.push(offset);
    offset += sizes[l]! * sizes[l + 1]!;
    biasOffsets.push(offset);
    offset += sizes[l + 1]!;
  }
  return Object.freeze({
    inputs,
    features,
    inputNames,
    hidden: [...hidden],
    activations,
    output,
    classes,
    init,
    seed,
    l2,
    sizes,
    weightOffsets,
    biasOffsets,
    parameterCount: offset,
  });
}

/**
 * Checks an L2 strength.
 * @throws NetworkError `invalid-l2` unless a finite number ≥ 0.
 */
export function checkL2(l2: unknown): number {
  if (typeof l2 !== 'number' || !Number.isFinite(l2) || l2 < 0) {
    throw new NetworkError(
      'invalid-l2',
      `The L2 strength λ must be a finite number ≥ 0, got ${String(l2)}.`,
      {
        field: 'l2',
        value: l2,
      },
    );
  }
  return l2;
}
