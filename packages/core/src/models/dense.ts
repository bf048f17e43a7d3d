// The fused kernels register themselves on import; imported here directly (not only through the
// kernels/ index) so a bundler that skips a side-effect-free barrel still keeps the registration.
import '../kernels/register-dense.js';
import { type DenseActivation, dense } from '../kernels/dense.js';
import { tf } from '../tf.js';
import { ModelError } from './errors.js';
import {
  type InitScheme,
  initialValues,
  type ModelInit,
  type ParameterInitSpec,
  validateValues,
} from './init.js';
import type { Model, ModelKind, Parameter, ParameterValues } from './model.js';

/** Element-wise activations of hidden layers. */
export type HiddenActivation = 'relu' | 'tanh' | 'sigmoid';
/** Output link functions: identity (regression), sigmoid (binary), softmax (over the last axis). */
export type OutputActivation = 'identity' | 'sigmoid' | 'softmax';
/** Any activation a dense layer may apply. */
export type Activation = HiddenActivation | OutputActivation;

/**
 * One dense layer, z = h·W + b then a = activation(z), seen from outside the model.
 * `weight` holds `inputSize × outputSize` values row-major (a linear model's `w` of shape [m]
 * is the same numbers as a [m, 1] matrix).
 */
export interface DenseLayer {
  readonly weight: Parameter;
  readonly bias: Parameter | undefined;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly activation: Activation;
}

/**
 * A model that is a stack of dense layers (all four kinds core ships). The loss landscape uses
 * the layers to evaluate a whole grid of parameter settings in batched tensor work.
 */
export interface LayeredModel extends Model {
  readonly layers: readonly DenseLayer[];
  /** True when the output has one unit and `logits`/`predict` return `[n]` rather than `[n, 1]`. */
  readonly squeezesOutput: boolean;
}

/**
 * True for models that are nothing but their dense layers (every model in this folder, except an
 * MLP with normalisation layers: the batched landscape would leave them out).
 */
export function isLayeredModel(model: Model): model is LayeredModel {
  const normalized = (model as { readonly normalization?: unknown }).normalization;
  return Array.isArray((model as Partial<LayeredModel>).layers) && !normalized;
}

/** Applies an activation. Caller disposes. */
export function activate(z: tf.Tensor, activation: Activation): tf.Tensor {
  switch (activation) {
    case 'identity':
      return tf.clone(z);
    case 'relu':
      return tf.relu(z);
    case 'tanh':
      return tf.tanh(z);
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'softmax':
      return tf.softmax(z);
  }
}

/** How a concrete model describes one of its layers to {@link DenseStackModel}. */
export interface LayerSpec {
  readonly weightName: string;
  /** Shape the weight parameter reports: `[m]` for linear/logistic, `[in, out]` otherwise. */
  readonly weightShape: readonly number[];
  readonly biasName: string | undefined;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly activation: Activation;
  readonly scheme: InitScheme;
  /** Further parameters of this layer (a normalisation's γ and β), listed after its bias. */
  readonly extra?: readonly ParameterInitSpec[];
}

/**
 * Shared machinery of the dense models: owns the variables, runs the forward pass, reads and
 * assigns plain numbers, disposes. Concrete classes only describe their layers.
 */
export abstract class DenseStackModel implements LayeredModel {
  abstract readonly kind: ModelKind;
  readonly featureCount: number;
  readonly outputSize: number;
  readonly parameters: readonly Parameter[];
  readonly layers: readonly DenseLayer[];
  readonly squeezesOutput: boolean;
  private disposed = false;

  protected constructor(specs: readonly LayerSpec[], init: ModelInit) {
    const first = specs[0];
    const last = specs[specs.length - 1];
    if (!first || !last) throw new ModelError('invalid-layer-sizes', 'A model needs at least one layer.');
    this.featureCount = first.inputSize;
    this.outputSize = last.outputSize;
    this.squeezesOutput = last.outputSize === 1;

    const initSpecs: ParameterInitSpec[] = [];
    for (const s of specs) {
      initSpecs.push({
        name: s.weightName,
        shape: s.weightShape,
        role: 'weight',
        fanIn: s.inputSize,
        fanOut: s.outputSize,
        scheme: s.scheme,
      });
      if (s.biasName !== undefined) {
        initSpecs.push({
          name: s.biasName,
          shape: [s.outputSize],
          role: 'bias',
          fanIn: s.inputSize,
          fanOut: s.outputSize,
          scheme: s.scheme,
        });
      }
      if (s.extra) initSpecs.push(...s.extra);
    }
    const values = initialValues(init, initSpecs);

    // Variables are created inside tidy so the initial tensors do not leak; no names, so tfjs
    // makes each one unique (many widgets share one page).
    const variables = tf.tidy(() =>
      initSpecs.map((s) => tf.variable(tf.tensor(values[s.name] ?? [], [...s.shape], 'float32'), true)),
    );
    const parameters = initSpecs.map(
      (s, i): Parameter => ({ name: s.name, shape: [...s.shape], variable: variables[i] as tf.Variable }),
    );
    this.parameters = parameters;
    const byName = (name: string): Parameter => parameters.find((p) => p.name === name) as Parameter;
    this.layers = specs.map((s) => ({
      weight: byName(s.weightName),
      bias: s.biasName === undefined ? undefined : byName(s.biasName),
      inputSize: s.inputSize,
      outputSize: s.outputSize,
      activation: s.activation,
    }));
  }

