import { describe, expect, it } from 'vitest';
import type { Dataset } from './dataset.js';
import { DatasetError } from './errors.js';
import { createPreset, PRESETS } from './presets.js';

const counts = (ds: Dataset): number[] => {
  const c = new Array<number>(ds.classes?.length ?? 0).fill(0);
  for (const t of ds.targets) c[t]! += 1;
  return c;
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Least-squares slope and intercept of y on x. */
function fitLine(xs: readonly number[], ys: readonly number[]): { a: number; b: number } {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
  });
  const a = sxy / sxx;
  return { a, b: my - a * mx };
}

/** Leave-one-out 1-nearest-neighbour accuracy: 1 means every point's nearest neighbour shares its class. */
function nearestNeighbourAccuracy(ds: Dataset): number {
  let right = 0;
  ds.features.forEach((p, i) => {
    let best = Number.POSITIVE_INFINITY;
    let label = -1;
    ds.features.forEach((q, j) => {
      if (i === j) return;
      const d = (p[0]! - q[0]!) ** 2 + (p[1]! - q[1]!) ** 2;
      if (d < best) {
        best = d;
        label = ds.targets[j]!;
      }
    });
    if (label === ds.targets[i]) right++;
  });
  return right / ds.features.length;
}

describe('createPreset', () => {
  it('lists every preset with metadata that matches what it generates', () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      'house-prices',
      'linear',
      'linear-multi',
      'blobs',
      'xor',
      'circles',
      'moons',
      'blobs-multi',
      'outliers',
    ]);
    for (const info of PRESETS) {
      const ds = createPreset(info.name, { seed: 3 });
      expect(ds.features.length).toBe(info.defaultSize);
      expect(ds.featureNames.length).toBe(info.defaultFeatures);
      expect(ds.features.every((row) => row.length === info.defaultFeatures)).toBe(true);
      const k = ds.classes?.length;
      expect(k).toBe(info.task === 'regression' ? undefined : info.defaultClasses);
      if (info.task === 'binary') expect(k).toBe(2);
      if (info.task === 'multiclass') expect(k).toBeGreaterThanOrEqual(3);
    }
  });

  it('is deterministic by seed: same seed → same data, different seed → different data', () => {
    for (const { name } of PRESETS) {
      if (name === 'house-prices') continue;
      expect(createPreset(name, { seed: 5 })).toEqual(createPreset(name, { seed: 5 }));
      expect(createPreset(name, { seed: 5 }).features).not.toEqual(createPreset(name, { seed: 6 }).features);
    }
    expect(createPreset('linear', { seed: 'abc' })).toEqual(createPreset('linear', { seed: 'abc' }));
  });

  it("'linear' follows y = 2x + 1 exactly at noise 0 and roughly at noise 1", () => {
    const exact = createPreset('linear', { seed: 1, size: 20, noise: 0 });
    exact.features.forEach(([x], i) => {
      expect(exact.targets[i]).toBeCloseTo(2 * x! + 1, 10);
    });
    expect(exact.features.every(([x]) => x! >= 0 && x! < 10)).toBe(true);
    const noisy = createPreset('linear', { seed: 1, size: 400 });
    const { a, b } = fitLine(
      noisy.features.map(([x]) => x!),
      noisy.targets,
    );
    expect(a).toBeCloseTo(2, 1);
    expect(Math.abs(b - 1)).toBeLessThan(0.4);
  });

  it("'linear-multi' has m features and y = Σ w_j x_j + 5 at noise 0", () => {
    const ds = createPreset('linear-multi', { seed: 2, size: 30, features: 3, noise: 0 });
    expect(ds.featureNames).toEqual(['x1', 'x2', 'x3']);
    ds.features.forEach((x, i) => {
      expect(ds.targets[i]).toBeCloseTo(2 * x[0]! - x[1]! + 0.5 * x[2]! + 5, 10);
    });
  });

  it("'outliers' is linear data with a few rows pushed up by 15 to 30", () => {
    const ds = createPreset('outliers', { seed: 4, size: 50, noise: 0 });
    const residuals = ds.features.map(([x], i) => ds.targets[i]! - (2 * x! + 1));
    const outliers = residuals.filter((r) => Math.abs(r) > 1e-9);
    expect(outliers.length).toBe(3);
    for (const r of outliers) {
      expect(r).toBeGreaterThanOrEqual(15);
      expect(r).toBeLessThan(30);
    }
  });

  it('classification presets are balanced and labelled 0 … k−1', () => {
    expect(counts(createPreset('blobs', { seed: 1, size: 101 }))).toEqual([51, 50]);
    expect(counts(createPreset('xor', { seed: 1, size: 200 }))).toEqual([100, 100]);
    expect(counts(createPreset('circles', { seed: 1 }))).toEqual([100, 100]);
    expect(counts(createPreset('moons', { seed: 1 }))).toEqual([100, 100]);
    const multi = createPreset('blobs-multi', { seed: 1, size: 120, classes: 4 });
    expect(multi.classes).toEqual(['0', '1', '2', '3']);
    expect(counts(multi)).toEqual([30, 30, 30, 30]);
  });

  it("'xor' labels are 1 exactly where x₁ and x₂ have different signs (noise 0)", () => {
    const ds = createPreset('xor', { seed: 8, noise: 0 });
    ds.features.forEach(([x1, x2], i) => {
      expect(ds.targets[i]).toBe(x1! * x2! < 0 ? 1 : 0);
    });
    expect(ds.features.every(([x1, x2]) => Math.abs(x1!) <= 1 && Math.abs(x2!) <= 1)).toBe(true);
  });

  it("'circles' puts class 0 on radius 0.5 and class 1 on radius 1; at low noise the radius 0.75 separates them", () => {
    const exact = createPreset('circles', { seed: 8, noise: 0 });
    exact.features.forEach(([x, y], i) => {
      expect(Math.hypot(x!, y!)).toBeCloseTo(exact.targets[i] === 0 ? 0.5 : 1, 10);
    });
    const noisy = createPreset('circles', { seed: 8, noise: 0.05 });
    noisy.features.forEach(([x, y], i) => {
      expect(Math.hypot(x!, y!) < 0.75 ? 0 : 1).toBe(noisy.targets[i]);
    });
  });

  it("'moons' lie on their two arcs and are well separated at low noise", () => {
    const exact = createPreset('moons', { seed: 8, noise: 0 });
    exact.features.forEach(([x, y], i) => {
      if (exact.targets[i] === 0) {
        expect(Math.hypot(x!, y!)).toBeCloseTo(1, 10);
        expect(y).toBeGreaterThanOrEqual(0);
      } else {
        expect(Math.hypot(x! - 1, y! - 0.5)).toBeCloseTo(1, 10);
        expect(y).toBeLessThanOrEqual(0.5);
      }
    });
    expect(nearestNeighbourAccuracy(createPreset('moons', { seed: 8, noise: 0.05 }))).toBe(1);
  });

  it('blobs sit around their centres and are separable at low noise', () => {
    const blobs = createPreset('blobs', { seed: 8, size: 400, noise: 0.3 });
    for (const c of [0, 1]) {
      const xs = blobs.features.filter((_, i) => blobs.targets[i] === c).map(([x]) => x!);
      expect(mean(xs)).toBeCloseTo(c === 0 ? -1.5 : 1.5, 1);
    }
    // The line x₁ + x₂ = 0 separates the two centres.
    blobs.features.forEach(([x1, x2], i) => {
      expect(x1! + x2! > 0 ? 1 : 0).toBe(blobs.targets[i]);
    });
    const multi = createPreset('blobs-multi', { seed: 8, size: 150, noise: 0.3 });
    // The nearest centre 2.5(cos 2πc/3, sin 2πc/3) is the true class.
    multi.features.forEach(([x, y], i) => {
      const d = [0, 1, 2].map((c) =>
        Math.hypot(x! - 2.5 * Math.cos((2 * Math.PI * c) / 3), y! - 2.5 * Math.sin((2 * Math.PI * c) / 3)),
      );
      expect(d.indexOf(Math.min(...d))).toBe(multi.targets[i]);
    });
  });

  it("throws 'unknown-preset' and 'bad-option' with the parameter named", () => {
    const attempt = (fn: () => unknown): DatasetError => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(DatasetError);
        return e as DatasetError;
      }
      throw new Error('expected a DatasetError');
    };
    const unknown = attempt(() => createPreset('spirals'));
    expect([unknown.code, unknown.value]).toEqual(['unknown-preset', 'spirals']);
    expect(attempt(() => createPreset('linear', { size: 0 })).parameter).toBe('size');
    expect(attempt(() => createPreset('linear', { size: 2.5 })).code).toBe('bad-option');
    expect(attempt(() => createPreset('moons', { noise: -1 })).parameter).toBe('noise');
    expect(attempt(() => createPreset('blobs-multi', { classes: 2 })).parameter).toBe('classes');
    expect(attempt(() => createPreset('linear-multi', { features: 0 })).parameter).toBe('features');
    expect(attempt(() => createPreset('blobs-multi', { classes: 5, size: 4 })).parameter).toBe('size');
    // Options a preset does not use are ignored.
    expect(createPreset('blobs', { classes: 7, features: 9 }).classes).toEqual(['0', '1']);
  });
});

describe('column keys of the presets (for translated titles; core stays language-free)', () => {
  it('house-prices keys its two worded columns, classification keys its class column, x/y have none', () => {
    expect(createPreset('house-prices').columnKeys).toEqual({
      features: ['house-size'],
      target: 'house-price',
    });
    for (const name of ['blobs', 'xor', 'circles', 'moons', 'blobs-multi']) {
      expect(createPreset(name).columnKeys, name).toEqual({ target: 'class' });
      expect(createPreset(name).targetName).toBe('class');
    }
    for (const name of ['linear', 'linear-multi', 'outliers']) {
      expect(createPreset(name).columnKeys, name).toBeUndefined();
      expect(
        createPreset(name).featureNames.every((n) => /^x\d+$/.test(n)),
        name,
      ).toBe(true);
    }
  });
});
