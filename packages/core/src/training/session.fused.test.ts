// The session's fused training path (GdTrainSteps: a frame's k full-batch steps in one kernel
// call) against its per-step path (`fused: false`: autodiff and the optimizer's tensor update),
// record by record, and its tensor bookkeeping.
import { describe, expect, it } from 'vitest';
import { datasetFromArrays } from '../data/create.js';
import { createPreset } from '../data/presets.js';
import { expectClose } from '../kernels/fused-step.test-fixtures.js';
import type { ModelSpec } from '../models/create.js';
import type { OptimizerKind } from '../optimizers/optimizer.js';
import { tf } from '../tf.js';
import type { StepRecord } from './record.js';
import type { TrainingSession as Session, SessionOptions } from './session.js';
import { TrainingSession } from './session.js';

const BLOBS = createPreset('blobs', { seed: 4, size: 40 });
// A noisy plane over the blobs' points: values of order 1, so 200 steps at a lesson's rates neither
// converge nor diverge.
const LINE = datasetFromArrays({
  features: BLOBS.features.map((row) => [...row]),
  targets: BLOBS.features.map(([a = 0, b = 0], i) => 1.5 * a - 0.5 * b + 0.3 + 0.2 * Math.sin(7 * i)),
});

const CASES: { name: string; options: Omit<SessionOptions, 'optimizer'> }[] = [
  {
    name: 'linear, MSE',
    options: { dataset: LINE, model: { kind: 'linear', features: 2, init: { seed: 3 } }, loss: 'mse' },
  },
  {
    name: 'logistic, BCE',
    options: { dataset: BLOBS, model: { kind: 'logistic', features: 2, init: { seed: 3 } }, loss: 'bce' },
  },
  {
    name: 'MLP [2, 6, 1] tanh → sigmoid, BCE with logits',
    options: {
      dataset: BLOBS,
      model: {
        kind: 'mlp',
        layers: [2, 6, 1],
        hidden: 'tanh',
        output: 'sigmoid',
        init: { seed: 3 },
      } as ModelSpec,
      loss: 'bce-logits',
    },
  },
];

const OPTIMIZERS: [OptimizerKind, Record<string, number>][] = [
  ['sgd', { learningRate: 0.05 }],
  ['momentum', { learningRate: 0.02, momentum: 0.9 }],
  ['nesterov', { learningRate: 0.02, momentum: 0.9 }],
  ['adam', { learningRate: 0.002 }],
];

/** Every number a record carries, flattened in a fixed order. */
function numbers(record: StepRecord): number[] {
  const flat = (values: Record<string, readonly number[]>) => Object.values(values).flat();
  return [
    record.batchLoss,
    record.loss,
    ...flat(record.gradient),
    ...flat(record.parameters),
    ...Object.values(record.optimizerState).flatMap((slots) => flat(slots)),
    ...record.predictions,
  ];
}

async function run(options: SessionOptions, fused: boolean, chunks: readonly number[]) {
  const session: Session = await TrainingSession.create({ ...options, fused, recordPredictionsUpTo: 64 });
  const records: StepRecord[] = [];
  for (const k of chunks) records.push(...(await session.step(k)));
  return { session, records };
}

describe('TrainingSession, fused training kernel', () => {
  describe.each(OPTIMIZERS)('%s', (optimizer, hyperparameters) => {
    it.each(CASES)(
      '$name: 200 steps, k per call varying, equal the per-step path record by record',
      async (c) => {
        const options = { ...c.options, optimizer, hyperparameters };
        // Frames of 1, 7, 100 and 92 steps: the kernel's `steps` attribute and its records' layout.
        const fused = await run(options, true, [1, 7, 100, 92]);
        const stepped = await run(options, false, [200]);
        expect(fused.records.map((r) => [r.step, r.epoch, r.optimizerStep])).toEqual(
          stepped.records.map((r) => [r.step, r.epoch, r.optimizerStep]),
        );
        expect(fused.records[0]!.batch).toEqual(stepped.records[0]!.batch);
        // Every record's every number, gradients and velocities included, against autodiff: where
        // a gradient nears 0, autodiff's float32 sums (~1e-7 of their terms' size) against the
        // kernel's float64 ones show at ~1e-6 absolute, and a momentum velocity adds up ~10 of them
        // (largest seen 2.2e-6): 5e-6. Against the per-step fused kernel the kernel suite finds the
        // runs identical (train-steps.test-fixtures.ts).
        const tolerance = 5e-6;
        fused.records.forEach((record, i) => {
          expectClose(numbers(record), numbers(stepped.records[i]!), tolerance);
        });
        // The run moved, and the predictions were recorded (40 rows ≤ 64).
        expect(Math.abs(fused.records[199]!.loss - fused.records[0]!.batchLoss)).toBeGreaterThan(1e-3);
        expect(fused.records[5]!.predictions).toHaveLength(40);
        fused.session.dispose();
        stepped.session.dispose();
      },
    );
  });

  it('keeps tensor counts flat over 2,000 steps, through rewinds, an optimizer swap and a reset', async () => {
    const before = tf.memory().numTensors;
    const session = await TrainingSession.create({
      ...CASES[2]!.options,
      optimizer: 'adam',
      hyperparameters: { learningRate: 0.01 },
    });
    await session.step(1); // the optimizer's state tensors appear on the first step
    const settled = tf.memory().numTensors;
    for (let i = 0; i < 10; i++) await session.step(100);
    expect(tf.memory().numTensors).toBe(settled);
    session.rewind(500);
    await session.step(100);
    expect(session.current.step).toBe(600);
    expect(tf.memory().numTensors).toBe(settled);
    session.setOptimizer('rmsprop', { learningRate: 0.001 });
    await session.step(1);
    const withRmsprop = tf.memory().numTensors;
    for (let i = 0; i < 9; i++) await session.step(100);
    expect(tf.memory().numTensors).toBe(withRmsprop);
    await session.reset();
    await session.step(50);
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
  }, 120_000);

  it('a rewind lands exactly where the fused run was at that step, and replays it', async () => {
    const options = {
      ...CASES[1]!.options,
      optimizer: 'adam' as const,
      hyperparameters: { learningRate: 0.05 },
    };
    const session = await TrainingSession.create(options);
    const first = await session.step(60);
    session.rewind(20);
    const again = await session.step(40);
    expect(again.map(numbers)).toEqual(first.slice(20).map(numbers));
    session.dispose();
  });
});
