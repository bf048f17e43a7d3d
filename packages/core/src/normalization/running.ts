/**
 * Running statistics of batch normalisation, in PyTorch's convention (`torch.nn.BatchNorm*d`):
 *
 *   running_mean ← (1 − momentum) · running_mean + momentum · μ_batch
 *   running_var  ← (1 − momentum) · running_var  + momentum · σ²_batch · m / (m − 1)
 *
 * with momentum 0.1 by default, running_mean starting at 0 and running_var at 1, and m the number
 * of values averaged per channel (N · H · W). The batch itself is normalised with the population
 * variance σ² (divide by m), but the running variance is fed the unbiased one (divide by m − 1).
 * Keras writes the same rule with its momentum = 1 − PyTorch's (0.99) and feeds it the population
 * variance; this file follows PyTorch exactly. Evaluation mode then normalises with the running
 * values instead of the batch's (see `normalizeWithStatistics`).
 */
import { NormalizationError } from './errors.js';

/** The default momentum of PyTorch's batch norm. */
export const DEFAULT_MOMENTUM = 0.1;

/** What one update did, every number of it. */
export interface RunningUpdate {
  /** Values averaged per channel (m). */
  readonly count: number;
  readonly batchMean: readonly number[];
  /** Population variance of the batch (what normalises it). */
  readonly batchVariance: readonly number[];
  /** σ² · m / (m − 1), what the running variance is fed. */
  readonly unbiasedVariance: readonly number[];
  readonly momentum: number;
  readonly before: { readonly mean: readonly number[]; readonly variance: readonly number[] };
  readonly after: { readonly mean: readonly number[]; readonly variance: readonly number[] };
}

/** @throws NormalizationError `invalid-momentum` unless 0 ≤ momentum ≤ 1. */
export function checkMomentum(momentum: number): number {
  if (typeof momentum !== 'number' || !Number.isFinite(momentum) || momentum < 0 || momentum > 1) {
    throw new NormalizationError(
      'invalid-momentum',
      `Momentum must be a number from 0 to 1, got ${String(momentum)}.`,
      { momentum },
    );
  }
  return momentum;
}

/**
 * Per-channel running mean and variance, as plain numbers.
 *
 * @example
 * const running = new RunningStatistics(2);
 * running.update([4, 8], [5, 20], 4); // mean (0.4, 0.8), variance 0.9 + 0.1 · (20/3, 80/3)
 */
export class RunningStatistics {
  readonly channels: number;
  momentum: number;
  private meanValues: number[];
  private varianceValues: number[];
  private steps = 0;

  constructor(channels: number, momentum = DEFAULT_MOMENTUM) {
    if (!Number.isInteger(channels) || channels < 1) {
      throw new NormalizationError('invalid-shape', `Running statistics need ≥ 1 channel, got ${channels}.`, {
        channels,
      });
    }
    this.channels = channels;
    this.momentum = checkMomentum(momentum);
    this.meanValues = new Array<number>(channels).fill(0);
    this.varianceValues = new Array<number>(channels).fill(1);
  }

  get mean(): readonly number[] {
    return this.meanValues;
  }

  get variance(): readonly number[] {
    return this.varianceValues;
  }

  /** Number of updates since construction or the last reset (PyTorch's `num_batches_tracked`). */
  get updates(): number {
    return this.steps;
  }

  /**
   * Folds one batch in. `batchVariance` is the population variance over `count` values per channel.
   * @throws NormalizationError `single-value-batch` when count < 2 (no unbiased variance exists;
   *   PyTorch refuses to train batch norm on one value per channel), `invalid-affine-length`.
   */
  update(batchMean: readonly number[], batchVariance: readonly number[], count: number): RunningUpdate {
    if (batchMean.length !== this.channels || batchVariance.length !== this.channels) {
      throw new NormalizationError(
        'invalid-affine-length',
        `Running statistics have ${this.channels} channels; got ${batchMean.length} means and ${batchVariance.length} variances.`,
        { expected: this.channels },
      );
    }
    if (!Number.isInteger(count) || count < 2) {
      throw new NormalizationError(
        'single-value-batch',
        `A batch with ${count} value per channel has no unbiased variance; batch norm cannot learn from it.`,
        { count },
      );
    }
    const m = this.momentum;
    const before = { mean: [...this.meanValues], variance: [...this.varianceValues] };
    const unbiasedVariance = batchVariance.map((v) => (v * count) / (count - 1));
    this.meanValues = this.meanValues.map((r, c) => (1 - m) * r + m * (batchMean[c] as number));
    this.varianceValues = this.varianceValues.map(
      (r, c) => (1 - m) * r + m * (unbiasedVariance[c] as number),
    );
    this.steps++;
    return {
      count,
      batchMean: [...batchMean],
      batchVariance: [...batchVariance],
      unbiasedVariance,
      momentum: m,
      before,
      after: { mean: [...this.meanValues], variance: [...this.varianceValues] },
    };
  }

  /** Back to mean 0, variance 1, no updates. */
  reset(): void {
    this.meanValues = new Array<number>(this.channels).fill(0);
    this.varianceValues = new Array<number>(this.channels).fill(1);
    this.steps = 0;
  }
}
