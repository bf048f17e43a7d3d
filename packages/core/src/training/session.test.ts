import { describe, expect, it } from 'vitest';
import { datasetFromArrays } from '../data/create.js';
import { createPreset } from '../data/presets.js';
import type { MlpModel } from '../models/mlp.js';
import { tf } from '../tf.js';
import { SessionError } from './errors.js';
import type { SessionEventMap, SessionOptions } from './session.js';
import { TrainingSession } from './session.js';
import { singleWeight } from './single-weight.test-fixtures.js';

const HOUSES: SessionOptions = {
  dataset: createPreset('house-prices'),
  model: { kind: 'linear', features: 1, init: 'zeros' },
  loss: 'mse',
  optimizer: 'sgd',
  hyperparameters: { learningRate: 1e-4 },
};

function noisyLine(): SessionOptions {
  return {
    dataset: createPreset('linear', { seed: 7, size: 40 }),
    model: { kind: 'linear', features: 1, init: { seed: 3 } },
    loss: 'mse',
    optimizer: 'momentum',
    hyperparameters: { learningRate: 0.01, momentum: 0.9 },
    batching: { mode: 'mini-batch', batchSize: 8 },
    seed: 11,
  };
}

function listen<K extends keyof SessionEventMap>(session: TrainingSession, type: K): SessionEventMap[K][] {
  const seen: SessionEventMap[K][] = [];
  session.addEventListener(type, (event) => seen.push((event as CustomEvent<SessionEventMap[K]>).detail));
  return seen;
}

