import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { createModel, type ModelSpec } from './create.js';
import { ModelError } from './errors.js';

describe('createModel', () => {
  it('builds each kind from a JSON round-tripped spec', () => {
    const specs: ModelSpec[] = [
      { kind: 'linear', features: 2, init: { w: [5.1, 6.5], b: [133] } },
      { kind: 'logistic', features: 2, bias: false },
      { kind: 'softmax', features: 2, classes: 3, init: { seed: 'lesson-1' } },
      { kind: 'mlp', layers: [2, 4, 1], hidden: 'tanh', output: 'sigmoid' },
    ];
    const before = tf.memory().numTensors;
    const models = specs.map((s) => createModel(JSON.parse(JSON.stringify(s)) as ModelSpec));
    expect(models.map((m) => m.kind)).toEqual(['linear', 'logistic', 'softmax', 'mlp']);
    expect(models.map((m) => m.parameters.length)).toEqual([2, 1, 2, 4]);
    const X = tf.tensor2d([[75, 2]]);
    const y = models[0]?.predict(X) as tf.Tensor;
    expect(y.dataSync()[0]).toBeCloseTo(528.5, 3);
    tf.dispose([X, y]);
    for (const m of models) m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('throws unknown-model-kind for an unknown kind', () => {
    try {
      createModel({ kind: 'tree', features: 1 } as unknown as ModelSpec);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe('unknown-model-kind');
      expect((error as ModelError).details.kind).toBe('tree');
    }
  });
});
