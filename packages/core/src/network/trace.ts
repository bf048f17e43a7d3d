import type { Standardizer } from '../data/standardize.js';
import type { ResolvedNetworkConfig } from './config.js';
import { featureCodes, featureValue } from './features.js';

/** One layer of a forward pass, every number in float64. */
export interface TraceLayer {
  /** Weights [in][out]: `weights[j][c]` connects input j to unit c. */
  readonly weights: readonly (readonly number[])[];
  readonly biases: readonly number[];
  /** Pre-activations z = h·W + b. */
  readonly z: readonly number[];
  /** Activations a = act(z) (for the output layer: the probabilities, or the prediction). */
  readonly a: readonly number[];
  /** `relu`, `tanh`, `sigmoid`, `linear`, or the output kind for the last layer. */
  readonly activation: string;
}

/** A point's forward pass layer by layer (the inference panel's numbers). */
export interface ForwardTrace {
  /** The point as given (raw units). */
  readonly point: readonly number[];
  /** What the network reads: the (standardised) raw inputs, then the extra features. */
  readonly inputs: readonly number[];
  readonly layers: readonly TraceLayer[];
  /** The last layer's z. */
  readonly logits: readonly number[];
  /** Class probabilities: softmax of the logits, or (1 − p, p) for a sigmoid output; [] for regression. */
  readonly probabilities: readonly number[];
  /** Index of the most probable class (the first on a tie), or the regression prediction. */
  readonly predicted: number;
}

/**
 * The forward pass of one point in float64, from read-back float32 parameters (so the numbers a
 * panel prints are right to their last digit). `standardizer` is the data's, if inputs are
 * standardised.
 */
export function forwardTrace(
  spec: ResolvedNetworkConfig,
  params: ArrayLike<number>,
  point: readonly number[],
  standardizer?: Standardizer,
): ForwardTrace {
  const raw = point
    .slice(0, spec.inputs)
    .map((v, d) =>
      standardizer ? (v - (standardizer.mean[d] as number)) / (standardizer.std[d] as number) : v,
    );
  const inputs = [
    ...raw,
    ...featureCodes(spec.features).map((code) => featureValue(code, raw[0] as number, raw[1] ?? 0)),
  ];
  const layers: TraceLayer[] = [];
  let h = inputs;
  const L = spec.sizes.length - 1;
  let logits: number[] = [];
  for (let l = 0; l < L; l++) {
    const nIn = spec.sizes[l]!;
    const nOut = spec.sizes[l + 1]!;
    const w0 = spec.weightOffsets[l]!;
    const b0 = spec.biasOffsets[l]!;
    const weights = Array.from({ length: nIn }, (_, j) =>
      Array.from({ length: nOut }, (_, c) => params[w0 + j * nOut + c] as number),
    );
    const biases = Array.from({ length: nOut }, (_, c) => params[b0 + c] as number);
    const z = biases.map((b, c) => h.reduce((sum, hj, j) => sum + hj * (weights[j]![c] as number), b));
    let a: number[];
    let activation: string;
    if (l < L - 1) {
      activation = spec.activations[l]!;
      a = z.map((v) => activateNumber(v, activation));
    } else {
      activation = spec.output;
      logits = z;
      a =
        spec.output === 'softmax'
          ? softmaxNumbers(z)
          : spec.output === 'sigmoid'
            ? [1 / (1 + Math.exp(-z[0]!))]
            : [z[0]!];
    }
    layers.push({ weights, biases, z, a, activation });
    h = a;
  }
  const out = layers[L - 1]!.a;
  const probabilities =
    spec.output === 'softmax' ? [...out] : spec.output === 'sigmoid' ? [1 - out[0]!, out[0]!] : [];
  const predicted = spec.output === 'linear' ? out[0]! : argmax(probabilities);
  return { point: [...point], inputs, layers, logits, probabilities, predicted };
}

/** An activation in float64. */
export function activateNumber(z: number, activation: string): number {
  switch (activation) {
    case 'relu':
      return Math.max(z, 0);
    case 'tanh':
      return Math.tanh(z);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-z));
    default:
      return z;
  }
}

/** Softmax in float64, shifted by the maximum (no overflow for large logits). */
export function softmaxNumbers(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Index of the largest value (the first on a tie). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < values.length; c++) if ((values[c] as number) > (values[best] as number)) best = c;
  return best;
}
