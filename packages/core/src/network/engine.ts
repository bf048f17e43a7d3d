/**
 * The network's arithmetic on plain arrays: forward pass, loss, backward pass and the optimizer
 * updates. The fused kernels (train-kernel.ts, grid-kernel.ts) run these loops; they allocate
 * nothing per row. Accumulates in float64; parameters and optimizer state are stored as float32
 * (what tfjs keeps), rounded after every update.
 */
import { applyRule, OPTIMIZER_SLOTS } from '../kernels/optimizer-math.js';
import type { NetworkLayerActivation, NetworkOutput, ResolvedNetworkConfig } from './config.js';

export const ACTIVATION_CODE: Readonly<Record<NetworkLayerActivation, number>> = {
  linear: 0,
  relu: 1,
  tanh: 2,
  sigmoid: 3,
};
export const OUTPUT_CODE: Readonly<Record<NetworkOutput, number>> = { linear: 0, sigmoid: 1, softmax: 2 };

/** The numbers a kernel needs to know about a network's shape (plain, for kernel attributes). */
export interface NetworkShape {
  /** Widths [input columns, …hidden, output units]. */
  readonly sizes: readonly number[];
  /** Activation codes of the hidden layers. */
  readonly activations: readonly number[];
  /** Output code. */
  readonly output: number;
}

export function shapeOf(spec: ResolvedNetworkConfig): NetworkShape {
  return {
    sizes: spec.sizes,
    activations: spec.activations.map((a) => ACTIVATION_CODE[a]),
    output: OUTPUT_CODE[spec.output],
  };
}

/** Scratch memory and offsets for one network shape: build once, reuse for every row. */
export class NetworkWorkspace {
  readonly sizes: readonly number[];
  readonly activations: readonly number[];
  readonly output: number;
  /** Number of weight layers (hidden + 1). */
  readonly layers: number;
  readonly weightOffsets: Int32Array;
  readonly biasOffsets: Int32Array;
  readonly parameterCount: number;
  /** Where each layer's values start in {@link values} (layer 0 = inputs, last = logits). */
  readonly valueOffsets: Int32Array;
  /** Every unit's value for the current row: inputs, hidden activations, logits. */
  readonly values: Float64Array;
  /** ∂L/∂z per unit (same offsets as values). */
  readonly deltas: Float64Array;
  /** Output probabilities (softmax / sigmoid) or the prediction (linear). */
  readonly probabilities: Float64Array;

  constructor(shape: NetworkShape) {
    this.sizes = shape.sizes;
    this.activations = shape.activations;
    this.output = shape.output;
    this.layers = shape.sizes.length - 1;
    this.weightOffsets = new Int32Array(this.layers);
    this.biasOffsets = new Int32Array(this.layers);
    this.valueOffsets = new Int32Array(shape.sizes.length + 1);
    let p = 0;
    for (let l = 0; l < this.layers; l++) {
      this.weightOffsets[l] = p;
      p += shape.sizes[l]! * shape.sizes[l + 1]!;
      this.biasOffsets[l] = p;
      p += shape.sizes[l + 1]!;
    }
    this.parameterCount = p;
    let v = 0;
    for (let l = 0; l < shape.sizes.length; l++) {
      this.valueOffsets[l] = v;
      v += shape.sizes[l]!;
    }
    this.valueOffsets[shape.sizes.length] = v;
    this.values = new Float64Array(v);
    this.deltas = new Float64Array(v);
    this.probabilities = new Float64Array(shape.sizes[shape.sizes.length - 1]!);
  }

