/** The views' numbers: the neuron grid (one kernel call), the float64 trace, and how they agree. */
import { afterAll, describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { createNetworkData } from './data.js';
import { gridOnArrays } from './grid-kernel.js';
import { networkLogitsTensor } from './tensor-path.js';
import { NetworkTrainer } from './trainer.js';

describe('grid and trace', () => {
  const data = createNetworkData({ preset: 'blobs', classes: 3, size: 90, seed: 2, standardize: true });
  const net = new NetworkTrainer({
    config: {
      hidden: [3, 2],
      activation: ['relu', 'sigmoid'],
      classes: 3,
      features: ['x1x2', 'sin(x2)'],
      init: 'he',
    },
    data,
    optimizer: 'adam',
    hyperparameters: { learningRate: 0.05 },
  });
  net.train(40);
  afterAll(() => net.dispose());
  const bounds = [-3, 3, -2, 4];
  const G = 6;

  it('every unit of every cell equals the trace of the cell centre (standardised, features, all layers)', () => {
    const grid = net.grid(G, bounds);
    expect(grid.layerStarts).toEqual([0, 4, 7, 9, 12]);
    expect(grid.values.length).toBe(12 * G * G);
    for (const [i, j] of [
      [0, 0],
      [2, 5],
      [5, 3],
    ] as const) {
      const x1 = -3 + ((j + 0.5) * 6) / G;
      const x2 = 4 - ((i + 0.5) * 6) / G;
      const trace = net.trace([x1, x2]);
      const units = [...trace.inputs, ...trace.layers.flatMap((l) => l.a)];
      units.forEach((v, u) => {
        expect(grid.values[u * G * G + i * G + j]).toBeCloseTo(v, 6);
      });
    }
  });

  it('class probabilities of each cell sum to 1', () => {
    const grid = net.grid(G, bounds);
    for (let cell = 0; cell < G * G; cell++) {
      const sum = [9, 10, 11].reduce((s, u) => s + grid.values[u * G * G + cell]!, 0);
      expect(sum).toBeCloseTo(1, 6);
    }
  });

  it('the kernel and the plain loops give the same grid', () => {
    const grid = net.grid(G, bounds);
    const spec = net.config;
    const s = data.standardizer!;
    const direct = gridOnArrays(
      {
        sizes: spec.sizes,
        activations: spec.activations.map((a) => ({ linear: 0, relu: 1, tanh: 2, sigmoid: 3 })[a]),
        output: 2,
        inputs: 2,
        features: [2, 4],
        mean: [...s.mean],
        std: [...s.std],
        bounds,
        size: G,
      },
      net.parameterVector(),
    );
    expect(grid.values).toEqual(direct);
  });

  it('the trace agrees with the tfjs forward pass; its numbers are float64', () => {
    const point = [0.4, -1.3];
    const trace = net.trace(point);
    const x = [
      (point[0]! - data.standardizer!.mean[0]!) / data.standardizer!.std[0]!,
      (point[1]! - data.standardizer!.mean[1]!) / data.standardizer!.std[1]!,
    ];
    expect(trace.inputs).toEqual([x[0], x[1], x[0]! * x[1]!, Math.sin(x[1]!)]);
    const p = tf.tensor1d(net.parameterVector());
    const X = tf.tensor2d([trace.inputs as number[]]);
    const z = networkLogitsTensor(net.config, p, X);
    const logits = Array.from(z.dataSync());
    tf.dispose([p, X, z]);
    trace.logits.forEach((v, c) => {
      expect(v).toBeCloseTo(logits[c]!, 5);
    });
    const layer = trace.layers[0]!;
    // z = h·W + b, written out, in float64.
    const z0 = layer.biases.map((b, c) => trace.inputs.reduce((s, h, j) => s + h * layer.weights[j]![c]!, b));
    expect(layer.z).toEqual(z0);
    expect(layer.a).toEqual(z0.map((v) => Math.max(v, 0)));
    expect(trace.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
    expect(trace.predicted).toBe(trace.probabilities.indexOf(Math.max(...trace.probabilities)));
  });

  it('a 1-D network: G cells along x, the output row is the prediction', () => {
    const curve = new NetworkTrainer({
      config: { inputs: 1, hidden: [2], output: 'linear' },
      data: createNetworkData({ preset: 'curve', size: 20 }),
    });
    const grid = curve.grid(5, [-2, 3]);
    expect(grid.cells).toBe(5);
    expect(grid.values.length).toBe((1 + 2 + 1) * 5);
    const trace = curve.trace([0.5]); // the centre of cell 2
    expect(grid.values[3 * 5 + 2]).toBeCloseTo(trace.predicted, 6);
    expect(trace.probabilities).toEqual([]);
    curve.dispose();
  });

  it('a sigmoid output traces (1 − p, p)', () => {
    const binary = new NetworkTrainer({
      config: { hidden: [2], output: 'sigmoid' },
      data: createNetworkData({ preset: 'moons', size: 20 }),
    });
    const trace = binary.trace([0.2, 0.1]);
    const p = 1 / (1 + Math.exp(-trace.logits[0]!));
    expect(trace.probabilities).toEqual([1 - p, p]);
    expect(trace.predicted).toBe(p > 0.5 ? 1 : 0);
    binary.dispose();
  });
});
