/**
 * NetworkTrainer: the behaviours the issue names (zero initialisation's symmetry, XOR to 100 %),
 * batching and epochs, step back, the two training paths agreeing, settings, errors, and tensors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import { createNetworkData } from './data.js';
import { NetworkError } from './errors.js';
import { loadNetworkTensorPath, NetworkTrainer } from './trainer.js';

describe('zero initialisation: the symmetry problem', () => {
  it.each(['sigmoid', 'tanh', 'relu'] as const)(
    'keeps every neuron of a layer identical after 100 steps (%s)',
    (activation) => {
      const data = createNetworkData({ preset: 'circles', size: 200, seed: 3 });
      const net = new NetworkTrainer({
        config: { hidden: [3, 4], activation, init: 'zeros' },
        data,
        batchSize: 10,
        optimizer: 'momentum',
      });
      net.train(100);
      const { weights, biases } = net.parameters();
      for (let l = 0; l < weights.length - 1; l++) {
        // Unit c of layer l + 1 receives column c of W_l: every column equal, every bias equal …
        const W = weights[l]!;
        for (const row of W) for (const v of row) expect(v).toBe(row[0]);
        for (const v of biases[l]!) expect(v).toBe(biases[l]![0]);
        // … and sends row c of W_{l+1}: every row equal.
        const next = weights[l + 1]!;
        for (const row of next) expect(row).toEqual(next[0]);
      }
      // Something did move (sigmoid's hidden units output ½, so the output weights learn; with tanh
      // and relu only the output biases can).
      expect(biases[biases.length - 1]!.some((v) => v !== 0)).toBe(true);
      net.dispose();
    },
  );
});

describe('XOR, layers "4", tanh, seed 1', () => {
  // Defaults otherwise: 500 points (250 train, 250 test), no noise, SGD with rate 0.3, batch 10.
  // The first step at which train and test accuracy are both 100 % was 4,303 when this was written.
  const STEPS_TO_PERFECT = 4_400;

  it(`reaches 100 % train and test accuracy within ${STEPS_TO_PERFECT} steps`, () => {
    const before = tf.memory().numTensors;
    const net = new NetworkTrainer({
      config: { hidden: [4], activation: 'tanh', seed: 1 },
      data: createNetworkData({ preset: 'xor', seed: 1 }),
    });
    let reached = -1;
    for (let step = 1; step <= STEPS_TO_PERFECT && reached < 0; step++) {
      net.stepOnce();
      if (net.evaluate('test').accuracy === 1 && net.evaluate('train').accuracy === 1) reached = step;
    }
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThanOrEqual(STEPS_TO_PERFECT);
    const confusion = net.evaluate('test').confusion;
    expect(confusion[0]![1]).toBe(0);
    expect(confusion[1]![0]).toBe(0);
    expect(confusion[0]![0]! + confusion[1]![1]!).toBe(250);
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('batching and epochs', () => {
  const data = createNetworkData({ preset: 'moons', size: 50, seed: 2, trainRatio: 0.5 });

  it('cuts an epoch of 25 rows into ⌈25 / b⌉ steps: online, mini-batch, full batch', () => {
    for (const [batchSize, steps] of [
      [1, 25],
      [10, 3],
      [25, 1],
      [100, 1],
    ] as const) {
      const net = new NetworkTrainer({ config: { hidden: [2] }, data, batchSize });
      expect(net.stepsPerEpoch).toBe(steps);
      const report = net.trainEpoch();
      expect(report.losses.length).toBe(steps);
      expect(report).toMatchObject({ step: steps, epoch: 1 });
      expect(net.cursor).toBe(0);
      net.dispose();
    }
  });

  it('crosses epoch ends inside one call and counts steps and epochs', () => {
    const net = new NetworkTrainer({ config: { hidden: [2] }, data, batchSize: 10 });
    const report = net.train(7); // 3 steps an epoch: 2 epochs and 1 step
    expect(report).toMatchObject({ step: 7, epoch: 2 });
    expect(net.cursor).toBe(10);
    net.dispose();
  });

  it('gives the same result in one call of k steps as in k calls of one', () => {
    const a = new NetworkTrainer({ config: { hidden: [3] }, data, batchSize: 4, optimizer: 'adam' });
    const b = new NetworkTrainer({ config: { hidden: [3] }, data, batchSize: 4, optimizer: 'adam' });
    const losses = Array.from(a.train(20).losses);
    const single: number[] = [];
    for (let s = 0; s < 20; s++) single.push(...b.stepOnce().losses);
    expect(single).toEqual(losses);
    expect(b.parameterVector()).toEqual(a.parameterVector());
    a.dispose();
    b.dispose();
  });
});

describe('step back and reset', () => {
  const data = createNetworkData({ preset: 'circles', size: 60, seed: 4 });

  it('restores parameters, optimizer state and position, and replays the same batches', () => {
    const net = new NetworkTrainer({
      config: { hidden: [4, 2] },
      data,
      batchSize: 7,
      optimizer: 'rmsprop',
      hyperparameters: { momentum: 0.5, learningRate: 0.01 },
    });
    net.train(3);
    const params = net.parameterVector();
    const state = net.optimizerState();
    net.train(5);
    const later = net.parameterVector();
    net.stepOnce();
    expect(net.stepBack()).toBe(true);
    expect(net.parameterVector()).toEqual(later);
    expect(net.stepBack()).toBe(true);
    expect(net.parameterVector()).toEqual(params);
    expect(net.optimizerState()).toEqual(state);
    expect(net.step).toBe(3);
    net.train(5);
    expect(net.parameterVector()).toEqual(later);
    net.dispose();
  });

  it('keeps at most historySize snapshots', () => {
    const net = new NetworkTrainer({ config: { hidden: [2] }, data, historySize: 3 });
    for (let s = 0; s < 5; s++) net.stepOnce();
    expect([net.stepBack(), net.stepBack(), net.stepBack(), net.stepBack()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(net.step).toBe(2);
    net.dispose();
  });

  it('reset returns to the seeded start', () => {
    const net = new NetworkTrainer({ config: { hidden: [3], init: 'he', seed: 9 }, data });
    const start = net.parameterVector();
    net.train(10);
    net.reset();
    expect(net.parameterVector()).toEqual(start);
    expect([net.step, net.epoch, net.canStepBack]).toEqual([0, 0, false]);
    net.dispose();
  });
});

describe('the two training paths', () => {
  // The batched-tensor path (autodiff) is a chunk of its own, loaded before training on it.
  beforeAll(loadNetworkTensorPath);

  it.each(['sgd', 'nesterov', 'adagrad', 'adam'] as const)(
    'fused kernel and batched tensor ops agree over 30 steps (%s, L2)',
    (optimizer) => {
      const data = createNetworkData({ preset: 'blobs', classes: 3, size: 60, seed: 5, standardize: true });
      const make = (path: 'fused' | 'tensor') =>
        new NetworkTrainer({
          config: { hidden: [3], activation: 'sigmoid', classes: 3, l2: 0.01 },
          data,
          optimizer,
          hyperparameters: { learningRate: 0.05 },
          batchSize: 8,
          path,
        });
      const a = make('fused');
      const b = make('tensor');
      expect([a.activePath, b.activePath]).toEqual(['fused', 'tensor']);
      const la = Array.from(a.train(30).losses);
      const lb = Array.from(b.train(30).losses);
      la.forEach((loss, s) => {
        expect(Math.abs(loss - lb[s]!)).toBeLessThanOrEqual(1e-6 * loss);
      });
      const pa = a.parameterVector();
      const pb = b.parameterVector();
      const scale = Math.max(...pa.map(Math.abs));
      pa.forEach((v, q) => {
        expect(Math.abs(v - pb[q]!)).toBeLessThanOrEqual(1e-6 * scale);
      });
      a.dispose();
      b.dispose();
    },
  );
});

describe('regression', () => {
  it('fits the 1-D curve with a linear output: the test MSE falls twentyfold', () => {
    const data = createNetworkData({ preset: 'curve', size: 200, seed: 1, noise: 0.05 });
    const net = new NetworkTrainer({
      config: { inputs: 1, hidden: [6], activation: 'tanh', output: 'linear' },
      data,
      optimizer: 'adam',
      hyperparameters: { learningRate: 0.03 },
    });
    const start = net.evaluate('test').loss;
    net.train(2_000);
    const end = net.evaluate('test');
    expect(end.loss).toBeLessThan(start / 20);
    expect(end.accuracy).toBeNaN();
    expect(end.confusion).toEqual([]);
    net.dispose();
  });
});

describe('settings and errors', () => {
  const data = createNetworkData({ preset: 'xor', size: 40 });

  function codeOf(run: () => unknown): [string, string] | undefined {
    try {
      run();
    } catch (error) {
      if (error instanceof NetworkError) return [error.code, error.field];
      throw error;
    }
    return undefined;
  }

  it('names the setting at fault', () => {
    const make = (over: Record<string, unknown>) => () =>
      new NetworkTrainer({ config: { hidden: [2] }, data, ...over } as never).dispose();
    expect(codeOf(make({ batchSize: 0 }))).toEqual(['invalid-batch-size', 'batch-size']);
    expect(codeOf(make({ optimizer: 'lbfgs' }))).toEqual(['invalid-optimizer', 'optimizer']);
    expect(codeOf(make({ hyperparameters: { learningRate: -1 } }))).toEqual([
      'invalid-hyperparameter',
      'learningRate',
    ]);
    expect(codeOf(make({ config: { hidden: [2], output: 'linear' } }))).toEqual(['invalid-data', 'data']);
    expect(codeOf(make({ config: { hidden: [2], inputs: 1 } }))).toEqual(['invalid-data', 'data']);
    expect(codeOf(make({ config: { hidden: [9] } }))).toEqual(['invalid-layer-size', 'layers']);
    const net = new NetworkTrainer({ config: { hidden: [2] }, data });
    expect(codeOf(() => net.train(0))).toEqual(['invalid-steps', 'steps']);
    expect(codeOf(() => net.trace([1]))).toEqual(['invalid-point', 'point']);
    expect(codeOf(() => net.grid(0, [-1, 1, -1, 1]))).toEqual(['invalid-grid', 'grid']);
    expect(codeOf(() => net.setParameterVector([1, 2]))).toEqual(['invalid-parameters', 'parameters']);
    expect(
      codeOf(() => {
        net.l2 = -1;
      }),
    ).toEqual(['invalid-l2', 'l2']);
    // A refused setting leaves the trainer as it was.
    expect(net.l2).toBe(0);
    net.dispose();
    expect(codeOf(() => net.stepOnce())).toEqual(['network-disposed', 'network']);
  });

  it('refuses data whose class is out of range (the element keeps its last good state)', () => {
    const bad = { ...data, train: { points: [[0, 0]], targets: [2] } };
    expect(codeOf(() => new NetworkTrainer({ config: { hidden: [2] }, data: bad }))).toEqual([
      'invalid-data',
      'data',
    ]);
  });

  it('keeps optimizer state when hyperparameters change and drops it when the optimizer changes', () => {
    const net = new NetworkTrainer({ config: { hidden: [2] }, data, optimizer: 'momentum' });
    net.train(3);
    const state = net.optimizerState();
    expect(state.some((v) => v !== 0)).toBe(true);
    net.setHyperparameters({ learningRate: 0.01 });
    expect(net.optimizerState()).toEqual(state);
    expect(net.hyperparameters).toMatchObject({ learningRate: 0.01, momentum: 0.9 });
    net.setOptimizer('adagrad');
    expect(net.optimizerState().every((v) => Math.abs(v - 0.1) < 1e-7)).toBe(true);
    net.dispose();
  });
});

describe('tensors', () => {
  it('tf.memory().numTensors is back where it began after create → 1,000 steps → grid → dispose', () => {
    const before = tf.memory().numTensors;
    const net = new NetworkTrainer({
      config: { hidden: [8, 8, 8], activation: 'tanh' },
      data: createNetworkData({ preset: 'spiral', size: 500 }),
    });
    for (let s = 0; s < 1_000; s++) net.stepOnce();
    net.grid(32, [-1, 1, -1, 1]);
    net.trainEpoch();
    net.stepBack();
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('defaults from the data', () => {
  it('takes inputs, classes and a regression output from the data when the config leaves them out', () => {
    const blobs = new NetworkTrainer({
      config: { hidden: [2] },
      data: createNetworkData({ preset: 'blobs', classes: 4, size: 40 }),
    });
    expect(blobs.config).toMatchObject({ inputs: 2, classes: 4, output: 'softmax', sizes: [2, 2, 4] });
    blobs.dispose();
    const curve = new NetworkTrainer({
      config: { hidden: [2] },
      data: createNetworkData({ preset: 'curve', size: 40 }),
    });
    expect(curve.config).toMatchObject({ inputs: 1, classes: 0, output: 'linear', sizes: [1, 2, 1] });
    curve.dispose();
    const binary = new NetworkTrainer({
      config: { hidden: [2], output: 'sigmoid' },
      data: createNetworkData({ preset: 'moons', size: 40 }),
    });
    expect(binary.config.sizes).toEqual([2, 2, 1]);
    binary.dispose();
  });
});

describe('step back across an optimizer switch', () => {
  it("restores the parameters and starts the new optimizer's state afresh", () => {
    const net = new NetworkTrainer({
      config: { hidden: [2] },
      data: createNetworkData({ preset: 'moons', size: 40 }),
      optimizer: 'momentum',
    });
    net.train(2);
    const params = net.parameterVector();
    net.train(2);
    net.setOptimizer('nesterov');
    expect(net.stepBack()).toBe(true);
    expect(net.parameterVector()).toEqual(params);
    expect(net.optimizerState().every((v) => v === 0)).toBe(true);
    net.dispose();
  });
});

describe('saveState and loadState', () => {
  const data = createNetworkData({ preset: 'circles', size: 60, seed: 6 });
  const make = () =>
    new NetworkTrainer({
      config: { hidden: [3] },
      data,
      optimizer: 'adam',
      hyperparameters: { learningRate: 0.02 },
      batchSize: 7,
    });

  it('continues exactly where the saved trainer was (through JSON)', () => {
    const a = make();
    a.train(11);
    const saved = JSON.parse(JSON.stringify(a.saveState()));
    const b = make();
    b.loadState(saved);
    expect([b.step, b.epoch, b.cursor]).toEqual([a.step, a.epoch, a.cursor]);
    expect(Array.from(b.train(9).losses)).toEqual(Array.from(a.train(9).losses));
    expect(b.parameterVector()).toEqual(a.parameterVector());
    a.dispose();
    b.dispose();
  });

  it('refuses a state that does not fit, and keeps its own', () => {
    const a = make();
    const before = a.parameterVector();
    const good = a.saveState();
    for (const bad of [
      { ...good, optimizer: 'sgd' },
      { ...good, params: good.params.slice(1) },
      { ...good, slots: good.slots.map(() => Number.NaN) },
      { ...good, cursor: 30 },
      { ...good, step: -1 },
    ]) {
      expect(() => a.loadState(bad as never)).toThrow(
        expect.objectContaining({ code: 'invalid-state', field: 'state' }),
      );
    }
    expect(a.parameterVector()).toEqual(before);
    a.dispose();
  });
});
