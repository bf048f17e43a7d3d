import { describe, expect, it } from 'vitest';
import { MlpModel } from '../models/mlp.js';
import { tf } from '../tf.js';
import { NormalizationComparison } from './comparison.js';

describe('NormalizationComparison', () => {
  it('starts both networks from the same seeded weights and records the step-0 loss by hand', () => {
    const before = tf.memory().numTensors;
    const comparison = new NormalizationComparison({ normalization: 'batch', seed: 4, samples: 32 });
    const [plain, normalized] = comparison.models;
    const p = plain.readSync();
    const n = normalized.readSync();
    for (const name of ['W1', 'b1', 'W2', 'b2', 'W3', 'b3']) expect(n[name]).toEqual(p[name]);
    // Step 0 loss of the plain network, recomputed in float64 from its weights.
    const reference = new MlpModel({ layers: [2, 16, 16, 1], init: { seed: 4 } });
    const values = reference.readSync();
    reference.dispose();
    const relu = (v: number) => Math.max(0, v);
    const dense = (h: number[], W: number[], b: number[], out: number) =>
      Array.from({ length: out }, (_, j) =>
        h.reduce((a, x, i) => a + x * (W[i * out + j] as number), b[j] as number),
      );
    const mse =
      comparison.features.reduce((sum, x, i) => {
        const h1 = dense([...x], values.W1!, values.b1!, 16).map(relu);
        const h2 = dense(h1, values.W2!, values.b2!, 16).map(relu);
        const out = dense(h2, values.W3!, values.b3!, 1)[0] as number;
        return sum + (out - (comparison.targets[i] as number)) ** 2;
      }, 0) / 32;
    expect(comparison.history.plain[0]! / mse).toBeCloseTo(1, 5);
    comparison.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('with the default badly scaled inputs, batch norm trains where the plain network does not', async () => {
    const before = tf.memory().numTensors;
    const comparison = new NormalizationComparison();
    const steps = await comparison.step(150);
    expect(steps).toHaveLength(150);
    expect(comparison.steps).toBe(150);
    const { plain, normalized } = comparison.history;
    expect(normalized[150]!).toBeLessThan(0.1 * normalized[0]!);
    // The plain network at the same learning rate blows up (or stays far above).
    const plainLast = plain[150]!;
    expect(Number.isNaN(plainLast) || plainLast > 10 * normalized[150]!).toBe(true);
    comparison.reset();
    expect(comparison.history.plain).toHaveLength(1);
    // Same seed, same batches: replaying gives the same curve.
    await comparison.step(20);
    expect(comparison.history.normalized.slice(0, 21)).toEqual(normalized.slice(0, 21));
    comparison.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('pausing between the two networks (a task boundary for the page) changes no number', async () => {
    const before = tf.memory().numTensors;
    const straight = new NormalizationComparison({ samples: 32, normalization: 'layer' });
    const paused = new NormalizationComparison({ samples: 32, normalization: 'layer' });
    let pauses = 0;
    await straight.step(5);
    await paused.step(5, async () => {
      pauses++;
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(pauses).toBe(5);
    expect(paused.history).toEqual(straight.history);
    straight.dispose();
    paused.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('reads the batch-norm network in evaluation mode with its running statistics, as a float64 hand forward pass does', async () => {
    const before = tf.memory().numTensors;
    const comparison = new NormalizationComparison({ normalization: 'batch', samples: 32 });
    const steps = await comparison.step(12);
    const normalized = comparison.models[1];
    const p = normalized.readSync();
    const running = normalized.normalizationLayers.map((layer) => layer.readRunningSync()!);
    const dense = (h: number[], W: number[], b: number[], out: number) =>
      Array.from({ length: out }, (_, j) =>
        h.reduce((a, x, i) => a + x * (W[i * out + j] as number), b[j] as number),
      );
    const norm = (z: number[], l: number) =>
      z.map((v, u) =>
        Math.max(
          0,
          ((v - running[l]!.mean[u]!) / Math.sqrt(running[l]!.variance[u]! + 1e-5)) *
            p[`gamma${l + 1}`]![u]! +
            p[`beta${l + 1}`]![u]!,
        ),
      );
    const mse =
      comparison.features.reduce((sum, x, i) => {
        const h1 = norm(dense([...x], p.W1!, p.b1!, 16), 0);
        const h2 = norm(dense(h1, p.W2!, p.b2!, 16), 1);
        const out = dense(h2, p.W3!, p.b3!, 1)[0] as number;
        return sum + (out - (comparison.targets[i] as number)) ** 2;
      }, 0) / 32;
    expect(steps[11]!.normalizedEval / mse).toBeCloseTo(1, 4);
    expect(comparison.history.normalizedEval[12]).toBe(steps[11]!.normalizedEval);
    // After 12 batches the running statistics still lag the data's: the two modes differ.
    expect(Math.abs(steps[11]!.normalizedEval - steps[11]!.normalized)).toBeGreaterThan(1e-3);
    // Reading in evaluation mode leaves the network in training mode.
    expect(normalized.mode).toBe('train');
    comparison.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('layer norm has no running statistics: its evaluation-mode loss is its training-mode loss', async () => {
    const comparison = new NormalizationComparison({ normalization: 'layer', samples: 32 });
    await comparison.step(4);
    expect(comparison.history.normalizedEval).toEqual(comparison.history.normalized);
    comparison.dispose();
  });
});
