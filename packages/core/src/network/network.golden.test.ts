/**
 * CURRICULUM golden values through the network's output layer. Like every golden suite it runs in
 * Node (the fused kernel) and in Chromium on WebGL (the batched-tensor path).
 */
import { describe, expect, it } from 'vitest';
import { resolveNetworkConfig } from './config.js';
import type { NetworkData } from './data.js';
import { shapeOf } from './engine.js';
import { batchGradient, workspaceFor } from './train-kernel.js';
import { NetworkTrainer } from './trainer.js';

/** One point, class 2 of 3; with no hidden layer, zero weights and biases (1, 2, 3) the logits are (1, 2, 3). */
const ONE_POINT: NetworkData = {
  inputs: 2,
  task: 'classification',
  classes: 3,
  train: { points: [[0.3, -0.7]], targets: [2] },
  test: { points: [[0.3, -0.7]], targets: [2] },
};

describe('softmax output layer: CURRICULUM B.4', () => {
  const config = { hidden: [], output: 'softmax', classes: 3, init: 'zeros' } as const;

  it('softmax of logits (1, 2, 3) = (0.0900, 0.2447, 0.6652), cross-entropy 0.4076, p − y = (0.0900, 0.2447, −0.3348)', () => {
    const net = new NetworkTrainer({ config, data: ONE_POINT });
    const spec = net.config;
    const params = net.parameterVector();
    params.set([1, 2, 3], spec.biasOffsets[0]!);
    net.setParameterVector(params);
    const trace = net.trace([0.3, -0.7]);
    expect(trace.logits).toEqual([1, 2, 3]);
    expect(trace.probabilities.map((p) => p.toFixed(4))).toEqual(['0.0900', '0.2447', '0.6652']);
    expect(trace.predicted).toBe(2);
    expect(net.evaluate('train').loss.toFixed(4)).toBe('0.4076');
    // ∂CE/∂logits = p − y, which is ∂CE/∂b for the output biases.
    const { sizes, activations, output } = shapeOf(spec);
    const grad = new Float64Array(spec.parameterCount);
    const x = Float32Array.of(0.3, -0.7);
    batchGradient(workspaceFor(sizes, activations, output), params, x, [2], [0], 0, 1, 0, grad);
    const b = spec.biasOffsets[0]!;
    expect(Array.from(grad.subarray(b, b + 3), (g) => g.toFixed(4))).toEqual(['0.0900', '0.2447', '-0.3348']);
    // One SGD step of rate 1 moves the biases by −(p − y).
    net.setOptimizer('sgd', { learningRate: 1 });
    net.stepOnce();
    const after = net.parameterVector();
    expect(Array.from(after.subarray(b, b + 3), (v) => v.toFixed(4))).toEqual(['0.9100', '1.7553', '3.3348']);
    net.dispose();
  });

  it('stays finite for logits (1000, 1001, 1002): the same probabilities, the same loss (log-sum-exp)', () => {
    const net = new NetworkTrainer({ config, data: ONE_POINT });
    const params = net.parameterVector();
    params.set([1000, 1001, 1002], net.config.biasOffsets[0]!);
    net.setParameterVector(params);
    expect(net.trace([0.3, -0.7]).probabilities.map((p) => p.toFixed(4))).toEqual([
      '0.0900',
      '0.2447',
      '0.6652',
    ]);
    expect(net.evaluate('train').loss.toFixed(4)).toBe('0.4076');
    net.dispose();
  });
});

describe('configuration from the resolved layout', () => {
  it('lays parameters out layer by layer, weights [in][out] then biases', () => {
    const spec = resolveNetworkConfig({ hidden: [4, 2], output: 'sigmoid', features: ['sin(x2)', 'x1^2'] });
    expect(spec.inputNames).toEqual(['x1', 'x2', 'x1^2', 'sin(x2)']);
    expect(spec.sizes).toEqual([4, 4, 2, 1]);
    expect(spec.weightOffsets).toEqual([0, 20, 30]);
    expect(spec.biasOffsets).toEqual([16, 28, 32]);
    expect(spec.parameterCount).toBe(33);
  });
});
