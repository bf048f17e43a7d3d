// The training kernel on the webgl backend (test/setup-browser.ts: WebGL, no CPU forwarding). Its
// webgl registration runs the cpu kernel's loops over the tensors' CPU copies, so:
// - for every core optimizer it equals the cpu kernel to the bit (the cpu kernel is raced against
//   the per-step path at 1e-6 in Node);
// - raced against the per-step path on this backend (float32 shaders summing rows in another
//   order), the plain and momentum rules hold GdDenseLossStep's webgl tolerance, 2e-5; the adaptive
//   ones carry the shaders' rounding further (measured up to 5e-4 for RMSprop) and are held by the
//   identity above instead.
import { describe, expect, it } from 'vitest';
import { tf } from '../tf.js';
import {
  defineTrainStepsSuite,
  fusedRun,
  TRAIN_CASES,
  TRAIN_OPTIMIZERS,
} from './train-steps.test-fixtures.js';

// One per loss family and an MLP: each case is 600 autodiff steps with a read-back each, slow on
// SwiftShader; the cpu suite runs them all.
const PICKED = [
  'linear, MSE (mean)',
  'logistic, BCE',
  'softmax, CCE with logits',
  'MLP [2, 5, 4, 1] tanh, MSE',
];
const CASES = TRAIN_CASES.filter((c) => PICKED.includes(c.name));

defineTrainStepsSuite(
  'webgl',
  2e-5,
  CASES,
  TRAIN_OPTIMIZERS.filter(([kind]) => ['sgd', 'momentum', 'heavy-ball', 'nesterov'].includes(kind)),
);

describe('GdTrainSteps on webgl equals it on cpu', () => {
  it.each(TRAIN_OPTIMIZERS)('%s %o: 200 steps, 30 per call, every case, to the bit', async (kind, hyper) => {
    for (const c of TRAIN_CASES) {
      await tf.setBackend('cpu');
      const onCpu = fusedRun(c, kind, hyper, 200, 30);
      await tf.setBackend('webgl');
      const before = tf.memory().numTensors;
      const onWebgl = fusedRun(c, kind, hyper, 200, 30);
      expect(tf.memory().numTensors).toBe(before);
      expect(onWebgl.curve).toEqual(onCpu.curve);
      expect(onWebgl.parameters).toEqual(onCpu.parameters);
      expect(onWebgl.slots).toEqual(onCpu.slots);
      expect(onWebgl.gradients).toEqual(onCpu.gradients);
      expect(onWebgl.predictions).toEqual(onCpu.predictions);
    }
    expect(tf.getBackend()).toBe('webgl');
  });
});
