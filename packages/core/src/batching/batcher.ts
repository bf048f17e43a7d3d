import { createRandom } from '../data/random.js';
import { BatchError } from './errors.js';

/**
 * How many examples one gradient step sees:
 * - `'online'`: one example per step (stochastic gradient descent in its purest form);
 * - `'mini-batch'`: `batchSize` examples per step (usually 16, 32, 64 or 128);
 * - `'full'`: every example, in order, every step (batch gradient descent).
 */
export type BatchMode = 'online' | 'mini-batch' | 'full';

/** Options of {@link Batcher}. */
export interface BatcherOptions {
  /** Number of examples n (integer ≥ 1). */
  readonly size: number;
  readonly mode: BatchMode;
  /**
   * Examples per batch in `'mini-batch'` mode (integer ≥ 1, default 32; values above n mean n).
   * Ignored by `'online'` (always 1) and `'full'` (always n), but validated when given.
   */
  readonly batchSize?: number;
  /** Seed of the per-epoch shuffles. */
  readonly seed: number | string;
  /** Shuffle the order each epoch (default true). `'full'` mode never shuffles. */
  readonly shuffle?: boolean;
}

/** One batch: which rows to use for the next step, and where it sits in training. */
export interface Batch {
  /** Row indices (0-based) into the data set. */
  readonly indices: number[];
  /** 1-based count of batches drawn so far, this one included (the step number). */
  readonly iteration: number;
  /** 0-based epoch (pass over the data) this batch belongs to. */
  readonly epoch: number;
  /** 0-based position of this batch within its epoch. */
  readonly indexInEpoch: number;
  /** True for the epoch's last batch (after it the next epoch begins). */
  readonly lastInEpoch: boolean;
}

/**
 * Deals out batches of row indices, epoch after epoch.
 *
 * Each epoch is a permutation of 0 … n−1, cut into consecutive batches of `batchSize`; the last
 * batch of an epoch is smaller when `batchSize` does not divide n (n = 10, size 4 → 4, 4, 2).
 * The permutation of epoch e depends only on (seed, e): it is `createRandom(seed).fork('epoch e')`
 * shuffling 0 … n−1. So batch t is a pure function of (options, t), and `seek(t)` after any
 * history reproduces exactly the batches that followed step t the first time (rewinding a
 * training session relies on this). Plain numbers only, no tensors.
 *
 * @example
 * const b = new Batcher({ size: 10, mode: 'mini-batch', batchSize: 4, seed: 1 });
 * b.next(); // { indices: [4 indices], iteration: 1, epoch: 0, indexInEpoch: 0, lastInEpoch: false }
 */
export class Batcher {
  readonly size: number;
  readonly mode: BatchMode;
  /** Examples per batch actually used (1 online, n full, min(batchSize, n) mini-batch). */
  readonly batchSize: number;
  /** Batches in one epoch: ⌈n / batchSize⌉. */
  readonly batchesPerEpoch: number;
  readonly seed: number | string;
  readonly shuffle: boolean;

  private drawn = 0;
  private cachedEpoch = -1;
  private cachedOrder: readonly number[] = [];

  /**
   * @throws {BatchError} `'empty'` when size is 0; `'bad-size'` when size is not a positive
   * integer; `'bad-batch-size'` when batchSize is given and is not an integer ≥ 1;
   * `'bad-mode'` for an unknown mode.
   */
  constructor(options: BatcherOptions) {
    const { size, mode, batchSize } = options;
    if (size === 0) {
      throw new BatchError('empty', 'Cannot make batches from an empty data set (size 0).', 'size', size);
    }
    if (!Number.isInteger(size) || size < 0) {
      throw new BatchError('bad-size', `size must be a whole number ≥ 1, got ${size}.`, 'size', size);
    }
    if (mode !== 'online' && mode !== 'mini-batch' && mode !== 'full') {
      throw new BatchError(
        'bad-mode',
        `mode must be 'online', 'mini-batch' or 'full', got ${String(mode)}.`,
        'mode',
        mode,
      );
    }
    if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
      throw new BatchError(
        'bad-batch-size',
        `batchSize must be a whole number ≥ 1, got ${batchSize}.`,
        'batchSize',
        batchSize,
      );
    }
    this.size = size;
    this.mode = mode;
    this.seed = options.seed;
    this.shuffle = mode !== 'full' && (options.shuffle ?? true);
    this.batchSize = mode === 'online' ? 1 : mode === 'full' ? size : Math.min(batchSize ?? 32, size);
    this.batchesPerEpoch = Math.ceil(size / this.batchSize);
  }

  /** Number of batches drawn so far (0 after construction, `reset()` or `seek(0)`). */
  get iteration(): number {
    return this.drawn;
  }

  /** Epoch of the next batch (0-based). */
  get epoch(): number {
    return Math.floor(this.drawn / this.batchesPerEpoch);
  }

  /** Draws the next batch. */
  next(): Batch {
    this.drawn++;
    return this.batchAt(this.drawn);
  }

  /**
   * The batch drawn at step `iteration` (1-based), without changing this batcher's position.
   *
   * @throws {BatchError} `'bad-iteration'` unless `iteration` is an integer ≥ 1.
   */
  batchAt(iteration: number): Batch {
    if (!Number.isInteger(iteration) || iteration < 1) {
      throw new BatchError(
        'bad-iteration',
        `iteration must be a whole number ≥ 1, got ${iteration}.`,
        'iteration',
        iteration,
      );
    }
    const t = iteration - 1;
    const epoch = Math.floor(t / this.batchesPerEpoch);
    const indexInEpoch = t % this.batchesPerEpoch;
    const start = indexInEpoch * this.batchSize;
    const indices = this.order(epoch).slice(start, start + this.batchSize);
    return {
      indices,
      iteration,
      epoch,
      indexInEpoch,
      lastInEpoch: indexInEpoch === this.batchesPerEpoch - 1,
    };
  }

  /**
   * The order in which epoch `epoch` (0-based) visits the rows: a seeded permutation of
   * 0 … n−1, or 0 … n−1 itself when not shuffling. Returns a new array.
   */
  epochOrder(epoch: number): number[] {
    return this.order(epoch).slice();
  }

  /** Epoch `epoch`'s order, cached (callers copy what they hand out). */
  private order(epoch: number): readonly number[] {
    // Unshuffled, every epoch visits 0 … n−1: built once, not once a step (full batch is an epoch a step).
    const stale = this.shuffle ? epoch !== this.cachedEpoch : this.cachedOrder.length !== this.size;
    if (stale) {
      const identity = Array.from({ length: this.size }, (_, i) => i);
      this.cachedOrder = this.shuffle
        ? createRandom(this.seed).fork(`epoch ${epoch}`).shuffle(identity)
        : identity;
      this.cachedEpoch = epoch;
    }
    return this.cachedOrder;
  }

  /** Back to the start: the next batch is batch 1 of epoch 0. Same as `seek(0)`. */
  reset(): void {
    this.drawn = 0;
  }

  /**
   * Moves to the state after `iteration` batches have been drawn: the next `next()` returns
   * batch `iteration + 1`, exactly as it did the first time.
   *
   * @throws {BatchError} `'bad-iteration'` unless `iteration` is an integer ≥ 0.
   */
  seek(iteration: number): void {
    if (!Number.isInteger(iteration) || iteration < 0) {
      throw new BatchError(
        'bad-iteration',
        `seek needs a whole number of iterations ≥ 0, got ${iteration}.`,
        'iteration',
        iteration,
      );
    }
    this.drawn = iteration;
  }
}
