import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { datasetFromArrays } from './create.js';
import { createPreset } from './presets.js';
import { datasetToTensors, disposeDatasetTensors } from './tensors.js';

describe('datasetToTensors', () => {
  it('copies the house table into X [5, 1] and y [5], leaking nothing once disposed', () => {
    const before = tf.memory().numTensors;
    const t = datasetToTensors(createPreset('house-prices'));
    expect(t.X.shape).toEqual([5, 1]);
    expect(t.y.shape).toEqual([5]);
    expect(t.X.dtype).toBe('float32');
    expect(Array.from(t.X.dataSync())).toEqual([50, 60, 70, 80, 100]);
    expect(Array.from(t.y.dataSync())).toEqual([400, 450, 500, 550, 650]);
    expect(t.oneHot).toBeUndefined();
    expect(tf.memory().numTensors).toBe(before + 2);
    disposeDatasetTensors(t);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('lays out several features row-major and one-hot encodes classes', () => {
    const before = tf.memory().numTensors;
    const ds = datasetFromArrays({
      features: [
        [1, 2, 3],
        [4, 5, 6],
        [-1, -2, -3],
      ],
      targets: ['b', 'c', 'a'],
      classes: ['a', 'b', 'c'],
    });
    const t = datasetToTensors(ds);
    expect(t.X.arraySync()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [-1, -2, -3],
    ]);
    expect(Array.from(t.y.dataSync())).toEqual([1, 2, 0]);
    expect(t.oneHot?.dtype).toBe('float32');
    expect(t.oneHot?.arraySync()).toEqual([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ]);
    t.X.dispose();
    t.y.dispose();
    t.oneHot?.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
