import { ConvError, checkFinite, checkMatrix } from '../conv/errors.js';

/** Options of {@link batchNorm} and {@link layerNorm}. */
export interface NormOptions {
  /** Added to the variance before the square root, so a constant feature does not divide by 0 (default 1e-5). */
  readonly epsilon?: number;
  /** Per-feature scale γ (default all 1). */
  readonly gamma?: readonly number[];
  /** Per-feature shift β (default all 0). */
  readonly beta?: readonly number[];
}

/** A normalised matrix with the statistics used. */
export interface NormResult {
  /** Same shape as the input: γ · (x − μ) / √(σ² + ε) + β. */
  readonly output: number[][];
  /** μ: per feature for batch norm, per example for layer norm. */
  readonly mean: number[];
  /** σ², the biased (population) variance, divided by the count, not count − 1. */
  readonly variance: number[];
  readonly epsilon: number;
}

function prepare(
  x: readonly (readonly number[])[],
  options: NormOptions,
): [number, number, number, number[], number[]] {
  const [batch, features] = checkMatrix(x, 'The input');
  const epsilon = options.epsilon ?? 1e-5;
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon < 0) {
    throw new ConvError('invalid-epsilon', `epsilon must be a finite number ≥ 0, got ${String(epsilon)}.`, {
      epsilon,
    });
  }
  const affine = (values: readonly number[] | undefined, fill: number, name: 'gamma' | 'beta'): number[] => {
    if (values === undefined) return new Array<number>(features).fill(fill);
    if (!Array.isArray(values) || values.length !== features) {
      throw new ConvError(
        'invalid-affine-length',
        `${name} needs one value per feature (${features}), got ${Array.isArray(values) ? values.length : 'no array'}.`,
        { parameter: name, expected: features, actual: Array.isArray(values) ? values.length : undefined },
      );
    }
    checkFinite(values, name);
    return [...values];
  };
  return [batch, features, epsilon, affine(options.gamma, 1, 'gamma'), affine(options.beta, 0, 'beta')];
}

function meanAndVariance(values: number[]): [number, number] {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return [mean, variance];
}

/**
 * Batch normalisation (training mode) of `x` [batch][features]: each feature (column) is
 * normalised over the batch,
 *
 *   μⱼ = (1/B) Σᵢ xᵢⱼ,   σⱼ² = (1/B) Σᵢ (xᵢⱼ − μⱼ)²,   yᵢⱼ = γⱼ (xᵢⱼ − μⱼ) / √(σⱼ² + ε) + βⱼ.
 *
 * Same as `tf.moments(x, 0)` followed by `tf.batchNorm`.
 * @throws ConvError `empty-input`, `ragged-matrix`, `non-finite-value`, `invalid-epsilon`,
 *   `invalid-affine-length`.
 */
export function batchNorm(x: readonly (readonly number[])[], options: NormOptions = {}): NormResult {
  const [batch, features, epsilon, gamma, beta] = prepare(x, options);
  const stats = Array.from({ length: features }, (_, j) =>
    meanAndVariance(Array.from({ length: batch }, (_, i) => x[i]?.[j] as number)),
  );
  const output = x.map((row) =>
    row.map((v, j) => {
      const [mu, variance] = stats[j] as [number, number];
      return ((gamma[j] as number) * (v - mu)) / Math.sqrt(variance + epsilon) + (beta[j] as number);
    }),
  );
  return { output, mean: stats.map((s) => s[0]), variance: stats.map((s) => s[1]), epsilon };
}

/**
 * Layer normalisation of `x` [batch][features]: each example (row) is normalised over its features,
 *
 *   μᵢ = (1/F) Σⱼ xᵢⱼ,   σᵢ² = (1/F) Σⱼ (xᵢⱼ − μᵢ)²,   yᵢⱼ = γⱼ (xᵢⱼ − μᵢ) / √(σᵢ² + ε) + βⱼ,
 *
 * with γ, β per feature (as in PyTorch's `LayerNorm`). It does not depend on the other examples,
 * so it behaves the same with a batch of one. Same as `tf.moments(x, 1)` then `tf.batchNorm`.
 * @throws ConvError as {@link batchNorm}.
 */
export function layerNorm(x: readonly (readonly number[])[], options: NormOptions = {}): NormResult {
  const [, , epsilon, gamma, beta] = prepare(x, options);
  const stats = x.map((row) => meanAndVariance([...row]));
  const output = x.map((row, i) => {
    const [mu, variance] = stats[i] as [number, number];
    return row.map(
      (v, j) => ((gamma[j] as number) * (v - mu)) / Math.sqrt(variance + epsilon) + (beta[j] as number),
    );
  });
  return { output, mean: stats.map((s) => s[0]), variance: stats.map((s) => s[1]), epsilon };
}
