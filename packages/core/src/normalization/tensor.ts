/**
 * Batch, layer, instance and group normalisation of an activation tensor of shape N × C × H × W
 * (examples, channels, height, width), in float64 JavaScript so that every number a lesson shows is
 * right to its last digit. The four kinds differ only in which cells share one mean and variance:
 *
 * | kind       | one μ, σ² for each | reduced over             | groups   |
 * |------------|--------------------|--------------------------|----------|
 * | `batch`    | channel c          | N, H, W                  | C        |
 * | `layer`    | example n          | C, H, W                  | N        |
 * | `instance` | example n, channel | H, W                     | N · C    |
 * | `group`    | example n, group g | C/G channels of g, H, W  | N · G    |
 *
 * Then x̂ = (x − μ) / √(σ² + ε) with σ² the population variance (divide by the count), and
 * y = γ_c x̂ + β_c with one scale γ and shift β per channel. A fully connected layer's activations
 * [N, F] are the case H = W = 1 with C = F features: batch norm per feature, layer norm per example
 * (the matrix helpers `batchNorm` and `layerNorm` compute exactly that).
 */
import { NormalizationError } from './errors.js';

/** The four normalisations. */
export type NormalizationKind = 'batch' | 'layer' | 'instance' | 'group';

/** The kinds, in the order a menu lists them. */
export const NORMALIZATION_KINDS: readonly NormalizationKind[] = ['batch', 'layer', 'instance', 'group'];

/** N × C × H × W: examples, channels, height, width. */
export type TensorShape = readonly [number, number, number, number];

/** An axis of an N × C × H × W tensor. */
export type TensorAxis = 'N' | 'C' | 'H' | 'W';

/** Options of {@link normalizeTensor}. */
export interface TensorNormalizationOptions {
  readonly kind: NormalizationKind;
  /** Number of channel groups G for `group` (must divide C; default 1). Ignored by the other kinds. */
  readonly groups?: number;
  /** Added to σ² under the square root (default 1e-5, as in PyTorch). */
  readonly epsilon?: number;
  /** Per-channel scale γ (default all 1). */
  readonly gamma?: readonly number[];
  /** Per-channel shift β (default all 0). */
  readonly beta?: readonly number[];
}

/** The statistics every cell of one group shares. */
export interface StatisticsGroup {
  /** Index of the group (0-based), as in {@link TensorNormalization.groupOf}. */
  readonly index: number;
  /** The example it belongs to (undefined for batch norm, whose groups span every example). */
  readonly example: number | undefined;
  /** The channels it covers. */
  readonly channels: readonly number[];
  /** Number of cells averaged. */
  readonly count: number;
  readonly mean: number;
  /** Population variance: Σ (x − μ)² / count. */
  readonly variance: number;
}

/** A normalised tensor with every intermediate number. Flat arrays are row-major N, C, H, W. */
export interface TensorNormalization {
  readonly shape: TensorShape;
  readonly kind: NormalizationKind;
  /** G for `group`; for the other kinds the number of statistics groups per example (C, 1, C) or C for batch. */
  readonly groups: number;
  readonly epsilon: number;
  readonly gamma: readonly number[];
  readonly beta: readonly number[];
  /** The axes averaged over (e.g. N, H, W for batch norm). */
  readonly reducedAxes: readonly TensorAxis[];
  /** For each cell, the index of its statistics group. */
  readonly groupOf: readonly number[];
  readonly statistics: readonly StatisticsGroup[];
  /** x̂ = (x − μ) / √(σ² + ε). */
  readonly normalized: readonly number[];
  /** y = γ_c x̂ + β_c. */
  readonly output: readonly number[];
}

/** The axes each kind averages over. */
export const REDUCED_AXES: Readonly<Record<NormalizationKind, readonly TensorAxis[]>> = {
  batch: ['N', 'H', 'W'],
  layer: ['C', 'H', 'W'],
  instance: ['H', 'W'],
  group: ['C', 'H', 'W'],
};

/** Number of cells of a shape. */
export function sizeOf(shape: TensorShape): number {
  return shape[0] * shape[1] * shape[2] * shape[3];
}

/**
 * Checks a shape: four integers ≥ 1.
 * @throws NormalizationError `invalid-shape`.
 */
