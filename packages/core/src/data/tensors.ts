import { tf } from '../tf.js';
import type { Dataset } from './dataset.js';

/** A data set as tensors (float32). */
export interface DatasetTensors {
  /** Features, shape [n, m]. */
  readonly X: tf.Tensor2D;
  /** Targets, shape [n]: values (regression) or class indices as floats (classification). */
  readonly y: tf.Tensor1D;
  /** One-hot targets, shape [n, k]; present only when the data set has classes. */
  readonly oneHot?: tf.Tensor2D;
}

/**
 * Copies a data set into tensors on the current backend.
 *
 * Caller disposes: `X`, `y` and `oneHot` (see {@link disposeDatasetTensors}).
 *
 * @example
 * const { X, y } = datasetToTensors(createPreset('house-prices')); // X [5, 1], y [5]
 */
export function datasetToTensors(ds: Dataset): DatasetTensors {
  const n = ds.features.length;
  const m = ds.featureNames.length;
  const flat = new Float32Array(n * m);
  ds.features.forEach((row, i) => {
    flat.set(row, i * m);
  });
  return tf.tidy(() => {
    const X = tf.tensor2d(flat, [n, m], 'float32');
    const y = tf.tensor1d(ds.targets as number[], 'float32');
    if (ds.classes === undefined) return { X, y };
    const labels = tf.tensor1d(ds.targets as number[], 'int32');
    const oneHot = tf.cast(tf.oneHot(labels, ds.classes.length), 'float32') as tf.Tensor2D;
    return { X, y, oneHot };
  });
}

/** Disposes every tensor of a {@link DatasetTensors}. */
export function disposeDatasetTensors(t: DatasetTensors): void {
  t.X.dispose();
  t.y.dispose();
  t.oneHot?.dispose();
}
