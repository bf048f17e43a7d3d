import { describe, expect, it } from 'vitest';
import { datasetFromArrays } from './create.js';
import { DatasetError } from './errors.js';
import { createPreset } from './presets.js';
import {
  fitStandardizer,
  standardize,
  standardizeFeatures,
  unstandardizeFeatures,
  weightsToOriginalUnits,
  weightsToStandardizedUnits,
} from './standardize.js';

const predict = (x: readonly number[], w: readonly number[], b: number): number =>
  x.reduce((acc, xj, j) => acc + w[j]! * xj, b);

describe('standardisation', () => {
  it('fits the population mean and std of the house sizes', () => {
    const s = fitStandardizer(createPreset('house-prices'));
    // sizes 50, 60, 70, 80, 100: mean 72, variance (484 + 144 + 4 + 64 + 784) / 5 = 296.
    expect(s.mean[0]).toBeCloseTo(72, 12);
    expect(s.std[0]).toBeCloseTo(Math.sqrt(296), 12);
  });

  it('gives every column mean 0 and std 1, keeps targets, and round-trips', () => {
    const ds = createPreset('linear-multi', { seed: 3, size: 60, features: 3 });
    const s = fitStandardizer(ds);
    const z = standardize(ds, s);
    expect(z.targets).toEqual(ds.targets);
    expect(z.featureNames).toEqual(ds.featureNames);
    const after = fitStandardizer(z);
    for (let j = 0; j < 3; j++) {
      expect(after.mean[j]).toBeCloseTo(0, 12);
      expect(after.std[j]).toBeCloseTo(1, 12);
    }
    const back = unstandardizeFeatures(z.features, s);
    back.forEach((row, i) => {
      row.forEach((x, j) => {
        expect(x).toBeCloseTo(ds.features[i]![j]!, 10);
      });
    });
  });

  it('treats a constant column as std 1: it standardises to 0 and converts back unchanged', () => {
    const ds = datasetFromArrays({
      features: [
        [3, 1],
        [3, 2],
        [3, 3],
      ],
      targets: [0, 0, 0],
    });
    const s = fitStandardizer(ds);
    expect(s.mean).toEqual([3, 2]);
    expect(s.std[0]).toBe(1);
    const z = standardizeFeatures(ds.features, s);
    expect(z.map((r) => r[0])).toEqual([0, 0, 0]);
    expect(unstandardizeFeatures(z, s).map((r) => r[0])).toEqual([3, 3, 3]);
    const w = weightsToOriginalUnits({ w: [4, 1], b: 0 }, s);
    expect(w.w[0]).toBe(4);
  });

  it('converts weights so both unit systems predict the same', () => {
    const ds = createPreset('linear-multi', { seed: 9, size: 20, features: 2 });
    const s = fitStandardizer(ds);
    const zRows = standardizeFeatures(ds.features, s);
    const standardized = { w: [1.7, -0.4], b: 3.2 };
    const original = weightsToOriginalUnits(standardized, s);
    ds.features.forEach((x, i) => {
      expect(predict(x, original.w, original.b)).toBeCloseTo(
        predict(zRows[i]!, standardized.w, standardized.b),
        9,
      );
    });
    const again = weightsToStandardizedUnits(original, s);
    again.w.forEach((wj, j) => {
      expect(wj).toBeCloseTo(standardized.w[j]!, 12);
    });
    expect(again.b).toBeCloseTo(standardized.b, 10);
  });

  it('maps the house fit y = 5x + 150 to standardised units and back', () => {
    const s = fitStandardizer(createPreset('house-prices'));
    const z = weightsToStandardizedUnits({ w: [5], b: 150 }, s);
    // ŷ = 5·(72 + √296·z) + 150 = 510 + 5√296·z.
    expect(z.b).toBeCloseTo(510, 10);
    expect(z.w[0]).toBeCloseTo(5 * Math.sqrt(296), 10);
    const back = weightsToOriginalUnits(z, s);
    expect(back.w[0]).toBeCloseTo(5, 12);
    expect(back.b).toBeCloseTo(150, 10);
  });

  it("rejects widths that do not match with 'length-mismatch'", () => {
    const s = fitStandardizer(createPreset('house-prices'));
    expect(() => weightsToOriginalUnits({ w: [1, 2], b: 0 }, s)).toThrow(DatasetError);
    try {
      standardizeFeatures([[1], [2, 3]], s);
      expect.unreachable();
    } catch (e) {
      expect((e as DatasetError).code).toBe('length-mismatch');
      expect((e as DatasetError).row).toBe(1);
    }
  });
});