export function checkShape(shape: readonly number[]): TensorShape {
  if (!Array.isArray(shape) || shape.length !== 4 || shape.some((d) => !Number.isInteger(d) || d < 1)) {
    throw new NormalizationError(
      'invalid-shape',
      `A tensor shape is four whole numbers ≥ 1 (N, C, H, W), got [${String(shape)}].`,
      { shape },
    );
  }
  return shape as unknown as TensorShape;
}

/**
 * Checks the group count for group norm: a whole number ≥ 1 that divides C.
 * @throws NormalizationError `invalid-groups`.
 */
export function checkGroups(groups: number, channels: number): number {
  if (!Number.isInteger(groups) || groups < 1 || channels % groups !== 0) {
    throw new NormalizationError(
      'invalid-groups',
      `Group norm needs a number of groups that divides the ${channels} channels, got ${groups}.`,
      { groups, channels },
    );
  }
  return groups;
}

function checkKind(kind: unknown): NormalizationKind {
  if (!NORMALIZATION_KINDS.includes(kind as NormalizationKind)) {
    throw new NormalizationError(
      'invalid-kind',
      `Normalisation kind must be one of ${NORMALIZATION_KINDS.join(', ')}, got '${String(kind)}'.`,
      { kind },
    );
  }
  return kind as NormalizationKind;
}

/** @throws NormalizationError `invalid-epsilon`. */
export function checkEpsilon(epsilon: number): number {
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon < 0) {
    throw new NormalizationError(
      'invalid-epsilon',
      `ε must be a finite number ≥ 0, got ${String(epsilon)}.`,
      {
        epsilon,
      },
    );
  }
  return epsilon;
}

function checkValues(values: readonly number[], what: string): void {
  const bad = values.findIndex((v) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad >= 0) {
    throw new NormalizationError('non-finite-value', `${what} has ${String(values[bad])} at index ${bad}.`, {
      what,
      index: bad,
    });
  }
}

function affine(
  values: readonly number[] | undefined,
  channels: number,
  fill: number,
  name: string,
): number[] {
  if (values === undefined) return new Array<number>(channels).fill(fill);
  if (!Array.isArray(values) || values.length !== channels) {
    throw new NormalizationError(
      'invalid-affine-length',
      `${name} needs one value per channel (${channels}), got ${Array.isArray(values) ? values.length : 'no array'}.`,
      { parameter: name, expected: channels, actual: Array.isArray(values) ? values.length : undefined },
    );
  }
  checkValues(values, name);
  return [...values];
}

/**
 * Which statistics group each cell belongs to, and how many groups there are.
 * @throws NormalizationError `invalid-shape`, `invalid-kind`, `invalid-groups`.
 */
export function statisticsGroups(
  kind: NormalizationKind,
  shape: readonly number[],
  groups = 1,
): { readonly groupOf: number[]; readonly count: number; readonly groups: number } {
  const [N, C, H, W] = checkShape(shape);
  checkKind(kind);
  const G = kind === 'group' ? checkGroups(groups, C) : kind === 'layer' ? 1 : C;
  const perGroup = C / G;
  const groupOf = new Array<number>(N * C * H * W);
  let k = 0;
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      const id =
        kind === 'batch'
          ? c
          : kind === 'layer'
            ? n
            : kind === 'instance'
              ? n * C + c
              : n * G + Math.floor(c / perGroup);
      for (let i = 0; i < H * W; i++) groupOf[k++] = id;
    }
  }
  return { groupOf, count: kind === 'batch' ? C : N * G, groups: G };
}

/**
 * Normalises `x` (flat, row-major N, C, H, W) with the statistics of its own cells (training mode
 * for batch norm; layer, instance and group norm always work this way).
 *
 * @throws NormalizationError `invalid-shape`, `shape-mismatch` (x has not N·C·H·W values),
 *   `non-finite-value`, `invalid-kind`, `invalid-groups`, `invalid-epsilon`, `invalid-affine-length`.
 * @example
 * // CURRICULUM C.5: four rows of two features, batch norm per feature.
 * normalizeTensor([1, 2, 3, 6, 5, 10, 7, 14], [4, 2, 1, 1], { kind: 'batch' }).statistics
 * // → μ = 4 and 8, σ² = 5 and 20
 */
