// The training kernel on the webgl backend (test/setup-browser.ts: WebGL, no CPU forwarding), held
// to the per-step autodiff path on the same backend (float32 shaders) with core's optimizers and
// tf.train's. A subset of the cases (one per loss family and an MLP): each case is 600 autodiff
// steps with a read-back each, slow on SwiftShader; the cpu suite runs them all.
import { defineTrainStepsSuite, TRAIN_CASES } from './train-steps.test-fixtures.js';

const PICKED = [
  'linear, MSE (mean)',
  'logistic, BCE',
  'softmax, CCE with logits',
  'MLP [2, 5, 4, 1] tanh, MSE',
];
defineTrainStepsSuite(
  'webgl',
  2e-5,
  TRAIN_CASES.filter((c) => PICKED.includes(c.name)),
);