  /**
   * Forward pass of one row whose inputs are already in `values[0 … sizes[0])`. Fills the hidden
   * activations, the logits (last layer, before the output function) and {@link probabilities}.
   */
  forward(params: ArrayLike<number>): void {
    const { values, sizes, layers, weightOffsets, biasOffsets, valueOffsets, activations } = this;
    for (let l = 0; l < layers; l++) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const inStart = valueOffsets[l]!;
      const outStart = valueOffsets[l + 1]!;
      const w = weightOffsets[l]!;
      const b = biasOffsets[l]!;
      const act = l < layers - 1 ? activations[l]! : 0;
      for (let c = 0; c < nOut; c++) {
        let z = params[b + c] as number;
        for (let j = 0; j < nIn; j++)
          z += (values[inStart + j] as number) * (params[w + j * nOut + c] as number);
        values[outStart + c] =
          act === 0 ? z : act === 1 ? Math.max(z, 0) : act === 2 ? Math.tanh(z) : 1 / (1 + Math.exp(-z));
      }
    }
    this.outputFunction();
  }

  private outputFunction(): void {
    const { values, probabilities } = this;
    const start = this.valueOffsets[this.layers]!;
    const k = probabilities.length;
    if (this.output === 2) {
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, values[start + c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const e = Math.exp((values[start + c] as number) - max);
        probabilities[c] = e;
        sum += e;
      }
      for (let c = 0; c < k; c++) probabilities[c] = (probabilities[c] as number) / sum;
    } else if (this.output === 1) {
      probabilities[0] = 1 / (1 + Math.exp(-(values[start] as number)));
    } else {
      probabilities[0] = values[start] as number;
    }
  }

  /**
   * The loss of the current row (after {@link forward}) against target `y` (class index, or value),
   * and ∂loss/∂logits into the last layer's {@link deltas}, scaled by `scale` (1/batch size).
   */
  lossAndOutputDelta(y: number, scale: number): number {
    const { values, deltas, probabilities } = this;
    const start = this.valueOffsets[this.layers]!;
    const k = probabilities.length;
    if (this.output === 2) {
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, values[start + c] as number);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += Math.exp((values[start + c] as number) - max);
      for (let c = 0; c < k; c++)
        deltas[start + c] = ((probabilities[c] as number) - (c === y ? 1 : 0)) * scale;
      return max + Math.log(sum) - (values[start + y] as number);
    }
    const z = values[start] as number;
    if (this.output === 1) {
      deltas[start] = ((probabilities[0] as number) - y) * scale;
      // BCE from the logit: softplus(z) − y z, written so that exp never overflows.
      return Math.max(z, 0) - y * z + Math.log1p(Math.exp(-Math.abs(z)));
    }
    deltas[start] = 2 * (z - y) * scale;
    return (z - y) * (z - y);
  }

  /**
   * Backward pass of the current row: from the output deltas, adds ∂loss/∂parameters into `grad`.
   */
  backward(params: ArrayLike<number>, grad: Float64Array): void {
    const { values, deltas, sizes, layers, weightOffsets, biasOffsets, valueOffsets, activations } = this;
    for (let l = layers - 1; l >= 0; l--) {
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const inStart = valueOffsets[l]!;
      const outStart = valueOffsets[l + 1]!;
      const w = weightOffsets[l]!;
      const b = biasOffsets[l]!;
      for (let c = 0; c < nOut; c++) grad[b + c] = (grad[b + c] as number) + (deltas[outStart + c] as number);
      for (let j = 0; j < nIn; j++) {
        const a = values[inStart + j] as number;
        let back = 0;
        for (let c = 0; c < nOut; c++) {
          const d = deltas[outStart + c] as number;
          grad[w + j * nOut + c] = (grad[w + j * nOut + c] as number) + a * d;
          back += d * (params[w + j * nOut + c] as number);
        }
        if (l > 0) {
          const act = activations[l - 1]!;
          // The derivative from the activation's output: relu 1[z > 0], tanh 1 − a², sigmoid a(1 − a).
          const slope = act === 0 ? 1 : act === 1 ? (a > 0 ? 1 : 0) : act === 2 ? 1 - a * a : a * (1 - a);
          deltas[inStart + j] = back * slope;
        }
      }
    }
  }
}

/** Optimizer codes of the train kernel, and how many state slots each keeps per parameter. */
export { OPTIMIZER_CODE, OPTIMIZER_SLOTS } from '../kernels/optimizer-math.js';

/** Every hyperparameter any optimizer reads (the others are ignored). */
export interface UpdateHyperparameters {
  readonly learningRate: number;
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly decay: number;
  /** 1 for centred RMSprop, else 0. */
  readonly centered: number;
}

/** Keeps the update's intermediates in float64: only what is stored is rounded to float32. */
const exact = (x: number): number => x;

/**
 * One optimizer update of every parameter, in place, the same rule as core's optimizer of that
 * kind (optimizers/), through the fused kernel's `applyRule` with float64 intermediates: `params`
 * and `slots` (slot s of parameter q at s·P + q) are float32, `grad` float64. `t` is the 1-based
 * update number (Adam's bias correction).
 */
export function applyUpdate(
  code: number,
  h: UpdateHyperparameters,
  t: number,
  params: Float32Array,
  slots: Float32Array,
  grad: Float64Array,
): void {
  const P = params.length;
  const count = OPTIMIZER_SLOTS[code]?.length ?? 0;
  const views = Array.from({ length: count }, (_, s) => slots.subarray(s * P, (s + 1) * P));
  // The order of each rule's hyperparameters in `applyRule` (kernels/optimizer-math.ts).
  const vector =
    code === 5
      ? [h.learningRate, h.decay, h.momentum, h.epsilon, h.centered ? 1 : 0]
      : code === 6
        ? [h.learningRate, h.beta1, h.beta2, h.epsilon]
        : [h.learningRate, code === 4 ? h.epsilon : h.momentum];
  applyRule(code, vector, t, params, grad, views, P, exact);
}