  /**
   * Output before the last activation: z = h·W + b of the last layer, `[n]` for one output unit,
   * else `[n, k]`. Caller disposes.
   * @throws ModelError `input-shape-mismatch` unless X is `[n, featureCount]`; `model-disposed`.
   */
  logits(X: tf.Tensor2D): tf.Tensor {
    this.checkInput(X);
    return tf.tidy(() => {
      let h: tf.Tensor2D = X;
      let z: tf.Tensor2D = X;
      this.layers.forEach((layer, i) => {
        const W = tf.reshape(layer.weight.variable, [layer.inputSize, layer.outputSize]) as tf.Tensor2D;
        const b = layer.bias?.variable as tf.Tensor1D | undefined;
        const hidden = i < this.layers.length - 1;
        // One fused kernel per layer (matMul, bias and a hidden activation), differentiable; a layer
        // whose z goes through something before its activation (normalisation) stops at z.
        if (hidden && layer.activation !== 'softmax' && !this.transformsHiddenZ) {
          h = dense(h, W, b, layer.activation as DenseActivation);
        } else {
          z = dense(h, W, b, 'identity');
          if (hidden) h = activate(this.beforeActivation(z, i), layer.activation) as tf.Tensor2D;
        }
      });
      return this.squeezesOutput ? tf.reshape(z, [X.shape[0]]) : z;
    });
  }

  /**
   * What a hidden layer's z goes through before its activation: nothing here; the MLP puts its
   * normalisation layer in this place. Runs inside the forward pass's `tf.tidy`.
   */
  protected beforeActivation(z: tf.Tensor2D, _layerIndex: number): tf.Tensor2D {
    return z;
  }

  /** True when `beforeActivation` changes z, so the hidden layers cannot use the fused dense kernel. */
  protected get transformsHiddenZ(): boolean {
    return false;
  }

  /**
   * Prediction: the last layer's activation applied to the logits, `[n]` or `[n, k]`. Caller disposes.
   * @throws ModelError as {@link logits}.
   */
  predict(X: tf.Tensor2D): tf.Tensor {
    const last = this.layers[this.layers.length - 1] as DenseLayer;
    return tf.tidy(() => activate(this.logits(X), last.activation));
  }

  /** Plain-number copy of every parameter, with a single read-back of all of them. */
  async read(): Promise<ParameterValues> {
    this.checkAlive();
    const flat = this.flatten();
    try {
      return this.split(await flat.data());
    } finally {
      flat.dispose();
    }
  }

  /** Synchronous {@link read}: for tests and Node scripts, never in a UI loop. */
  readSync(): ParameterValues {
    this.checkAlive();
    const flat = this.flatten();
    try {
      return this.split(flat.dataSync());
    } finally {
      flat.dispose();
    }
  }

  /**
   * Overwrites the listed parameters (flattened row-major values). Everything is validated before
   * any variable changes, so a bad value leaves the model as it was.
   * @throws ModelError `unknown-parameter`, `parameter-length-mismatch`, `non-finite-parameter`,
   *   `model-disposed`.
   */
  assign(values: Partial<ParameterValues>): void {
    this.checkAlive();
    validateValues(values, this.parameters);
    tf.tidy(() => {
      for (const p of this.parameters) {
        const v = values[p.name];
        if (v !== undefined) p.variable.assign(tf.tensor(v, [...p.shape], 'float32'));
      }
    });
  }

  /** Frees every variable. Calling it twice is harmless; using the model afterwards throws. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.parameters) p.variable.dispose();
  }

  /** Whether {@link dispose} has run. */
  get isDisposed(): boolean {
    return this.disposed;
  }

  private flatten(): tf.Tensor1D {
    return tf.tidy(() => tf.concat(this.parameters.map((p) => tf.reshape(p.variable, [-1]))) as tf.Tensor1D);
  }

  private split(data: ArrayLike<number>): ParameterValues {
    const out: ParameterValues = {};
    let offset = 0;
    for (const p of this.parameters) {
      const size = p.shape.reduce((a, b) => a * b, 1);
      out[p.name] = Array.from({ length: size }, (_, i) => data[offset + i] as number);
      offset += size;
    }
    return out;
  }

  private checkAlive(): void {
    if (this.disposed) throw new ModelError('model-disposed', `This ${this.kind} model has been disposed.`);
  }

  private checkInput(X: tf.Tensor): void {
    this.checkAlive();
    if (X.rank !== 2 || X.shape[1] !== this.featureCount) {
      throw new ModelError(
        'input-shape-mismatch',
        `The ${this.kind} model expects inputs of shape [n, ${this.featureCount}], got [${X.shape.join(', ')}].`,
        { expected: [null, this.featureCount], actual: X.shape },
      );
    }
  }
}

/**
 * Checks a count (features, classes, layer width) is a positive integer.
 * @throws ModelError with the given code.
 */
export function checkCount(
  value: unknown,
  what: string,
  code: 'invalid-feature-count' | 'invalid-class-count' | 'invalid-layer-sizes',
  min = 1,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new ModelError(code, `${what} must be an integer ≥ ${min}, got ${String(value)}.`, { value, min });
  }
  return value;
}
