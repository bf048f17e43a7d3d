import { describe, expect, it } from 'vitest';
import { measuredLineCount, samplingLines } from './mask.js';

const count = (lines: Uint8Array) => lines.reduce((s, v) => s + v, 0);

describe('sampling masks', () => {
  it('full measures every line', () => {
    expect(count(samplingLines({ size: 128, kind: 'full', acceleration: 4, center: 0.08, seed: 1 }))).toBe(
      128,
    );
  });

  it.each(['equispaced', 'random', 'variable-density'] as const)(
    '%s measures exactly n/R lines, the centre always',
    (kind) => {
      for (const acceleration of [2, 4, 8]) {
        const lines = samplingLines({ size: 128, kind, acceleration, center: 0.08, seed: 1 });
        expect(count(lines)).toBe(128 / acceleration);
        // ⌈0.08 · 128⌉ = 11 centre lines around index 64, capped by the budget (16 at R = 8).
        for (let i = 64 - 5; i <= 64 + 5; i++) expect(lines[i]).toBe(1);
      }
    },
  );

  it('is reproducible from the seed and changes with it', () => {
    const a = samplingLines({ size: 128, kind: 'random', acceleration: 4, center: 0.08, seed: 1 });
    const b = samplingLines({ size: 128, kind: 'random', acceleration: 4, center: 0.08, seed: 1 });
    const c = samplingLines({ size: 128, kind: 'random', acceleration: 4, center: 0.08, seed: 2 });
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('equispaced lines outside the centre are evenly spread', () => {
    const lines = samplingLines({ size: 64, kind: 'equispaced', acceleration: 4, center: 0, seed: 1 });
    const measured = Array.from(lines.keys()).filter((i) => lines[i]);
    expect(measured).toEqual([2, 6, 10, 14, 18, 22, 26, 30, 34, 38, 42, 46, 50, 54, 58, 62]);
  });

  it('variable density favours the centre', () => {
    const lines = samplingLines({ size: 256, kind: 'variable-density', acceleration: 4, center: 0, seed: 3 });
    expect(count(lines.subarray(96, 160))).toBeGreaterThan(
      count(lines.subarray(0, 64)) + count(lines.subarray(192)),
    );
  });

  it('counts lines as round(n / R) and refuses bad options', () => {
    expect(measuredLineCount(100, 3)).toBe(33);
    expect(() => samplingLines({ size: 64, kind: 'random', acceleration: 0.5, center: 0, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => samplingLines({ size: 64, kind: 'random', acceleration: 4, center: 2, seed: 1 })).toThrow(
      RangeError,
    );
  });
});
