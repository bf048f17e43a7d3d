/**
 * What the playground's model says about a row of features, in original units: the data view tints
 * its decision regions and draws its probability curves from these.
 */
import type { Dataset, ParameterValues } from '@gd-playground/core';
import type { PlaygroundModel } from '../state.js';

/** The mean of each feature column. */
export function columnMeans(dataset: Dataset): number[] {
  const m = dataset.featureNames.length;
  const n = dataset.features.length || 1;
  const means = new Array<number>(m).fill(0);
  for (const row of dataset.features)
    for (let j = 0; j < m; j++) means[j] = (means[j] ?? 0) + (row[j] ?? 0) / n;
  return means;
}

/** Class probabilities of one feature row under the model (original-unit parameters). */
export function classProbabilities(
  model: PlaygroundModel,
  parameters: ParameterValues,
  row: readonly number[],
  k: number,
): number[] {
  if (model === 'softmax') {
    const W = parameters.W ?? [];
    const b = parameters.b ?? [];
    const z = Array.from({ length: k }, (_, c) => {
      let s = b[c] ?? 0;
      for (let j = 0; j < row.length; j++) s += (W[j * k + c] ?? 0) * (row[j] ?? 0);
      return s;
    });
    const top = Math.max(...z);
    const e = z.map((v) => Math.exp(v - top));
    const total = e.reduce((a, v) => a + v, 0);
    return e.map((v) => v / total);
  }
  const w = parameters.w ?? [];
  let z = parameters.b?.[0] ?? 0;
  for (let j = 0; j < row.length; j++) z += (w[j] ?? 0) * (row[j] ?? 0);
  const p = 1 / (1 + Math.exp(-z));
  return [1 - p, p];
}
