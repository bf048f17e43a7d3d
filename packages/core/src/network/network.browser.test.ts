// The network kernels on the webgl backend (test/setup-browser.ts: WebGL, no CPU forwarding): the
// fused `GdNetworkTrain` (host loops registered for webgl) held to the batched-tensor path running
// as shaders on the same backend, `GdNetworkGrid` to the plain loops, and tensors counted.
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { createNetworkData } from './data.js';
import { ACTIVATION_CODE } from './engine.js';
import { gridOnArrays } from './grid-kernel.js';
import { loadNetworkTensorPath, NetworkTrainer } from './trainer.js';

describe('network kernels on webgl', () => {
  // The batched-tensor path (autodiff) is a chunk of its own, loaded before training on it.
  beforeAll(loadNetworkTensorPath);

  it('run on the webgl backend', () => {
    expect(tf.getBackend()).toBe('webgl');
  });

  it.each(['sgd', 'adam'] as const)(
    'GdNetworkTrain equals the shader path over 40 steps (%s)',
    (optimizer) => {
      const before = tf.memory().numTensors;
      const data = createNetworkData({ preset: 'spiral', classes: 3, size: 80, seed: 3 });
      const make = (path: 'fused' | 'tensor') =>
        new NetworkTrainer({
          config: { hidden: [4, 3], activation: ['tanh', 'relu'], classes: 3, l2: 0.001 },
          data,
          optimizer,
          hyperparameters: { learningRate: 0.05 },
          batchSize: 10,
          path,
        });
      const fused = make('fused');
      const shaders = make('tensor');
      const a = Array.from(fused.train(40).losses);
      const b = Array.from(shaders.train(40).losses);
      a.forEach((loss, s) => {
        expect(Math.abs(loss - b[s]!)).toBeLessThanOrEqual(2e-5 * loss);
      });
      const pa = fused.parameterVector();
      const pb = shaders.parameterVector();
      const scale = Math.max(...pa.map(Math.abs));
      pa.forEach((v, q) => {
        expect(Math.abs(v - pb[q]!)).toBeLessThanOrEqual(2e-5 * scale);
      });
      fused.dispose();
      shaders.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('GdNetworkGrid equals the plain loops, and a mount → 1,000 steps → dispose cycle leaves no tensor', () => {
    const before = tf.memory().numTensors;
    const net = new NetworkTrainer({
      config: { hidden: [8, 8, 8], activation: 'tanh' },
      data: createNetworkData({ preset: 'xor', size: 500 }),
    });
    expect(net.activePath).toBe('fused');
    for (let s = 0; s < 1_000; s++) net.stepOnce();
    const grid = net.grid(16, [-1, 1, -1, 1]);
    const spec = net.config;
    const direct = gridOnArrays(
      {
        sizes: spec.sizes,
        activations: spec.activations.map((a) => ACTIVATION_CODE[a]),
        output: 2,
        inputs: 2,
        features: [],
        mean: [],
        std: [],
        bounds: [-1, 1, -1, 1],
        size: 16,
      },
      net.parameterVector(),
    );
    expect(grid.values).toEqual(direct);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
