import { describe, expect, it } from 'vitest';
import { type Batch, Batcher } from './batcher.js';
import { BatchError } from './errors.js';

const draw = (b: Batcher, count: number): Batch[] => Array.from({ length: count }, () => b.next());
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, c) => a - c);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('Batcher', () => {
  it('cuts n = 10 into 4, 4, 2 and covers every index exactly once per epoch', () => {
    const b = new Batcher({ size: 10, mode: 'mini-batch', batchSize: 4, seed: 1 });
    expect(b.batchesPerEpoch).toBe(3);
    const batches = draw(b, 9);
    expect(batches.map((x) => x.indices.length)).toEqual([4, 4, 2, 4, 4, 2, 4, 4, 2]);
    for (let e = 0; e < 3; e++) {
      const epoch = batches.slice(3 * e, 3 * e + 3).flatMap((x) => x.indices);
      expect(sorted(epoch)).toEqual(range(10));
    }
  });

  it('counts iteration (1-based), epoch and indexInEpoch (0-based)', () => {
    const b = new Batcher({ size: 10, mode: 'mini-batch', batchSize: 4, seed: 1 });
    const meta = draw(b, 7).map(({ iteration, epoch, indexInEpoch, lastInEpoch }) => [
      iteration,
      epoch,
      indexInEpoch,
      lastInEpoch,
    ]);
    expect(meta).toEqual([
      [1, 0, 0, false],
      [2, 0, 1, false],
      [3, 0, 2, true],
      [4, 1, 0, false],
      [5, 1, 1, false],
      [6, 1, 2, true],
      [7, 2, 0, false],
    ]);
    expect(b.iteration).toBe(7);
    expect(b.epoch).toBe(2);
  });

  it('shuffles with a different order each epoch, and the same order for the same seed', () => {
    const b = new Batcher({ size: 20, mode: 'mini-batch', batchSize: 5, seed: 'lesson' });
    const e0 = b.epochOrder(0);
    const e1 = b.epochOrder(1);
    expect(e0).not.toEqual(range(20));
    expect(e0).not.toEqual(e1);
    expect(draw(b, 4).flatMap((x) => x.indices)).toEqual(e0);
    expect(draw(b, 4).flatMap((x) => x.indices)).toEqual(e1);
    const twin = new Batcher({ size: 20, mode: 'mini-batch', batchSize: 5, seed: 'lesson' });
    expect(draw(twin, 8)).toEqual(
      draw(new Batcher({ size: 20, mode: 'mini-batch', batchSize: 5, seed: 'lesson' }), 8),
    );
    const other = new Batcher({ size: 20, mode: 'mini-batch', batchSize: 5, seed: 'other' });
    expect(other.epochOrder(0)).not.toEqual(e0);
  });

  it('seek(t) after any history reproduces the batches that followed step t', () => {
    const b = new Batcher({ size: 7, mode: 'mini-batch', batchSize: 3, seed: 42 });
    const history = draw(b, 20);
    b.seek(11);
    expect(draw(b, 9)).toEqual(history.slice(11));
    b.seek(4);
    expect(b.next()).toEqual(history[4]);
    b.reset();
    expect(b.iteration).toBe(0);
    expect(draw(b, 20)).toEqual(history);
    // A fresh batcher seeking straight into the future agrees too.
    const fresh = new Batcher({ size: 7, mode: 'mini-batch', batchSize: 3, seed: 42 });
    fresh.seek(17);
    expect(draw(fresh, 3)).toEqual(history.slice(17));
    expect(fresh.batchAt(5)).toEqual(history[4]);
    expect(fresh.iteration).toBe(20);
  });

  it("'online' gives one index per step, shuffled; shuffle: false keeps 0 … n−1", () => {
    const online = new Batcher({ size: 5, mode: 'online', seed: 3 });
    expect(online.batchSize).toBe(1);
    expect(online.batchesPerEpoch).toBe(5);
    const epoch = draw(online, 5).map((x) => x.indices);
    expect(epoch.every((ix) => ix.length === 1)).toBe(true);
    expect(sorted(epoch.flat())).toEqual(range(5));
    const inOrder = new Batcher({ size: 5, mode: 'online', seed: 3, shuffle: false });
    expect(draw(inOrder, 6).map((x) => x.indices[0])).toEqual([0, 1, 2, 3, 4, 0]);
  });

  it("'full' gives all indices in order every step", () => {
    const full = new Batcher({ size: 6, mode: 'full', seed: 3, batchSize: 2 });
    expect(full.batchSize).toBe(6);
    expect(full.batchesPerEpoch).toBe(1);
    const batches = draw(full, 3);
    for (const [i, batch] of batches.entries()) {
      expect(batch.indices).toEqual(range(6));
      expect([batch.epoch, batch.indexInEpoch, batch.lastInEpoch]).toEqual([i, 0, true]);
    }
  });

  it('defaults mini-batches to 32 and caps the batch size at n', () => {
    expect(new Batcher({ size: 100, mode: 'mini-batch', seed: 1 }).batchSize).toBe(32);
    expect(new Batcher({ size: 100, mode: 'mini-batch', seed: 1 }).batchesPerEpoch).toBe(4);
    const capped = new Batcher({ size: 3, mode: 'mini-batch', batchSize: 10, seed: 1 });
    expect(capped.batchSize).toBe(3);
    expect(sorted(capped.next().indices)).toEqual([0, 1, 2]);
  });

  it('rejects bad options and seek targets with typed errors', () => {
    const attempt = (fn: () => unknown): BatchError => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(BatchError);
        return e as BatchError;
      }
      throw new Error('expected a BatchError');
    };
    expect(attempt(() => new Batcher({ size: 0, mode: 'full', seed: 1 })).code).toBe('empty');
    expect(attempt(() => new Batcher({ size: 2.5, mode: 'full', seed: 1 })).code).toBe('bad-size');
    const zero = attempt(() => new Batcher({ size: 10, mode: 'mini-batch', batchSize: 0, seed: 1 }));
    expect([zero.code, zero.parameter, zero.value]).toEqual(['bad-batch-size', 'batchSize', 0]);
    expect(attempt(() => new Batcher({ size: 10, mode: 'mini-batch', batchSize: 1.5, seed: 1 })).code).toBe(
      'bad-batch-size',
    );
    expect(attempt(() => new Batcher({ size: 10, mode: 'sgd' as 'online', seed: 1 })).code).toBe('bad-mode');
    const b = new Batcher({ size: 10, mode: 'online', seed: 1 });
    expect(attempt(() => b.seek(-1)).code).toBe('bad-iteration');
    expect(attempt(() => b.batchAt(0)).code).toBe('bad-iteration');
  });
});