describe('TrainingSession', () => {
  it('records the momentum velocity the curriculum’s velocity form gives, step by step', async () => {
    const session = await TrainingSession.create(
      singleWeight(5, { optimizer: 'momentum', hyperparameters: { learningRate: 0.1, momentum: 0.5 } }),
    );
    const records = await session.step(3);
    // p ← βp + g, w ← w − γp with g = w − 2.
    let w = 5;
    let p = 0;
    for (const record of records) {
      p = 0.5 * p + (w - 2);
      w -= 0.1 * p;
      expect(record.optimizerState.w!.velocity![0]).toBeCloseTo(p, 5);
      expect(record.parameters.w![0]).toBeCloseTo(w, 5);
    }
    session.dispose();
  });

  it('in full batch, k steps in one call give exactly the losses of k single steps and the closed-form MSE', async () => {
    const batched = await TrainingSession.create(HOUSES);
    const single = await TrainingSession.create(HOUSES);
    const together = await batched.step(6);
    const oneByOne = [];
    for (let i = 0; i < 6; i++) oneByOne.push(...(await single.step(1)));
    expect(together.map((r) => r.loss)).toEqual(oneByOne.map((r) => r.loss));
    expect(together.map((r) => r.parameters)).toEqual(oneByOne.map((r) => r.parameters));
    // The loss after step k is the batch loss step k + 1 took its gradient of.
    for (let k = 0; k < 5; k++) expect(together[k]!.loss).toBe(together[k + 1]!.batchLoss);
    // And it is the MSE of the houses (A.2) at the recorded parameters.
    const { w, b } = together[5]!.parameters;
    const sizes = [50, 60, 70, 80, 100];
    const prices = [400, 450, 500, 550, 650];
    const mse = sizes.reduce((s, x, i) => s + (prices[i]! - (w![0]! * x + b![0]!)) ** 2, 0) / 5;
    expect(together[5]!.loss).toBeCloseTo(mse, 0);
    expect(together[5]!.loss / mse).toBeCloseTo(1, 5);
    batched.dispose();
    single.dispose();
  });

  it('switches optimizer mid-run: Adam restarts its t, and rewinding before the switch brings momentum back', async () => {
    const session = await TrainingSession.create(noisyLine());
    const before = await session.step(3);
    expect(before.map((r) => [r.optimizer, r.optimizerStep])).toEqual([
      ['momentum', 1],
      ['momentum', 2],
      ['momentum', 3],
    ]);
    session.setOptimizer('adam', { learningRate: 0.05 });
    const after = await session.step(2);
    expect(after.map((r) => [r.step, r.optimizer, r.optimizerStep])).toEqual([
      [4, 'adam', 1],
      [5, 'adam', 2],
    ]);
    // Adam's first step from the switch moves each parameter by about the learning rate (t = 1:
    // m̂/√v̂ = g/|g|), which only holds if its bias correction restarted at t = 1.
    const moved = Math.abs(after[0]!.parameters.w![0]! - before[2]!.parameters.w![0]!);
    expect(moved).toBeCloseTo(0.05, 5);

    // Back to step 2: momentum again, with its velocity, and the same steps 3 as the first time.
    session.rewind(2);
    expect(session.optimizer.kind).toBe('momentum');
    expect(session.optimizer.hyperparameters).toMatchObject({ learningRate: 0.01, momentum: 0.9 });
    const [again] = await session.step(1);
    expect(again!.optimizer).toBe('momentum');
    expect(again!.optimizerStep).toBe(3);
    expect(again!.parameters).toEqual(before[2]!.parameters);
    expect(again!.optimizerState).toEqual(before[2]!.optimizerState);
    session.dispose();
  });

  it('rewinds to an earlier step and replays exactly the same mini-batches and parameters', async () => {
    const session = await TrainingSession.create(noisyLine());
    const original = await session.step(20);
    session.rewind(10);
    expect(session.current.step).toBe(10);
    expect(session.history).toHaveLength(11);
    const replay = await session.step(10);
    for (let i = 0; i < 10; i++) {
      expect(replay[i]!.batch).toEqual(original[i + 10]!.batch);
      expect(replay[i]!.parameters).toEqual(original[i + 10]!.parameters);
      expect(replay[i]!.optimizerState).toEqual(original[i + 10]!.optimizerState);
    }
    session.dispose();
  });

  it('resets with the same seed to the same start and the same trajectory', async () => {
    const session = await TrainingSession.create(noisyLine());
    const start = session.current.parameters;
    const first = await session.step(15);
    await session.reset();
    expect(session.current.parameters).toEqual(start);
    const second = await session.step(15);
    expect(second.map((r) => r.loss)).toEqual(first.map((r) => r.loss));
    session.dispose();
  });

  it('takes a new learning rate at the next step', async () => {
    const session = await TrainingSession.create(singleWeight(5));
    await session.step(1); // w = 4.7
    session.optimizer.hyperparameters.learningRate = 0.5;
    const [second] = await session.step(1);
    expect(second!.parameters.w![0]).toBeCloseTo(4.7 - 0.5 * 2.7, 5);
    session.dispose();
  });

  it('reports divergence once, stops, and says why, when the learning rate is too large for the curvature', async () => {
    const session = await TrainingSession.create({ ...HOUSES, hyperparameters: { learningRate: 0.01 } });
    const diverged = listen(session, 'diverged');
    await session.stepUntilSettled(2000, 50);
    expect(session.status).toBe('diverged');
    expect(diverged).toHaveLength(1);
    expect(['loss-exploded', 'not-finite']).toContain(diverged[0]!.reason);
    expect(session.current.step).toBe(diverged[0]!.step);
    expect(await session.step(5)).toEqual([]);
    session.dispose();
  });

  it('reports convergence on the single-weight problem, where the loss stops changing', async () => {
    const session = await TrainingSession.create(singleWeight(5));
    const converged = listen(session, 'converged');
    expect(await session.stepUntilSettled(5000, 100)).toBe('converged');
    expect(converged).toHaveLength(1);
    expect(session.current.parameters.w![0]).toBeCloseTo(2, 3);
    session.dispose();
  });

  it('keeps tensor counts flat over 10,000 steps and frees everything on dispose', async () => {
    const before = tf.memory().numTensors;
    const session = await TrainingSession.create({ ...noisyLine(), historyLimit: 500 });
    await session.step(1); // the optimizer creates its state tensors on the first step
    const afterFirstStep = tf.memory().numTensors;
    await session.step(99);
    for (let i = 0; i < 99; i++) await session.step(100);
    expect(session.current.step).toBe(10_000);
    expect(session.history).toHaveLength(501);
    expect(tf.memory().numTensors).toBe(afterFirstStep);
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
    // 10,000 real steps: a few seconds alone, much longer when the whole suite shares two cores.
  }, 240_000);

  it('refuses a loss that needs probabilities on a model that outputs any real number', async () => {
    await expect(
      TrainingSession.create({
        ...HOUSES,
        loss: 'bce',
        dataset: datasetFromArrays({ features: [[1]], targets: [1] }),
      }),
    ).rejects.toMatchObject({ code: 'incompatible-loss' });
    const session = await TrainingSession.create(HOUSES);
    expect(() => session.rewind(99)).toThrow(SessionError);
    await expect(session.step(0)).rejects.toMatchObject({ code: 'bad-step-count' });
    session.dispose();
  });
});

