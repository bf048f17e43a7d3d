import { describe, expect, it } from 'vitest';
import { datasetFromCsv } from '../data/csv.js';
import { createNetworkData, NETWORK_PRESETS, splitNetworkData } from './data.js';
import { NetworkError } from './errors.js';

describe('createNetworkData', () => {
  it.each(NETWORK_PRESETS)('%s: deterministic from the seed, split by train-ratio', (preset) => {
    const a = createNetworkData({ preset, size: 100, seed: 7, trainRatio: 0.7 });
    expect(createNetworkData({ preset, size: 100, seed: 7, trainRatio: 0.7 })).toEqual(a);
    expect(createNetworkData({ preset, size: 100, seed: 8, trainRatio: 0.7 })).not.toEqual(a);
    expect(a.train.points.length).toBe(70);
    expect(a.test.points.length).toBe(30);
    expect(a.inputs).toBe(preset === 'curve' ? 1 : 2);
    expect(a.task).toBe(preset === 'curve' ? 'regression' : 'classification');
  });

  it('xor without noise: class 1 exactly when the signs differ, and every coordinate at least 0.1 from the axes', () => {
    const d = createNetworkData({ preset: 'xor', size: 400, trainRatio: 1 });
    d.train.points.forEach(([x1, x2], i) => {
      expect(Math.min(Math.abs(x1!), Math.abs(x2!))).toBeGreaterThanOrEqual(0.1);
      expect(d.train.targets[i]).toBe(x1! * x2! < 0 ? 1 : 0);
    });
  });

  it('spiral and blobs with 2 to 5 classes, balanced', () => {
    for (const preset of ['spiral', 'blobs'] as const) {
      for (let k = 2; k <= 5; k++) {
        const d = createNetworkData({ preset, classes: k, size: 100, trainRatio: 1 });
        expect(d.classes).toBe(k);
        const counts = new Array(k).fill(0);
        for (const t of d.train.targets) counts[t]++;
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('spiral without noise: each point on its arm, θ = 3.5π r + 2πc/k', () => {
    const d = createNetworkData({ preset: 'spiral', classes: 3, size: 30, trainRatio: 1 });
    d.train.points.forEach(([x1, x2], i) => {
      const r = Math.hypot(x1!, x2!);
      const theta = 3.5 * Math.PI * r + (2 * Math.PI * d.train.targets[i]!) / 3;
      expect(x1).toBeCloseTo(r * Math.cos(theta), 12);
      expect(x2).toBeCloseTo(r * Math.sin(theta), 12);
    });
  });

  it('curve without noise: y = sin x + x/4', () => {
    const d = createNetworkData({ preset: 'curve', size: 20, noise: 0, trainRatio: 1 });
    d.train.points.forEach(([x], i) => {
      expect(d.train.targets[i]).toBeCloseTo(Math.sin(x!) + x! / 4, 12);
    });
  });

  it('standardize: the training points get mean 0 and standard deviation 1 (population)', () => {
    const d = createNetworkData({ preset: 'moons', size: 200, standardize: true });
    const s = d.standardizer!;
    for (let j = 0; j < 2; j++) {
      const z = d.train.points.map((p) => (p[j]! - s.mean[j]!) / s.std[j]!);
      const mean = z.reduce((a, b) => a + b, 0) / z.length;
      const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
    expect(createNetworkData({ preset: 'moons', size: 200 }).standardizer).toBeUndefined();
  });

  it('refuses bad options, naming them', () => {
    const field = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e instanceof NetworkError ? e.field : 'other';
      }
      return 'none';
    };
    expect(field(() => createNetworkData({ preset: 'swirl' as never }))).toBe('preset');
    expect(field(() => createNetworkData({ preset: 'xor', size: 1 }))).toBe('size');
    expect(field(() => createNetworkData({ preset: 'xor', noise: -1 }))).toBe('noise');
    expect(field(() => createNetworkData({ preset: 'blobs', classes: 6 }))).toBe('classes');
    expect(field(() => createNetworkData({ preset: 'xor', trainRatio: 0 }))).toBe('train-ratio');
  });
});

describe('splitNetworkData', () => {
  it("splits the learner's CSV; refuses three input columns", () => {
    const d = splitNetworkData(datasetFromCsv('x1,x2,class\n0,0,a\n1,1,b\n0,1,a\n1,0,b'), {
      trainRatio: 0.5,
    });
    expect(d).toMatchObject({ inputs: 2, classes: 2, task: 'classification' });
    expect(d.train.points.length + d.test.points.length).toBe(4);
    expect(() => splitNetworkData(datasetFromCsv('a,b,c,y\n1,2,3,4'))).toThrow(NetworkError);
  });
});
