import type { Dataset } from './dataset.js';
import { DatasetError } from './errors.js';

/**
 * Per-column statistics of the features: z_j = (x_j − mean_j) / std_j.
 *
 * `std` is the population standard deviation (divides by n, as scikit-learn's StandardScaler).
 * A constant column has std 0; it is stored as **1** so that every formula stays finite: such a
 * column standardises to all zeros and converts back unchanged.
 */
export interface Standardizer {
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

/** A linear model's weights w (one per feature) and bias b: ŷ = Σ w_j x_j + b. */
export interface LinearWeights {
  readonly w: readonly number[];
  readonly b: number;
}

/**
 * Computes each feature column's mean and population standard deviation.
 *
 * @throws {DatasetError} `'empty'` when the data set has no rows.
 */
export function fitStandardizer(dataset: Dataset): Standardizer {
  const rows = dataset.features;
  const n = rows.length;
  if (n === 0) throw new DatasetError('empty', 'Cannot standardise a data set with no rows.', { actual: 0 });
  const m = rows[0]?.length ?? 0;
  const mean = new Array<number>(m).fill(0);
  for (const row of rows) for (let j = 0; j < m; j++) mean[j] = (mean[j] ?? 0) + (row[j] ?? 0) / n;
  const variance = new Array<number>(m).fill(0);
  for (const row of rows) {
    for (let j = 0; j < m; j++) variance[j] = (variance[j] ?? 0) + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2 / n;
  }
  const std = variance.map((v, j) => {
    const sd = Math.sqrt(v);
    // Below rounding noise relative to the column's size counts as constant.
    return sd <= 1e-12 * Math.max(1, Math.abs(mean[j] ?? 0)) ? 1 : sd;
  });
  return Object.freeze({ mean: Object.freeze(mean), std: Object.freeze(std) });
}

function checkWidth(width: number, s: Standardizer, what: string, row?: number): void {
  if (width !== s.mean.length) {
    throw new DatasetError(
      'length-mismatch',
      `${what} has ${width} values but the standardiser was fitted on ${s.mean.length} features.`,
      { expected: s.mean.length, actual: width, ...(row !== undefined ? { row } : {}) },
    );
  }
}

/**
 * Feature rows in standardised units: z_j = (x_j − mean_j) / std_j.
 *
 * @throws {DatasetError} `'length-mismatch'` when a row's width differs from the standardiser's.
 */
export function standardizeFeatures(rows: readonly (readonly number[])[], s: Standardizer): number[][] {
  return rows.map((row, i) => {
    checkWidth(row.length, s, `Row ${i + 1}`, i);
    return row.map((x, j) => (x - (s.mean[j] ?? 0)) / (s.std[j] ?? 1));
  });
}

/**
 * Feature rows back in original units: x_j = z_j · std_j + mean_j.
 *
 * @throws {DatasetError} `'length-mismatch'` when a row's width differs from the standardiser's.
 */
export function unstandardizeFeatures(rows: readonly (readonly number[])[], s: Standardizer): number[][] {
  return rows.map((row, i) => {
    checkWidth(row.length, s, `Row ${i + 1}`, i);
    return row.map((z, j) => z * (s.std[j] ?? 1) + (s.mean[j] ?? 0));
  });
}

/**
 * A copy of the data set with standardised features; targets, names and classes are unchanged.
 *
 * @throws {DatasetError} `'length-mismatch'` when the feature count differs from the standardiser's.
 */
export function standardize(dataset: Dataset, s: Standardizer): Dataset {
  const features = standardizeFeatures(dataset.features, s);
  return Object.freeze({ ...dataset, features });
}

/**
 * Converts weights learnt on standardised features to original units, so a widget can draw the
 * model over the raw data. From ŷ = Σ w_j (x_j − mean_j)/std_j + b:
 *
 *   w'_j = w_j / std_j,   b' = b − Σ w_j · mean_j / std_j.
 *
 * @throws {DatasetError} `'length-mismatch'` when `w` has the wrong length.
 */
export function weightsToOriginalUnits(weights: LinearWeights, s: Standardizer): { w: number[]; b: number } {
  checkWidth(weights.w.length, s, 'The weight vector');
  const w = weights.w.map((wj, j) => wj / (s.std[j] ?? 1));
  const b = weights.w.reduce((acc, wj, j) => acc - (wj * (s.mean[j] ?? 0)) / (s.std[j] ?? 1), weights.b);
  return { w, b };
}

/**
 * The inverse of {@link weightsToOriginalUnits}: weights for original features expressed for
 * standardised ones.
 *
 *   w_j = w'_j · std_j,   b = b' + Σ w'_j · mean_j.
 *
 * @throws {DatasetError} `'length-mismatch'` when `w` has the wrong length.
 */
export function weightsToStandardizedUnits(
  weights: LinearWeights,
  s: Standardizer,
): { w: number[]; b: number } {
  checkWidth(weights.w.length, s, 'The weight vector');
  const w = weights.w.map((wj, j) => wj * (s.std[j] ?? 1));
  const b = weights.w.reduce((acc, wj, j) => acc + wj * (s.mean[j] ?? 0), weights.b);
  return { w, b };
}