describe('TrainingSession with a batch-norm MLP', () => {
  it('folds every training batch into the running mean and variance (momentum 0.1, unbiased variance), as a hand loop does', async () => {
    // Twelve rows of two badly scaled features; mini-batches of 4, so each step sees different rows.
    const features = Array.from({ length: 12 }, (_, i) => [Math.sin(i) * 3, 20 + 5 * Math.cos(1.7 * i)]);
    const targets = features.map(([a, b]) => (a as number) - 0.1 * (b as number));
    const session = await TrainingSession.create({
      dataset: datasetFromArrays({ features, targets }),
      model: { kind: 'mlp', layers: [2, 3, 1], init: { seed: 5 }, normalization: 'batch' },
      loss: 'mse',
      optimizer: 'sgd',
      hyperparameters: { learningRate: 0.01 },
      batching: { mode: 'mini-batch', batchSize: 4 },
      seed: 2,
    });
    await session.step(5);
    const history = session.history;
    // Hand loop in float64: z = x W1 + b1 at the parameters before each step, over that step's batch.
    let mean = [0, 0, 0];
    let variance = [1, 1, 1];
    for (let k = 1; k < history.length; k++) {
      const { W1, b1 } = history[k - 1]!.parameters;
      const rows = history[k]!.batch;
      const z = rows.map((r) =>
        [0, 1, 2].map(
          (u) => (features[r]![0] as number) * W1![u]! + (features[r]![1] as number) * W1![3 + u]! + b1![u]!,
        ),
      );
      const n = rows.length;
      const batchMean = [0, 1, 2].map((u) => z.reduce((s, row) => s + row[u]!, 0) / n);
      const unbiased = [0, 1, 2].map(
        (u) => z.reduce((s, row) => s + (row[u]! - batchMean[u]!) ** 2, 0) / (n - 1),
      );
      mean = mean.map((m, u) => 0.9 * m + 0.1 * batchMean[u]!);
      variance = variance.map((v, u) => 0.9 * v + 0.1 * unbiased[u]!);
    }
    expect(history).toHaveLength(6);
    const model = session.model as MlpModel;
    const running = model.normalizationLayers[0]!.readRunningSync()!;
    for (let u = 0; u < 3; u++) {
      expect(running.mean[u]).toBeCloseTo(mean[u]!, 4);
      expect(running.variance[u]! / variance[u]!).toBeCloseTo(1, 5);
    }
    // They moved: not the 0 and 1 they start at.
    expect(Math.max(...running.mean.map(Math.abs))).toBeGreaterThan(0.5);
    session.dispose();
  });

  it('starts the running statistics over on restartFrom and on reset', async () => {
    const session = await TrainingSession.create({
      dataset: createPreset('linear', { seed: 7, size: 16 }),
      model: { kind: 'mlp', layers: [1, 2, 1], init: { seed: 1 }, normalization: 'batch' },
      loss: 'mse',
      optimizer: 'sgd',
      hyperparameters: { learningRate: 0.001 },
      batching: { mode: 'mini-batch', batchSize: 4 },
    });
    await session.step(3);
    const moved = (session.model as MlpModel).normalizationLayers[0]!.readRunningSync()!;
    expect(moved.mean.some((m) => Math.abs(m) > 1e-3)).toBe(true);
    await session.restartFrom(session.history[0]!.parameters);
    expect((session.model as MlpModel).normalizationLayers[0]!.readRunningSync()).toEqual({
      mean: [0, 0],
      variance: [1, 1],
    });
    await session.step(2);
    await session.reset();
    expect((session.model as MlpModel).normalizationLayers[0]!.readRunningSync()).toEqual({
      mean: [0, 0],
      variance: [1, 1],
    });
    session.dispose();
  });
});
