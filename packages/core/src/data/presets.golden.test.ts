import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { createPreset } from './presets.js';
import { createRandom } from './random.js';
import { datasetToTensors, disposeDatasetTensors } from './tensors.js';

// Curriculum A.2: house size (m²) → price (thousands), exact fit y = 5x + 150.
describe('house-prices preset (curriculum A.2)', () => {
  it('is exactly the course table, whatever the options', () => {
    const ds = createPreset('house-prices', { seed: 99, size: 1000, noise: 5 });
    expect(ds.features).toEqual([[50], [60], [70], [80], [100]]);
    expect(ds.targets).toEqual([400, 450, 500, 550, 650]);
    expect(ds.featureNames).toEqual(['size (m²)']);
    expect(ds.targetName).toBe('price (thousands)');
    for (const [i, row] of ds.features.entries()) expect(5 * row[0]! + 150).toBe(ds.targets[i]);
  });

  it('reaches the current backend unchanged (float32) and leaks nothing', () => {
    const before = tf.memory().numTensors;
    const t = datasetToTensors(createPreset('house-prices'));
    const X = t.X.dataSync();
    const y = t.y.dataSync();
    [50, 60, 70, 80, 100].forEach((x, i) => {
      expect(X[i]).toBeCloseTo(x, 4);
    });
    [400, 450, 500, 550, 650].forEach((v, i) => {
      expect(y[i]).toBeCloseTo(v, 4);
    });
    // y = 5x + 150 computed on the backend: the fitted model predicts 750 for 120 m².
    const prediction = tf.tidy(() => tf.add(tf.mul(tf.scalar(5), tf.scalar(120)), tf.scalar(150)));
    expect(prediction.dataSync()[0]).toBeCloseTo(750, 4);
    prediction.dispose();
    disposeDatasetTensors(t);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('seeded streams are identical in every environment (pinned sfc32 values)', () => {
    const r = createRandom(42);
    expect([r.next(), r.next(), r.next()]).toEqual([0.611545278923586, 0.290452525485307, 0.608740468043834]);
    expect(createRandom(7).shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual([1, 7, 6, 3, 5, 2, 8, 0, 9, 4]);
  });
});
