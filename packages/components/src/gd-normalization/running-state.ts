/**
 * The batches `<gd-normalization>` steps through and the running statistics they feed: batch 0 is
 * the tensor the attributes describe, later batches are drawn like it (`drawBatch`); each step
 * folds the batch shown into batch norm's running mean and variance (PyTorch's convention).
 */
import {
  normalizeTensor,
  RunningStatistics,
  type RunningUpdate,
  type TensorShape,
} from '@gd-playground/core';
import { drawBatch, type TensorInput } from './settings.js';

export class RunningState {
  readonly statistics: RunningStatistics;
  /** 0-based number of the batch shown. */
  batch = 0;
  /** The values of the batch shown (flat N, C, H, W). */
  values: readonly number[];
  /** The last update, every number of it (undefined before the first or after a reset). */
  last: RunningUpdate | undefined;
  /** True when the last batch could not be folded in (one value per channel). */
  refused = false;

  constructor(
    private readonly tensor: TensorInput,
    momentum: number,
  ) {
    this.statistics = new RunningStatistics(tensor.shape[1], momentum);
    this.values = tensor.values;
  }

  /** Folds the batch shown (as `values` of `shape`, possibly one example of it) in, then shows the next. */
  next(values: readonly number[], shape: TensorShape): void {
    const stats = normalizeTensor(values, shape, { kind: 'batch' }).statistics;
    try {
      this.last = this.statistics.update(
        stats.map((s) => s.mean),
        stats.map((s) => s.variance),
        shape[0] * shape[2] * shape[3],
      );
      this.refused = false;
    } catch {
      // One value per channel: no unbiased variance; PyTorch refuses to train batch norm on it.
      this.refused = true;
    }
    this.batch++;
    this.values = drawBatch(this.tensor, this.batch);
  }

  /** Running statistics back to 0 and 1, the first batch shown again. */
  reset(): void {
    this.statistics.reset();
    this.last = undefined;
    this.refused = false;
    this.batch = 0;
    this.values = this.tensor.values;
  }
}