export function normalizeTensor(
  x: readonly number[],
  shape: readonly number[],
  options: TensorNormalizationOptions,
): TensorNormalization {
  const checked = checkShape(shape);
  const [, C, H, W] = checked;
  if (!Array.isArray(x) || x.length !== sizeOf(checked)) {
    throw new NormalizationError(
      'shape-mismatch',
      `A tensor of shape [${checked.join(', ')}] has ${sizeOf(checked)} values, got ${Array.isArray(x) ? x.length : 'no array'}.`,
      { shape: checked, expected: sizeOf(checked), actual: Array.isArray(x) ? x.length : undefined },
    );
  }
  checkValues(x, 'The tensor');
  const epsilon = checkEpsilon(options.epsilon ?? 1e-5);
  const gamma = affine(options.gamma, C, 1, 'gamma');
  const beta = affine(options.beta, C, 0, 'beta');
  const kind = checkKind(options.kind);
  const { groupOf, count, groups } = statisticsGroups(kind, checked, options.groups ?? 1);

  const sums = new Array<number>(count).fill(0);
  const counts = new Array<number>(count).fill(0);
  x.forEach((v, k) => {
    const g = groupOf[k] as number;
    sums[g] = (sums[g] as number) + v;
    counts[g] = (counts[g] as number) + 1;
  });
  const means = sums.map((s, g) => s / (counts[g] as number));
  // Two passes (mean, then squared deviations): the textbook formula, and stable in float64.
  const squares = new Array<number>(count).fill(0);
  x.forEach((v, k) => {
    const g = groupOf[k] as number;
    squares[g] = (squares[g] as number) + (v - (means[g] as number)) ** 2;
  });
  const variances = squares.map((s, g) => s / (counts[g] as number));

  const channelOf = (k: number) => Math.floor(k / (H * W)) % C;
  const exampleOf = (k: number) => Math.floor(k / (C * H * W));
  const normalized = x.map((v, k) => {
    const g = groupOf[k] as number;
    return (v - (means[g] as number)) / Math.sqrt((variances[g] as number) + epsilon);
  });
  const output = normalized.map(
    (v, k) => (gamma[channelOf(k)] as number) * v + (beta[channelOf(k)] as number),
  );

  const statistics: StatisticsGroup[] = means.map((mean, index) => {
    const channels = new Set<number>();
    let example: number | undefined;
    groupOf.forEach((g, k) => {
      if (g !== index) return;
      channels.add(channelOf(k));
      example = kind === 'batch' ? undefined : exampleOf(k);
    });
    return {
      index,
      example,
      channels: [...channels],
      count: counts[index] as number,
      mean,
      variance: variances[index] as number,
    };
  });
  return {
    shape: checked,
    kind,
    groups,
    epsilon,
    gamma,
    beta,
    reducedAxes: REDUCED_AXES[kind],
    groupOf,
    statistics,
    normalized,
    output,
  };
}

/**
 * Batch norm in evaluation mode: every cell of channel c uses the given (running) mean and variance,
 * y = γ_c (x − μ_c) / √(σ²_c + ε) + β_c, so an example's output does not depend on the rest of its
 * batch. Returns x̂ and y, flat N, C, H, W.
 * @throws NormalizationError as {@link normalizeTensor}; `invalid-affine-length` when the statistics
 *   do not have one value per channel.
 */
export function normalizeWithStatistics(
  x: readonly number[],
  shape: readonly number[],
  statistics: { readonly mean: readonly number[]; readonly variance: readonly number[] },
  options: Omit<TensorNormalizationOptions, 'kind' | 'groups'> = {},
): { readonly normalized: number[]; readonly output: number[] } {
  const checked = checkShape(shape);
  const [, C, H, W] = checked;
  if (!Array.isArray(x) || x.length !== sizeOf(checked)) {
    throw new NormalizationError('shape-mismatch', `Expected ${sizeOf(checked)} values, got ${x.length}.`, {
      expected: sizeOf(checked),
      actual: x.length,
    });
  }
  checkValues(x, 'The tensor');
  const epsilon = checkEpsilon(options.epsilon ?? 1e-5);
  const gamma = affine(options.gamma, C, 1, 'gamma');
  const beta = affine(options.beta, C, 0, 'beta');
  const mean = affine(statistics.mean, C, 0, 'mean');
  const variance = affine(statistics.variance, C, 1, 'variance');
  const normalized = x.map((v, k) => {
    const c = Math.floor(k / (H * W)) % C;
    return (v - (mean[c] as number)) / Math.sqrt((variance[c] as number) + epsilon);
  });
  const output = normalized.map((v, k) => {
    const c = Math.floor(k / (H * W)) % C;
    return (gamma[c] as number) * v + (beta[c] as number);
  });
  return { normalized, output };
}
