import { NetworkError } from './errors.js';

/** Extra input features computed from (x₁, x₂), TensorFlow Playground's list. */
export type ExtraFeature = 'x1^2' | 'x2^2' | 'x1x2' | 'sin(x1)' | 'sin(x2)';

/** Every extra feature, in the canonical order the network's inputs follow. */
export const EXTRA_FEATURES: readonly ExtraFeature[] = ['x1^2', 'x2^2', 'x1x2', 'sin(x1)', 'sin(x2)'];

/**
 * Checks a feature list and puts it in canonical order, without repeats.
 * @throws NetworkError `invalid-feature` for an unknown name, or any feature with 1 raw input.
 */
export function resolveFeatures(features: readonly string[], inputs: 1 | 2): ExtraFeature[] {
  if (!Array.isArray(features)) {
    throw new NetworkError('invalid-feature', 'Extra features must be a list of names.', {
      field: 'features',
      value: features,
    });
  }
  for (const f of features) {
    if (!EXTRA_FEATURES.includes(f as ExtraFeature)) {
      throw new NetworkError(
        'invalid-feature',
        `Unknown input feature '${String(f)}'; expected any of ${EXTRA_FEATURES.join(', ')}.`,
        { field: 'features', value: f },
      );
    }
  }
  if (inputs === 1 && features.length > 0) {
    throw new NetworkError('invalid-feature', 'Extra features need two raw inputs (x₁, x₂).', {
      field: 'features',
      value: features,
    });
  }
  return EXTRA_FEATURES.filter((f) => features.includes(f));
}

/** Column names of the network's inputs: `x1` (`x2`), then the extra features. */
export function featureNames(inputs: 1 | 2, features: readonly ExtraFeature[]): string[] {
  return [...(inputs === 1 ? ['x1'] : ['x1', 'x2']), ...features];
}

/** Numeric codes of the features, for the kernels' attributes. */
export function featureCodes(features: readonly ExtraFeature[]): number[] {
  return features.map((f) => EXTRA_FEATURES.indexOf(f));
}

/** The value of feature `code` (an index into {@link EXTRA_FEATURES}) at (x₁, x₂). */
export function featureValue(code: number, x1: number, x2: number): number {
  switch (code) {
    case 0:
      return x1 * x1;
    case 1:
      return x2 * x2;
    case 2:
      return x1 * x2;
    case 3:
      return Math.sin(x1);
    default:
      return Math.sin(x2);
  }
}

/**
 * Writes one row of network inputs: the raw inputs (already standardised if the data is), then each
 * extra feature computed from them.
 */
export function expandInto(
  raw: ArrayLike<number>,
  codes: readonly number[],
  out: Float32Array | Float64Array,
  offset: number,
): void {
  const x1 = raw[0] as number;
  const x2 = raw.length > 1 ? (raw[1] as number) : 0;
  out[offset] = x1;
  let j = 1;
  if (raw.length > 1) out[offset + j++] = x2;
  for (const code of codes) out[offset + j++] = featureValue(code, x1, x2);
}

/** The input rows of a network as one row-major float32 matrix [n, columns]. */
export function expandRows(
  rows: readonly (readonly number[])[],
  inputs: 1 | 2,
  features: readonly ExtraFeature[],
): Float32Array {
  const codes = featureCodes(features);
  const width = inputs + codes.length;
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, i) => {
    expandInto(row.slice(0, inputs), codes, out, i * width);
  });
  return out;
}
