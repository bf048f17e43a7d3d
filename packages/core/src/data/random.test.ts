import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

describe('createRandom', () => {
  it('gives the pinned sequence for seed 42 (integer arithmetic only, same on every machine)', () => {
    const r = createRandom(42);
    expect(r.next()).toBe(0.611545278923586);
    expect(r.next()).toBe(0.290452525485307);
    expect(r.next()).toBe(0.608740468043834);
    expect(r.int(100)).toBe(52);
    expect(r.normal()).toBeCloseTo(-0.5317579637192091, 12);
  });

  it('treats a number seed and its decimal text alike', () => {
    expect(createRandom('42').next()).toBe(createRandom(42).next());
  });

  it('repeats with the same seed and differs with another', () => {
    const draw = (seed: number | string) => {
      const r = createRandom(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw('lesson')).toEqual(draw('lesson'));
    expect(draw(1)).not.toEqual(draw(2));
    // Neighbouring seeds must not give shifted copies of one stream.
    expect(draw(1).filter((u) => draw(2).includes(u))).toEqual([]);
  });

  it('next() stays in [0, 1) with a mean near 1/2', () => {
    const r = createRandom(3);
    const xs = Array.from({ length: 20000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 2);
  });

  it('normal(mean, sd) has about that mean and standard deviation', () => {
    const r = createRandom(5);
    const xs = Array.from({ length: 20000 }, () => r.normal(3, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - 3)).toBeLessThan(0.05);
    expect(Math.abs(sd - 2)).toBeLessThan(0.05);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('int(k) covers 0 … k−1 evenly and rejects a bad bound', () => {
    const r = createRandom(9);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) counts[r.int(6)]! += 1;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
    expect(() => r.int(0)).toThrow(RangeError);
    expect(() => r.int(2.5)).toThrow(RangeError);
  });

  it('shuffle returns a new permutation, leaves the input alone, and is seeded', () => {
    const input = Array.from({ length: 10 }, (_, i) => i);
    const out = createRandom(7).shuffle(input);
    expect(out).toEqual([1, 7, 6, 3, 5, 2, 8, 0, 9, 4]);
    expect(input).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
  });

  it('shuffle puts each element in each position about equally often', () => {
    const r = createRandom(11);
    const firstCounts = [0, 0, 0, 0];
    for (let i = 0; i < 8000; i++) firstCounts[r.shuffle([0, 1, 2, 3])[0]!]! += 1;
    for (const c of firstCounts) expect(Math.abs(c - 2000)).toBeLessThan(150);
  });

  it('fork gives independent streams that depend only on (seed, label)', () => {
    const a = createRandom(42);
    const forkedFirst = a.fork('weights').next();
    a.next();
    a.next();
    expect(a.fork('weights').next()).toBe(forkedFirst);
    expect(createRandom(42).fork('weights').next()).toBe(forkedFirst);
    expect(createRandom(42).fork('data').next()).toBe(0.7531596794724464);
    expect(createRandom(42).fork('data').next()).not.toBe(forkedFirst);
    // Forking does not advance the parent.
    const b = createRandom(42);
    b.fork('x');
    expect(b.next()).toBe(0.611545278923586);
  });

  it('rejects a non-finite numeric seed', () => {
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
    expect(() => createRandom(Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });
});
